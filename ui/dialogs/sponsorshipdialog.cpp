#include "ui/dialogs/sponsorshipdialog.h"

#include "core/domain/language.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/sponsorshipcriteriabox.h"
#include "ui/dialogs/sponsorshipmoneyfield.h"
#include "ui/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QCheckBox *checkBox(const QString &name, QWidget *parent)
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(name);
    return box;
}

QLabel *liveLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    LeadingAlignment::keep(label, Qt::AlignTop);
    return label;
}

} // namespace

SponsorshipDialog::SponsorshipDialog(Core::FundServices &services, Core::MeetingId meeting,
                                     QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("sponsorshipDialog"));
    m_original.meetingId = meeting;
    m_original.status = Core::ApplicationStatus::Submitted;
    buildWidgets();
    buildTabs();
    fillChoices();
    m_meeting->setCurrentIndex(m_meeting->findData(meeting.value()));
    retranslateUi();
    updateOverride();
    updateEstimate();
    updateScreening();
    resize(qMax(sizeHint().width(), 640), qBound(520, sizeHint().height(), 680));
}

void SponsorshipDialog::buildWidgets()
{
    m_meeting = new QComboBox(this);
    m_meeting->setObjectName(QStringLiteral("meetingCombo"));
    m_name = lineEdit(QStringLiteral("applicantNameEdit"), this);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->addItem(QString(), -1);
    for (const Core::Gender gender : Core::allGenders()) {
        m_gender->addItem(QString(), int(gender));
    }
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("stateCombo"));
    // Typing any part of a name finds the State among 193.
    m_state->setEditable(true);
    m_state->setInsertPolicy(QComboBox::NoInsert);
    m_state->completer()->setFilterMode(Qt::MatchContains);
    m_state->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_state->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ministry = lineEdit(QStringLiteral("ministryEdit"), this);
    m_title = lineEdit(QStringLiteral("titleEdit"), this);
    m_capitalBased = checkBox(QStringLiteral("capitalBasedCheck"), this);
    m_contact = lineEdit(QStringLiteral("contactEdit"), this);
    m_letter = checkBox(QStringLiteral("letterCheck"), this);
    m_draft = checkBox(QStringLiteral("draftCheck"), this);
    m_score = new QSpinBox(this);
    m_score->setObjectName(QStringLiteral("scoreBox"));
    m_score->setRange(-1, 100);
    m_score->setValue(-1);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(m_notes->fontMetrics().height() * 3);
    m_criteria = new SponsorshipCriteriaBox(this);
    m_criteria->setObjectName(QStringLiteral("criteriaBox"));
    m_screening = liveLabel(QStringLiteral("screeningLabel"), this);
    m_estimate = liveLabel(QStringLiteral("estimateLabel"), this);
    m_override = checkBox(QStringLiteral("overrideCheck"), this);
    m_overrideAmount = SponsorshipMoneyField::create(QStringLiteral("overrideAmountEdit"), this);
    m_overrideReason = lineEdit(QStringLiteral("overrideReasonEdit"), this);
    m_attended = new QComboBox(this);
    m_attended->setObjectName(QStringLiteral("attendedCombo"));
    m_attended->addItem(QString(), -1);
    m_attended->addItem(QString(), 1);
    m_attended->addItem(QString(), 0);
    m_report = checkBox(QStringLiteral("reportCheck"), this);
    m_actualCost = SponsorshipMoneyField::create(QStringLiteral("actualCostEdit"), this);

    connect(m_criteria, &SponsorshipCriteriaBox::changed, this,
            &SponsorshipDialog::updateScreening);
    connect(m_capitalBased, &QCheckBox::toggled, this, &SponsorshipDialog::updateScreening);
    // Typed or picked: the estimate follows the State as soon as its name is whole.
    connect(m_state, &QComboBox::currentTextChanged, this, &SponsorshipDialog::updateEstimate);
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &SponsorshipDialog::updateEstimate);
    connect(m_override, &QCheckBox::toggled, this, &SponsorshipDialog::updateOverride);
}

QWidget *SponsorshipDialog::formPage(Section section,
                                     const QList<std::pair<QString, QWidget *>> &rows,
                                     QWidget *below)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("section%1").arg(int(section)));
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[field, editor] : rows) {
        auto *label = new QLabel(page);
        label->setWordWrap(true);
        label->setBuddy(editor);
        // Fields starting with '_' are shown only: no core rule names them.
        QWidget *row = field.startsWith(u'_') ? editor : m_errors->wrap(field, editor);
        form->addRow(label, row);
        m_labels.insert(field, label);
    }
    layout->addLayout(form);
    if (below) {
        layout->addWidget(below);
    }
    layout->addStretch(1);
    m_tabs->addTab(page, QString());
    return page;
}

void SponsorshipDialog::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setUsesScrollButtons(true);
    formPage(ApplicantSection, {{QStringLiteral("meeting"), m_meeting},
                                {QStringLiteral("applicantName"), m_name},
                                {QStringLiteral("gender"), m_gender},
                                {QStringLiteral("state"), m_state},
                                {QStringLiteral("ministry"), m_ministry},
                                {QStringLiteral("title"), m_title},
                                {QStringLiteral("_capitalBased"), m_capitalBased},
                                {QStringLiteral("contact"), m_contact},
                                {QStringLiteral("_letter"), m_letter},
                                {QStringLiteral("score"), m_score},
                                {QStringLiteral("status"), m_draft},
                                {QStringLiteral("notes"), m_notes}});
    // The criteria box has its own labels; the screening follows it in words.
    auto *criteria = new QWidget(this);
    auto *criteriaLayout = new QVBoxLayout(criteria);
    criteriaLayout->setContentsMargins(0, 0, 0, 0);
    criteriaLayout->addWidget(m_criteria);
    criteriaLayout->addSpacing(criteriaLayout->spacing() * 2);
    criteriaLayout->addWidget(m_screening);
    formPage(CriteriaSection, {}, criteria);
    formPage(CostSection, {{QStringLiteral("_estimate"), m_estimate},
                           {QStringLiteral("_override"), m_override},
                           {QStringLiteral("costOverride"), m_overrideAmount},
                           {QStringLiteral("overrideReason"), m_overrideReason}});
    formPage(AfterSection, {{QStringLiteral("_attended"), m_attended},
                            {QStringLiteral("_report"), m_report},
                            {QStringLiteral("actualCost"), m_actualCost}});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SponsorshipDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SponsorshipDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void SponsorshipDialog::fillChoices()
{
    const Core::Language language = Core::languageForLocale(QLocale());
    const QString chosenState = m_state->currentData().toString();
    {
        const QSignalBlocker blocker(m_state);
        m_state->clear();
        const QList<Core::State> states =
            Core::ReferenceDataService::sortedByName(language, m_services.reference().all());
        for (const Core::State &state : states) {
            m_state->addItem(state.name(language), state.iso3);
        }
        m_state->setCurrentIndex(m_state->findData(chosenState));
    }
    const qint64 chosenMeeting = m_meeting->currentData().toLongLong();
    const QSignalBlocker blocker(m_meeting);
    m_meeting->clear();
    if (auto meetings = m_services.meetings().all(); meetings) {
        for (const Core::Meeting &meeting : *meetings) {
            //: A meeting in a list: %1 its reference, %2 its name
            m_meeting->addItem(Tr::tr("%1 — %2").arg(meeting.reference, meeting.name),
                               meeting.id.value());
        }
    }
    m_meeting->setCurrentIndex(m_meeting->findData(chosenMeeting));
}

void SponsorshipDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillChoices();
    }
    QDialog::changeEvent(event);
}

void SponsorshipDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isValid()
                       //: Title of the sponsorship form; %1 is the applicant's name
                       ? Tr::tr("Sponsorship Application — %1").arg(m_original.applicantName)
                       : Tr::tr("New Sponsorship Application"));
    //: Tabs of the sponsorship application form
    m_tabs->setTabText(ApplicantSection, Tr::tr("Applicant"));
    //: Tab of the sponsorship form: the five criteria of ¶21
    m_tabs->setTabText(CriteriaSection, Tr::tr("Criteria (¶21)"));
    m_tabs->setTabText(CostSection, Tr::tr("Cost"));
    //: Tab of the sponsorship form: attendance, report and actual cost
    m_tabs->setTabText(AfterSection, Tr::tr("After the Meeting"));

    const auto label = [this](const QString &field, const QString &text) {
        m_labels.value(field)->setText(text);
    };
    label(QStringLiteral("meeting"), Tr::tr("&Meeting:"));
    label(QStringLiteral("applicantName"), Tr::tr("&Name:"));
    label(QStringLiteral("gender"), Tr::tr("&Gender:"));
    label(QStringLiteral("state"), Tr::tr("&State:"));
    label(QStringLiteral("ministry"), Tr::tr("M&inistry or agency:"));
    //: Form label: the applicant's job title
    label(QStringLiteral("title"), Tr::tr("&Title:"));
    //: Form label: whether the official works in the capital (¶21a)
    label(QStringLiteral("_capitalBased"), Tr::tr("Capital-&based:"));
    label(QStringLiteral("contact"), Tr::tr("C&ontact:"));
    label(QStringLiteral("_letter"), Tr::tr("Nominating &letter:"));
    //: Form label: the reviewer's score, 0 to 100
    label(QStringLiteral("score"), Tr::tr("S&core:"));
    label(QStringLiteral("status"), Tr::tr("Dra&ft:"));
    label(QStringLiteral("notes"), Tr::tr("Not&es:"));
    //: Form label: the cost computed from the meeting's norms
    label(QStringLiteral("_estimate"), Tr::tr("Estimated cost:"));
    label(QStringLiteral("_override"), Tr::tr("Set the cost by &hand:"));
    label(QStringLiteral("costOverride"), Tr::tr("&Cost (USD):"));
    //: Form label: why the cost differs from the meeting's norms (mandatory)
    label(QStringLiteral("overrideReason"), Tr::tr("&Reason:"));
    //: Form label: did the delegate attend all formal meetings (¶21d)
    label(QStringLiteral("_attended"), Tr::tr("Attended all formal &meetings:"));
    //: Form label: did the delegate share a report with the fund manager (¶21e)
    label(QStringLiteral("_report"), Tr::tr("&Report received:"));
    label(QStringLiteral("actualCost"), Tr::tr("&Actual cost (USD):"));

    m_gender->setItemText(0, Tr::tr("Choose…"));
    for (int i = 1; i < m_gender->count(); ++i) {
        m_gender->setItemText(i,
                              Core::genderDisplayName(Core::Gender(m_gender->itemData(i).toInt())));
    }
    //: Choice for attendance at all formal meetings: nobody has said yet
    m_attended->setItemText(0, Tr::tr("Not known yet"));
    m_attended->setItemText(1, Tr::tr("Yes, confirmed"));
    m_attended->setItemText(2, Tr::tr("No"));
    m_capitalBased->setText(Tr::tr("Works in the capital (¶21a)"));
    m_letter->setText(Tr::tr("Received"));
    m_draft->setText(Tr::tr("Not yet submitted for screening"));
    m_report->setText(Tr::tr("Shared with the fund manager (¶21e)"));
    m_override->setText(Tr::tr("Use my own figure instead of the meeting's norms"));
    //: Shown in the score box when the reviewer has not scored the application
    m_score->setSpecialValueText(Tr::tr("No score"));
    m_state->lineEdit()->setPlaceholderText(Tr::tr("Type a State's name…"));
    m_overrideReason->setPlaceholderText(Tr::tr("Such as a known cheaper fare or a longer trip"));
    m_contact->setPlaceholderText(Tr::tr("E-mail or telephone"));
    // Accessible names without the mnemonic ampersands of the labels.
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
        if (QWidget *buddy = it.value()->buddy()) {
            QString name = it.value()->text();
            name.remove(u'&');
            if (name.endsWith(u':')) {
                name.chop(1);
            }
            buddy->setAccessibleName(name);
        }
    }
    m_criteria->setAccessibleName(Tr::tr("Criteria of ¶21"));
    m_screening->setAccessibleName(Tr::tr("Screening against ¶21"));
    updateScreening();
    updateEstimate();
}

} // namespace FundDesk::Ui
