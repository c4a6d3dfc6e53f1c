#include "ui/pages/settingspage.h"

#include "ui/dialogs/fielderrors.h"
#include "ui/pages/applicationpreferencesbox.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/pages/statusbanner.h"
#include "ui/uitr.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLineEdit *moneyEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    return edit;
}

QLabel *helpLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(label, Qt::AlignTop);
    return label;
}

} // namespace

SettingsPage::SettingsPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_errors(new FieldErrors(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    buildForm();
    retranslateUi();
    reload();
}

void SettingsPage::buildForm()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("settingsHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    LeadingAlignment::keep(m_heading);
    m_banner = new StatusBanner(this);

    auto *content = new QWidget(this);
    m_name = new QLineEdit(content);
    m_name->setObjectName(QStringLiteral("fundNameEdit"));
    m_threshold = moneyEdit(content, QStringLiteral("thresholdEdit"));
    m_announced = new QCheckBox(content);
    m_announced->setObjectName(QStringLiteral("thresholdAnnouncedCheck"));
    m_announcedDate = new QDateEdit(QDate::currentDate(), content);
    m_announcedDate->setObjectName(QStringLiteral("thresholdAnnouncedEdit"));
    m_announcedDate->setCalendarPopup(true);
    auto *announced = new QWidget(content);
    auto *announcedLayout = new QHBoxLayout(announced);
    announcedLayout->setContentsMargins(0, 0, 0, 0);
    announcedLayout->addWidget(m_announced);
    announcedLayout->addWidget(m_announcedDate);
    announcedLayout->addStretch(1);

    m_charging = new QButtonGroup(this);
    m_regularBudget = new QRadioButton(content);
    m_regularBudget->setObjectName(QStringLiteral("regularBudgetRadio"));
    m_contributions = new QRadioButton(content);
    m_contributions->setObjectName(QStringLiteral("chargedToContributionsRadio"));
    m_charging->addButton(m_regularBudget, int(Core::StaffCostCharging::RegularBudget));
    m_charging->addButton(m_contributions, int(Core::StaffCostCharging::Contributions));
    m_chargingHelp = helpLabel(content);
    auto *charging = new QWidget(content);
    auto *chargingLayout = new QVBoxLayout(charging);
    chargingLayout->setContentsMargins(0, 0, 0, 0);
    chargingLayout->addWidget(m_regularBudget);
    chargingLayout->addWidget(m_contributions);
    chargingLayout->addWidget(m_chargingHelp);

    m_professionalCost = moneyEdit(content, QStringLiteral("professionalCostEdit"));
    m_generalServiceCost = moneyEdit(content, QStringLiteral("generalServiceCostEdit"));
    m_floor = moneyEdit(content, QStringLiteral("floorEdit"));
    m_floorHelp = helpLabel(content);

    m_form = new QFormLayout(content);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this, content](const QString &field, QWidget *editor,
                                        QWidget *focus = nullptr) {
        // One line: a long label gets a row of its own above its field (WrapLongRows); a
        // wrapping label in a form's label column is given one line's height and is cut.
        auto *label = new QLabel(content);
        label->setBuddy(focus ? focus : editor);
        m_form->addRow(label, m_errors->wrap(field, editor, focus));
        m_labels.insert(field, label);
    };
    addRow(QStringLiteral("name"), m_name);
    addRow(QStringLiteral("threshold"), m_threshold);
    addRow(QStringLiteral("thresholdAnnounced"), announced, m_announcedDate);
    addRow(QStringLiteral("staffCharging"), charging, m_regularBudget);
    addRow(QStringLiteral("professionalCost"), m_professionalCost);
    addRow(QStringLiteral("generalServiceCost"), m_generalServiceCost);
    addRow(QStringLiteral("floor"), m_floor);
    m_form->addRow(m_floorHelp);
    m_preferences = new ApplicationPreferencesBox(content);
    m_form->addRow(m_preferences);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    m_save->setDefault(true);
    m_savedLabel = helpLabel(this);
    m_savedLabel->setObjectName(QStringLiteral("settingsSavedLabel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_savedLabel, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_errors->generalLabel());
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_preferences, &ApplicationPreferencesBox::languageChosen, this,
            &SettingsPage::languageChosen);
    connect(m_announced, &QCheckBox::toggled, m_announcedDate, &QDateEdit::setEnabled);
    connect(m_charging, &QButtonGroup::idToggled, this, &SettingsPage::updateStaffFields);
    connect(m_threshold, &QLineEdit::textChanged, this, &SettingsPage::updatePreview);
    for (QLineEdit *edit :
         {m_name, m_threshold, m_professionalCost, m_generalServiceCost, m_floor}) {
        connect(edit, &QLineEdit::textEdited, m_savedLabel, &QLabel::clear);
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::save);
    }
}

void SettingsPage::updateStaffFields()
{
    const bool charged = m_contributions->isChecked();
    m_professionalCost->setEnabled(charged);
    m_generalServiceCost->setEnabled(charged);
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updatePreview();
    }
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    //: Heading of the Settings page
    m_heading->setText(Tr::tr("Fund Settings"));
    m_heading->setAccessibleName(m_heading->text());
    setAccessibleName(m_heading->text());
    const std::pair<const char16_t *, QString> labels[] = {
        //: Form label: the fund's name, shown on reports
        {u"name", Tr::tr("Fund &name:")},
        //: Form label: ¶16 minimum of receipts before the fund operates
        {u"threshold", Tr::tr("Operational &threshold (USD):")},
        //: Form label: when donors were told the threshold
        {u"thresholdAnnounced", Tr::tr("Threshold &announced:")},
        //: Form label: where the salaries of the fund's two posts are paid from (¶15)
        {u"staffCharging", Tr::tr("Staff costs:")},
        //: Form label: annual cost of the Professional (P) post
        {u"professionalCost", Tr::tr("Annual cost of the &P post (USD):")},
        //: Form label: annual cost of the General Service (GS) post
        {u"generalServiceCost", Tr::tr("Annual cost of the &GS post (USD):")},
        //: Form label: ¶23 minimum funding of an activity
        {u"floor", Tr::tr("Activity funding &floor (USD):")},
    };
    for (const auto &[field, text] : labels) {
        QLabel *label = m_labels.value(QString::fromUtf16(field));
        label->setText(text);
        QString plain = text;
        plain.remove(u'&');
        plain.remove(u':');
        label->buddy()->setAccessibleName(plain.trimmed());
    }
    //: Check box before the date the threshold was announced to donors
    m_announced->setText(Tr::tr("Announced on"));
    m_announced->setAccessibleName(Tr::tr("Threshold announced"));
    m_announcedDate->setAccessibleName(Tr::tr("Date the threshold was announced"));
    //: Staff costs option (¶15)
    m_regularBudget->setText(Tr::tr("Charged to the regular budget"));
    m_regularBudget->setAccessibleName(m_regularBudget->text());
    //: Staff costs option (¶15)
    m_contributions->setText(Tr::tr("Charged to voluntary contributions"));
    m_contributions->setAccessibleName(m_contributions->text());
    //: ¶15 is a paragraph of the report that set up the fund
    m_chargingHelp->setText(Tr::tr(
        "¶15: the fund has a Professional (P) post and a General Service (GS) post. When they "
        "are charged to voluntary contributions, their annual cost is set aside from the money "
        "received before any sponsorship or activity; under the regular budget, contributions "
        "go to sponsorships and activities only."));
    m_chargingHelp->setAccessibleName(m_chargingHelp->text());
    //: ¶23 is a paragraph of the report that set up the fund
    m_floorHelp->setText(
        Tr::tr("¶23: the least an activity must be funded with; activities "
               "below it are not approved."));
    m_floorHelp->setAccessibleName(m_floorHelp->text());
    //: Button on the Settings page
    m_save->setText(Tr::tr("&Save Settings"));
    m_save->setAccessibleName(Tr::tr("Save settings"));
}

} // namespace FundDesk::Ui
