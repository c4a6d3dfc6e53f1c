#include "ui/pages/sponsorshipspage.h"

#include "core/services/fundservices.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/logging.h"
#include "ui/models/displaytext.h"
#include "ui/pages/slatepanel.h"
#include "ui/pages/sponsorshipspanel.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// The meeting's reference, not its id: a reference means the same meeting in any copy of the
// fund.
const auto kMeetingKey = QStringLiteral("sponsorships/meeting");

} // namespace

SponsorshipsPage::SponsorshipsPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_meetingLabel(new QLabel(this)),
      m_meeting(new QComboBox(this)),
      m_newMeeting(new QPushButton(this)),
      m_editMeeting(new QPushButton(this)),
      m_meetingSummary(new QLabel(this)),
      m_tabs(new QTabWidget(this)),
      m_applications(new SponsorshipsPanel(services, m_tabs)),
      m_slate(new SlatePanel(services, m_tabs))
{
    setObjectName(QStringLiteral("sponsorshipsPage"));
    m_meeting->setObjectName(QStringLiteral("meetingSelector"));
    m_meeting->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_meetingLabel->setBuddy(m_meeting);
    m_newMeeting->setObjectName(QStringLiteral("newMeetingButton"));
    m_editMeeting->setObjectName(QStringLiteral("editMeetingButton"));
    m_meetingSummary->setObjectName(QStringLiteral("meetingSummary"));
    m_meetingSummary->setWordWrap(true);
    m_meetingSummary->setTextFormat(Qt::PlainText);
    LeadingAlignment::keep(m_meetingSummary);
    m_tabs->setObjectName(QStringLiteral("sponsorshipsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_applications, QString());
    m_tabs->addTab(m_slate, QString());

    auto *meetingRow = new QHBoxLayout;
    meetingRow->addWidget(m_meetingLabel);
    meetingRow->addWidget(m_meeting, 1);
    meetingRow->addWidget(m_newMeeting);
    meetingRow->addWidget(m_editMeeting);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(meetingRow);
    layout->addWidget(m_meetingSummary);
    layout->addWidget(m_tabs, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_applications);
        m_applications->table()->focusFilter();
    });
    connect(m_meeting, &QComboBox::currentIndexChanged, this, &SponsorshipsPage::meetingChosen);
    connect(m_newMeeting, &QPushButton::clicked, this, &SponsorshipsPage::newMeeting);
    connect(m_editMeeting, &QPushButton::clicked, this, &SponsorshipsPage::editMeeting);
    connect(m_applications, &SponsorshipsPanel::changed, this, &SponsorshipsPage::onChanged);
    retranslateUi();

    Core::MeetingId remembered;
    const QString reference = QSettings().value(kMeetingKey).toString();
    if (!reference.isEmpty()) {
        if (auto found = m_services.meetings().findByReference(reference); found) {
            remembered = found->id;
        }
    }
    fillMeetings(remembered);
}

TablePanel *SponsorshipsPage::applicationsPanel() const
{
    return m_applications->table();
}

Core::MeetingId SponsorshipsPage::currentMeeting() const
{
    return Core::MeetingId(m_meeting->currentData().toLongLong());
}

void SponsorshipsPage::selectMeeting(Core::MeetingId meeting)
{
    const int index = m_meeting->findData(meeting.value());
    if (index >= 0) {
        m_meeting->setCurrentIndex(index);
    }
}

void SponsorshipsPage::reload()
{
    fillMeetings(currentMeeting());
}

void SponsorshipsPage::fillMeetings(Core::MeetingId select)
{
    QList<Core::Meeting> meetings;
    if (auto all = m_services.meetings().all(); all) {
        meetings = *all;
    } else {
        qCWarning(lcUi) << "meetings not loaded:" << all.error().detail;
        PlainMessage::warning(this, Tr::tr("Sponsorships"), all.error().message);
    }
    {
        const QSignalBlocker blocker(m_meeting);
        m_meeting->clear();
        for (const Core::Meeting &meeting : std::as_const(meetings)) {
            //: A meeting in the selector: %1 its reference, %2 its name
            m_meeting->addItem(Tr::tr("%1 — %2").arg(meeting.reference, meeting.name),
                               meeting.id.value());
        }
        int index = m_meeting->findData(select.value());
        if (index < 0 && m_meeting->count() > 0) {
            // The latest meeting is the one being prepared.
            index = m_meeting->count() - 1;
        }
        m_meeting->setCurrentIndex(index);
    }
    meetingChosen();
}

void SponsorshipsPage::meetingChosen()
{
    const Core::MeetingId id = currentMeeting();
    m_editMeeting->setEnabled(id.isValid());
    m_meetingSummary->clear();
    if (id.isValid()) {
        if (auto meeting = m_services.meetings().find(id); meeting) {
            QSettings().setValue(kMeetingKey, meeting->reference);
            const QLocale locale;
            //: Under the meeting selector: %1 city, %2 and %3 first and last day, %4 formal days
            m_meetingSummary->setText(Tr::tr("%1, %2 to %3 · %n formal meeting day(s)", nullptr,
                                             meeting->formalMeetingDays)
                                          .arg(meeting->city,
                                               DisplayText::date(meeting->start, locale),
                                               DisplayText::date(meeting->end, locale)));
        }
    } else {
        m_meetingSummary->setText(
            Tr::tr("No meeting yet: create one with New Meeting to record applications."));
    }
    m_applications->setMeeting(id);
    m_slate->setMeeting(id);
}

void SponsorshipsPage::newMeeting()
{
    MeetingDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted) {
        fillMeetings(dialog.storedId());
        emit fundChanged();
    }
}

void SponsorshipsPage::editMeeting()
{
    const Core::MeetingId id = currentMeeting();
    if (!id.isValid()) {
        return;
    }
    auto meeting = m_services.meetings().find(id);
    if (!meeting) {
        PlainMessage::warning(this, Tr::tr("Edit Meeting"), meeting.error().message);
        reload();
        return;
    }
    MeetingDialog dialog(m_services, this);
    dialog.setMeeting(*meeting);
    if (dialog.exec() == QDialog::Accepted) {
        // New norms re-estimate the applications' costs.
        fillMeetings(id);
        emit fundChanged();
    }
}

void SponsorshipsPage::onChanged()
{
    m_slate->reload();
    emit fundChanged();
}

void SponsorshipsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void SponsorshipsPage::retranslateUi()
{
    //: Accessible name of the Sponsorships page
    setAccessibleName(Tr::tr("Sponsorship of representatives and experts"));
    m_meetingLabel->setText(Tr::tr("&Meeting:"));
    m_meeting->setAccessibleName(Tr::tr("Meeting"));
    m_newMeeting->setText(Tr::tr("&New Meeting…"));
    m_newMeeting->setAccessibleName(Tr::tr("New meeting"));
    m_editMeeting->setText(Tr::tr("Edit Meet&ing…"));
    m_editMeeting->setAccessibleName(Tr::tr("Edit meeting"));
    m_editMeeting->setToolTip(Tr::tr("Edit the meeting's dates and cost norms"));
    //: Tab of the Sponsorships page: the table of applications
    m_tabs->setTabText(ApplicationsTab, Tr::tr("Appli&cations"));
    //: Tab of the Sponsorships page: propose the slate of sponsored delegates
    m_tabs->setTabText(SlateTab, Tr::tr("Slate B&uilder"));
}

} // namespace FundDesk::Ui
