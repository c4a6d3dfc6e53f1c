#pragma once

#include "core/domain/ids.h"
#include "core/services/slate/slate.h"
#include "core/services/slate/slatecandidate.h"
#include "core/services/slate/slaterequest.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QThread;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class SlateFiguresBox;
class SlateListModel;

// The slate builder of the Sponsorships page (¶22, ¶12, ¶20): seats (the ¶20 scenarios or
// any number) and an optional budget, Propose, then the delegates proposed and the applicants
// left out, each with the builder's reasons, and the figures beside them. Pinning or
// excluding an applicant (the check boxes, Ctrl+P / Ctrl+E, or the context menu) proposes
// again. The builder runs on a worker thread with a busy indicator; proposed() follows each
// run. Reads only.
class SlatePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SlatePanel(Core::FundServices &services, QWidget *parent = nullptr);
    ~SlatePanel() override;

    // Shows the slate builder for this meeting; pins and the shown slate are dropped.
    void setMeeting(Core::MeetingId meeting);
    // Loads the candidates again (an application changed) and proposes again if a slate is
    // shown, keeping the pins that still apply.
    void reload();

    const Core::SlateRequest &request() const { return m_request; }
    bool isRunning() const { return m_thread != nullptr; }
    bool hasSlate() const { return m_hasSlate; }
    const Core::Slate &slate() const { return m_slate; }

    QComboBox *scenarioCombo() const { return m_scenario; }
    QSpinBox *seatsBox() const { return m_seats; }
    QLineEdit *budgetEdit() const { return m_budget; }
    QPushButton *proposeButton() const { return m_propose; }
    // "Slate packet…": the approval packet of the meeting's slate (ExportPacketDialog).
    QPushButton *packetButton() const { return m_packet; }
    QTableView *selectedView() const { return m_selectedView; }
    QTableView *leftOutView() const { return m_leftOutView; }
    SlateListModel *selectedModel() const { return m_selectedModel; }
    SlateListModel *leftOutModel() const { return m_leftOutModel; }
    SlateFiguresBox *figuresBox() const { return m_figures; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void propose();
    void setPinned(Core::SponsorshipId id, bool pinned);
    void setExcluded(Core::SponsorshipId id, bool excluded);
    void clearPins();
    void openSlatePacket();

signals:
    // A proposal finished and its lists and figures are shown.
    void proposed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    QTableView *makeView(SlateListModel *model, const QString &name);
    void addKeyActions(QTableView *view);
    void toggleCurrent(QTableView *view, bool pin);
    void loadCandidates();
    void run(const Core::SlateRequest &request);
    void showSlate(const Core::Slate &slate);
    void scenarioChosen();
    void seatsChanged();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::MeetingId m_meeting;
    QList<Core::SlateCandidate> m_candidates;
    Core::SlateRequest m_request;
    Core::Slate m_slate;
    bool m_hasSlate = false;
    QThread *m_thread = nullptr;
    bool m_rerun = false;
    int m_generation = 0;

    QLabel *m_scenarioLabel = nullptr;
    QComboBox *m_scenario = nullptr;
    QLabel *m_seatsLabel = nullptr;
    QSpinBox *m_seats = nullptr;
    QLabel *m_budgetLabel = nullptr;
    QLineEdit *m_budget = nullptr;
    QPushButton *m_propose = nullptr;
    QPushButton *m_clearPins = nullptr;
    QPushButton *m_packet = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_selectedHeading = nullptr;
    QLabel *m_leftOutHeading = nullptr;
    SlateListModel *m_selectedModel = nullptr;
    SlateListModel *m_leftOutModel = nullptr;
    QTableView *m_selectedView = nullptr;
    QTableView *m_leftOutView = nullptr;
    SlateFiguresBox *m_figures = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace FundDesk::Ui
