#pragma once

#include "core/domain/ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class SlatePanel;
class SponsorshipsPanel;
class TablePanel;

// The Sponsorships page (¶9a, ¶21–¶22): the meeting chosen above (remembered between runs)
// with New/Edit Meeting, then one tab with that meeting's applications and one with the
// slate builder. Ctrl+F focuses the applications' filter box.
class SponsorshipsPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ApplicationsTab, SlateTab };

    explicit SponsorshipsPage(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the meetings and the chosen meeting's applications again, keeping the selection.
    void reload();

    Core::MeetingId currentMeeting() const;
    void selectMeeting(Core::MeetingId meeting);

    QComboBox *meetingCombo() const { return m_meeting; }
    QPushButton *newMeetingButton() const { return m_newMeeting; }
    QPushButton *editMeetingButton() const { return m_editMeeting; }
    QTabWidget *tabs() const { return m_tabs; }
    SponsorshipsPanel *applications() const { return m_applications; }
    // The applications' table with its buttons, for actions added from outside (workflow).
    TablePanel *applicationsPanel() const;
    SlatePanel *slatePanel() const { return m_slate; }

public slots:
    void newMeeting();
    void editMeeting();

signals:
    // After every successful write (meeting or application).
    void fundChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillMeetings(Core::MeetingId select);
    void meetingChosen();
    void onChanged();
    void retranslateUi();

    Core::FundServices &m_services;
    QLabel *m_meetingLabel = nullptr;
    QComboBox *m_meeting = nullptr;
    QPushButton *m_newMeeting = nullptr;
    QPushButton *m_editMeeting = nullptr;
    QLabel *m_meetingSummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    SponsorshipsPanel *m_applications = nullptr;
    SlatePanel *m_slate = nullptr;
};

} // namespace FundDesk::Ui
