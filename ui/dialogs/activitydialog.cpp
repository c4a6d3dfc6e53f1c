#include "ui/dialogs/activitydialog.h"

#include "core/domain/applicationstatus.h"
#include "core/domain/language.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/activityamountseditor.h"
#include "ui/dialogs/activitycoapplicantlist.h"
#include "ui/dialogs/activityfocusareasbox.h"
#include "ui/dialogs/activitypartnerseditor.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QPlainTextEdit *textEdit(const QString &name, QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().height() * lines);
    return edit;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

ActivityDialog::ActivityDialog(Core::FundServices &services, QWidget *parent)
    : QDialog(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    if (auto settings = m_services.settings().load(); settings) {
        m_settings = *settings;
    }
    buildWidgets();
    buildTabs();
    fillStates();
    retranslateUi();
    updateBudget();
    // Within the smallest laptop screens; the lists and texts scroll.
    resize(qMax(sizeHint().width(), 720), qBound(560, sizeHint().height(), 680));
}

void ActivityDialog::buildWidgets()
{
    m_reference = lineEdit(QStringLiteral("referenceEdit"), this);
    m_applicant = new QComboBox(this);
    m_applicant->setObjectName(QStringLiteral("applicantCombo"));
    // Typing any part of a name finds the State among 193.
    m_applicant->setEditable(true);
    m_applicant->setInsertPolicy(QComboBox::NoInsert);
    m_applicant->completer()->setFilterMode(Qt::MatchContains);
    m_applicant->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_applicant->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (Core::ApplicationStatus status : Core::allApplicationStatuses()) {
        m_status->addItem(QString(), int(status));
    }
    // A new application starts as Draft or Submitted; every later move goes through the
    // workflow (Workflow… on the page), so the other statuses are shown but not offered.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_status->model())) {
        for (int i = 0; i < items->rowCount(); ++i) {
            const auto status = Core::ApplicationStatus(m_status->itemData(i).toInt());
            items->item(i)->setEnabled(status == Core::ApplicationStatus::Draft ||
                                       status == Core::ApplicationStatus::Submitted);
        }
    }
    m_coApplicants = new ActivityCoApplicantList(this);
    m_partners = new ActivityPartnersEditor(this);
    m_title = lineEdit(QStringLiteral("titleEdit"), this);
    m_summary = textEdit(QStringLiteral("summaryEdit"), this, 3);
    m_objectives = textEdit(QStringLiteral("objectivesEdit"), this, 3);
    m_outputs = textEdit(QStringLiteral("outputsEdit"), this, 3);
    m_outcomes = textEdit(QStringLiteral("outcomesEdit"), this, 3);
    const QDate today = QDate::currentDate();
    m_start = new QDateEdit(QDate(today.year() + 1, 1, 1), this);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(QDate(today.year() + 1, 12, 31), this);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setCalendarPopup(true);
    m_amounts = new ActivityAmountsEditor(this);
    m_amounts->setFirstYear(m_start->date().year());
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse);
    LeadingAlignment::keep(m_total);
    m_floorIcon = new QLabel(this);
    m_floorIcon->setPixmap(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)
                               .pixmap(16, 16));
    m_floorText = new QLabel(this);
    m_floorText->setObjectName(QStringLiteral("floorWarningLabel"));
    m_floorText->setTextFormat(Qt::PlainText);
    m_floorText->setWordWrap(true);
    LeadingAlignment::keep(m_floorText);
    m_coFunding = lineEdit(QStringLiteral("coFundingEdit"), this);
    m_coFunding->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    m_coFundingSource = lineEdit(QStringLiteral("coFundingSourceEdit"), this);
    m_needs = textEdit(QStringLiteral("needsEdit"), this, 6);
    m_needsDocument = lineEdit(QStringLiteral("needsDocumentEdit"), this);
    m_focusAreas = new ActivityFocusAreasBox(this);
    m_focusAreas->setObjectName(QStringLiteral("focusAreasBox"));

    connect(m_amounts, &ActivityAmountsEditor::changed, this, &ActivityDialog::updateBudget);
    connect(m_start, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        m_amounts->setFirstYear(date.year());
    });
}

QWidget *ActivityDialog::formPage(Section section,
                                  const QList<std::pair<QString, QWidget *>> &rows)
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("section%1").arg(int(section)));
    auto *form = new QFormLayout(page);
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
    m_tabs->addTab(page, QString());
    return page;
}

void ActivityDialog::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("sectionTabs"));
    m_tabs->setUsesScrollButtons(true);
    formPage(ApplicantSection, {{QStringLiteral("applicant"), m_applicant},
                                {QStringLiteral("coApplicants"), m_coApplicants},
                                {QStringLiteral("reference"), m_reference},
                                {QStringLiteral("status"), m_status}});
    formPage(PartnersSection, {{QStringLiteral("partners"), m_partners}});
    formPage(DescriptionSection, {{QStringLiteral("title"), m_title},
                                  {QStringLiteral("summary"), m_summary},
                                  {QStringLiteral("objectives"), m_objectives},
                                  {QStringLiteral("outputs"), m_outputs},
                                  {QStringLiteral("outcomes"), m_outcomes}});
    auto *floor = new QWidget(this);
    auto *floorLayout = new QHBoxLayout(floor);
    floorLayout->setContentsMargins(0, 0, 0, 0);
    floorLayout->addWidget(m_floorIcon, 0, Qt::AlignTop);
    floorLayout->addWidget(m_floorText, 1);
    formPage(BudgetSection, {{QStringLiteral("start"), m_start},
                             {QStringLiteral("end"), m_end},
                             {QStringLiteral("requested"), m_amounts},
                             {QStringLiteral("_total"), m_total},
                             {QStringLiteral("_floor"), floor},
                             {QStringLiteral("coFunding"), m_coFunding},
                             {QStringLiteral("coFundingSource"), m_coFundingSource}});
    formPage(NeedsSection, {{QStringLiteral("needsAssessment"), m_needs},
                            {QStringLiteral("needsDocument"), m_needsDocument}});
    formPage(FocusSection, {{QStringLiteral("focusAreas"), m_focusAreas}});

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addWidget(m_buttons);
}

void ActivityDialog::fillStates()
{
    const QString chosen = m_applicant->currentData().toString();
    const Core::Language language = Core::languageForLocale(QLocale());
    const QList<Core::State> states =
        Core::ReferenceDataService::sortedByName(language, m_services.reference().members());
    {
        const QSignalBlocker blocker(m_applicant);
        m_applicant->clear();
        for (const Core::State &state : states) {
            m_applicant->addItem(state.name(language), state.iso3);
        }
        m_applicant->setCurrentIndex(m_applicant->findData(chosen));
    }
    m_coApplicants->setStates(states, language);
}

void ActivityDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        fillStates();
    }
    QDialog::changeEvent(event);
}

void ActivityDialog::retranslateUi()
{
    setWindowTitle(m_original.id.isValid()
                       //: Title of the application form; %1 is its reference
                       ? Tr::tr("Activity Application %1").arg(m_original.reference)
                       : Tr::tr("New Activity Application"));
    //: Tabs of the activity application form
    m_tabs->setTabText(ApplicantSection, Tr::tr("Applicant"));
    m_tabs->setTabText(PartnersSection, Tr::tr("Partners"));
    m_tabs->setTabText(DescriptionSection, Tr::tr("Description"));
    m_tabs->setTabText(BudgetSection, Tr::tr("Dates and Budget"));
    m_tabs->setTabText(NeedsSection, Tr::tr("Needs"));
    m_tabs->setTabText(FocusSection, Tr::tr("Focus Areas"));

    const auto label = [this](const QString &field, const QString &text) {
        m_labels.value(field)->setText(text);
    };
    //: Form label: the government applying (¶24)
    label(QStringLiteral("applicant"), Tr::tr("Applicant &State:"));
    //: Form label: other States of a regional activity
    label(QStringLiteral("coApplicants"), Tr::tr("&Co-applicant States:"));
    label(QStringLiteral("reference"), Tr::tr("&Reference:"));
    label(QStringLiteral("status"), Tr::tr("Stat&us:"));
    //: Form label: partners named at application time (¶24)
    label(QStringLiteral("partners"), Tr::tr("&Implementing partners:"));
    label(QStringLiteral("title"), Tr::tr("&Title:"));
    label(QStringLiteral("summary"), Tr::tr("&Summary:"));
    label(QStringLiteral("objectives"), Tr::tr("&Objectives:"));
    label(QStringLiteral("outputs"), Tr::tr("Expected o&utputs:"));
    label(QStringLiteral("outcomes"), Tr::tr("Expected out&comes:"));
    label(QStringLiteral("start"), Tr::tr("&Start:"));
    label(QStringLiteral("end"), Tr::tr("&End:"));
    //: Form label: the amount requested for each year of the activity (¶20b)
    label(QStringLiteral("requested"), Tr::tr("&Amount requested:"));
    label(QStringLiteral("_total"), Tr::tr("Total requested:"));
    //: Form label: whether the request is under the minimum funding floor (¶23)
    label(QStringLiteral("_floor"), Tr::tr("Funding floor:"));
    //: Form label: money for the activity from other sources, in USD
    label(QStringLiteral("coFunding"), Tr::tr("Co-&funding (USD):"));
    label(QStringLiteral("coFundingSource"), Tr::tr("Co-funding so&urce:"));
    //: Form label: the national or regional needs assessment the activity answers (¶25a)
    label(QStringLiteral("needsAssessment"), Tr::tr("&Needs assessment:"));
    label(QStringLiteral("needsDocument"), Tr::tr("Needs assessment &document:"));
    //: Form label above the nine check boxes of ¶26
    label(QStringLiteral("focusAreas"), Tr::tr("&Focus areas (¶26):"));

    m_reference->setPlaceholderText(Tr::tr("Given automatically, such as CB-2026-014"));
    m_needsDocument->setPlaceholderText(Tr::tr("Title, date or link of the document"));
    m_coFunding->setPlaceholderText(QLocale().toString(0));
    m_applicant->lineEdit()->setPlaceholderText(Tr::tr("Type a State's name…"));
    for (int i = 0; i < m_status->count(); ++i) {
        m_status->setItemText(
            i, Core::applicationStatusDisplayName(Core::ApplicationStatus(m_status->itemData(i)
                                                                              .toInt())));
    }
    m_status->setAccessibleDescription(
        Tr::tr("A new application starts as Draft or Submitted; a stored one moves to its next "
               "status with Workflow… on the Activities page."));
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
    updateBudget();
}

} // namespace FundDesk::Ui
