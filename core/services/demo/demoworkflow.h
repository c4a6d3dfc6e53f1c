#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/money.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

namespace FundDesk::Core::Demo {

// The staff of the demo (¶15, ¶18): the fund manager, the finance assistant and two profiles of
// the High Representative's office.
struct DemoStaff
{
    Profile fundManager;
    Profile financeAssistant;
    Profile highRepresentative;
    Profile deputyHighRepresentative;
};

// The moves from Submitted to `target` along the ¶18 workflow (empty for Draft and Submitted);
// Cancelled is reached from Active.
QList<ApplicationStatus> workflowPath(ApplicationStatus target);

struct DemoWorkflowCounts
{
    int transitions = 0;
    int commitments = 0;
    int disbursements = 0;
    int refunds = 0;
    int refusedForFunds = 0; // approvals the available balance did not cover: rejected instead
};

// Collects what happens to each application (moves through the ¶18 workflow, payments, a
// refund), each on its own day, then plays everything in date order through WorkflowService
// and DisbursementService with a clock set to that day. Playing in date order keeps every
// approval within the balance available when it was made. An approval the balance does not
// cover is rejected by the High Representative's office instead, and the item stops there.
class DemoWorkflow final
{
public:
    DemoWorkflow(QSqlDatabase db, DemoStaff staff, QDate today);

    // The steps from the stored status (Draft or after screening) to `target`, with dates
    // worked back from the moment the item starts and ends (never after today).
    void planActivity(qint64 id, ApplicationStatus target, QDate start, QDate end,
                      const QString &payee);
    // A delegate on the slate of a meeting: approved before it, paid, travelled, completed.
    void planDelegate(qint64 id, ApplicationStatus target, QDate meetingStart, QDate meetingEnd,
                      const Money &travelCost, const QString &payee);
    // An eligible applicant left off the slate (or still waiting for the decision).
    void planScreened(qint64 id, ApplicationStatus target, QDate decided);

    Result<DemoWorkflowCounts> run();

private:
    enum class Kind { Move, Pay, Refund };
    struct Event
    {
        QDate date;
        int sequence = 0;
        WorkflowItem item;
        Kind kind = Kind::Move;
        ApplicationStatus to = ApplicationStatus::Submitted;
        int percent = 0;              // of the commitment, for a payment or refund of an activity
        Money amount = Money::usd(0); // a fixed payment (travel costs)
        QString payee;
    };

    void move(const WorkflowItem &item, ApplicationStatus to, QDate date);
    void pay(const WorkflowItem &item, QDate date, int percent, const Money &amount,
             const QString &payee, Kind kind = Kind::Pay);
    void planPath(const WorkflowItem &item, const QList<ApplicationStatus> &path,
                  const QList<QDate> &dates);
    QDate capped(QDate date) const;
    Result<void> play(const Event &event, DemoWorkflowCounts &counts);
    Result<void> playPayment(const Event &event, DemoWorkflowCounts &counts);
    Profile actorFor(const Event &event) const;
    QString noteFor(ApplicationStatus to) const;

    QSqlDatabase m_db;
    DemoStaff m_staff;
    QDate m_today;
    QDate m_clock;
    QList<Event> m_events;
    QSet<QPair<int, qint64>> m_stopped;
    bool m_refundPlanned = false;
};

} // namespace FundDesk::Core::Demo
