#include "core/services/demo/demoworkflow.h"

#include "core/coretr.h"
#include "core/domain/disbursement.h"
#include "core/services/commitmentservice.h"
#include "core/services/disbursementservice.h"
#include "core/services/workflowservice.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

namespace {

using S = ApplicationStatus;

Money percentOf(const Money &amount, int percent)
{
    return Money::usd(amount.minor() / 100 * percent);
}

} // namespace

QList<ApplicationStatus> workflowPath(ApplicationStatus target)
{
    switch (target) {
    case S::Draft:
    case S::Submitted:
        return {};
    case S::Eligible:
        return {S::Eligible};
    case S::Ineligible:
        return {S::Ineligible};
    case S::UnderReview:
        return {S::Eligible, S::UnderReview};
    case S::NotRecommended:
        return {S::Eligible, S::UnderReview, S::NotRecommended};
    case S::Recommended:
        return {S::Eligible, S::UnderReview, S::Recommended};
    case S::Rejected:
        return {S::Eligible, S::UnderReview, S::Recommended, S::Rejected};
    case S::Approved:
        return {S::Eligible, S::UnderReview, S::Recommended, S::Approved};
    case S::Active:
        return {S::Eligible, S::UnderReview, S::Recommended, S::Approved, S::Active};
    case S::Completed:
        return {S::Eligible, S::UnderReview, S::Recommended, S::Approved, S::Active, S::Completed};
    case S::Cancelled:
        return {S::Eligible, S::UnderReview, S::Recommended, S::Approved, S::Active, S::Cancelled};
    }
    return {};
}

DemoWorkflow::DemoWorkflow(QSqlDatabase db, DemoStaff staff, QDate today)
    : m_db(std::move(db)), m_staff(std::move(staff)), m_today(today), m_clock(today)
{}

QDate DemoWorkflow::capped(QDate date) const
{
    return std::min(date, m_today);
}

void DemoWorkflow::move(const WorkflowItem &item, ApplicationStatus to, QDate date)
{
    Event event;
    event.date = capped(date);
    event.sequence = int(m_events.size());
    event.item = item;
    event.to = to;
    m_events.append(event);
}

void DemoWorkflow::pay(const WorkflowItem &item, QDate date, int percent, const Money &amount,
                       const QString &payee, Kind kind)
{
    if (date > m_today) {
        return; // not due yet
    }
    Event event;
    event.date = date;
    event.sequence = int(m_events.size());
    event.item = item;
    event.kind = kind;
    event.percent = percent;
    event.amount = amount;
    event.payee = payee;
    m_events.append(event);
}

void DemoWorkflow::planPath(const WorkflowItem &item, const QList<ApplicationStatus> &path,
                            const QList<QDate> &dates)
{
    for (qsizetype i = 0; i < path.size(); ++i) {
        move(item, path[i], dates[std::min(i, dates.size() - 1)]);
    }
}

void DemoWorkflow::planActivity(qint64 id, ApplicationStatus target, QDate start, QDate end,
                                const QString &payee)
{
    const WorkflowItem item = WorkflowItem::activity(id);
    // Received five months before it starts, or lately when it starts soon.
    const QDate in = std::min(start.addDays(-150), m_today.addDays(-40));
    const QDate mid = start.addDays(start.daysTo(end) / 2);
    const QDate cancelled = mid.addDays(-1);
    const QDate closed = end.addDays(14);
    planPath(item, workflowPath(target),
             {in.addDays(7), in.addDays(14), in.addDays(45), in.addDays(60), start,
              target == S::Cancelled ? cancelled : closed});
    if (target != S::Active && target != S::Completed && target != S::Cancelled) {
        return;
    }
    // Tranches: half when it starts, 40 % at mid-term, the rest on the final report.
    pay(item, start, 50, {}, payee);
    if (target == S::Cancelled) {
        return;
    }
    pay(item, mid, 40, {}, payee);
    pay(item, end, 0, {}, payee);
    if (target == S::Completed && !m_refundPlanned && closed.addDays(10) <= m_today) {
        m_refundPlanned = true;
        pay(item, closed.addDays(10), 5, {}, payee, Kind::Refund);
    }
}

void DemoWorkflow::planDelegate(qint64 id, ApplicationStatus target, QDate meetingStart,
                                QDate meetingEnd, const Money &travelCost, const QString &payee)
{
    const WorkflowItem item = WorkflowItem::sponsorship(id);
    // Screened on receipt (stored Eligible); the steps after screening.
    // A cancelled delegate withdrew after approval, before travelling.
    const QList<S> path = target == S::Cancelled
                              ? QList<S>{S::UnderReview, S::Recommended, S::Approved, S::Cancelled}
                              : workflowPath(target).mid(1);
    planPath(
        item, path,
        {meetingStart.addDays(-60), meetingStart.addDays(-45), meetingStart.addDays(-30),
         target == S::Cancelled ? meetingStart.addDays(-20) : meetingStart, meetingEnd.addDays(5)});
    if (target == S::Active || target == S::Completed) {
        pay(item, meetingStart.addDays(-14), 0, travelCost, payee);
    }
}

void DemoWorkflow::planScreened(qint64 id, ApplicationStatus target, QDate decided)
{
    const WorkflowItem item = WorkflowItem::sponsorship(id);
    planPath(item, workflowPath(target).mid(1),
             {decided.addDays(-15), decided, decided.addDays(15)});
}

Profile DemoWorkflow::actorFor(const Event &event) const
{
    if (event.kind != Kind::Move) {
        return m_staff.financeAssistant;
    }
    if (event.to == S::Approved || event.to == S::Rejected) {
        // The office's two profiles share the decisions.
        return event.item.id % 3 == 0 ? m_staff.deputyHighRepresentative
                                      : m_staff.highRepresentative;
    }
    return m_staff.fundManager;
}

QString DemoWorkflow::noteFor(ApplicationStatus to) const
{
    switch (to) {
    case S::Recommended:
        return QStringLiteral("Meets the announced criteria; well placed against the others.");
    case S::NotRecommended:
        return QStringLiteral("Scored below the applications retained for the funds available.");
    case S::Approved:
        return QStringLiteral("Approved on the fund manager's recommendation.");
    case S::Rejected:
        return QStringLiteral("Not approved at this time.");
    case S::Cancelled:
        return QStringLiteral("Withdrawn by the applicant.");
    default:
        return {};
    }
}

Result<void> DemoWorkflow::playPayment(const Event &event, DemoWorkflowCounts &counts)
{
    DisbursementService disbursements(m_db, [this] { return m_clock; });
    Money amount = event.amount;
    if (amount.isZero()) {
        const auto commitment = CommitmentService(m_db).commitment(event.item);
        if (!commitment) {
            return commitment.error();
        }
        if (!commitment->has_value()) {
            return {};
        }
        if (event.percent > 0) {
            amount = percentOf((*commitment)->amount, event.percent);
        } else {
            const auto left = disbursements.remaining(event.item);
            if (!left) {
                return left.error();
            }
            amount = *left;
        }
    }
    if (event.kind == Kind::Pay) {
        // Travel can cost more than committed: the fund pays up to the commitment.
        const auto left = disbursements.remaining(event.item);
        if (!left) {
            return left.error();
        }
        amount = Money::usd(std::min(amount.minor(), left->minor()));
    }
    if (amount.minor() <= 0) {
        return {};
    }
    Disbursement d;
    d.date = event.date;
    d.amount = amount;
    d.usdRate = ExchangeRate::identity();
    d.payee = event.payee;
    d.item = event.item;
    d.reference = QStringLiteral("PV-%1-%2")
                      .arg(event.date.year())
                      .arg(event.sequence, 5, 10, QLatin1Char('0'));
    if (event.kind == Kind::Refund) {
        d.refund = true;
        d.refundReason = QStringLiteral("Unspent balance returned with the final report.");
    }
    const auto id = disbursements.record(d, actorFor(event));
    if (!id) {
        return id.error();
    }
    ++counts.disbursements;
    counts.refunds += event.kind == Kind::Refund ? 1 : 0;
    return {};
}

Result<void> DemoWorkflow::play(const Event &event, DemoWorkflowCounts &counts)
{
    m_clock = event.date;
    if (event.kind != Kind::Move) {
        return playPayment(event, counts);
    }
    WorkflowService workflow(m_db, [this] { return m_clock; });
    ApplicationStatus to = event.to;
    if (to == S::Approved) {
        const auto moved = workflow.transition(event.item, to, noteFor(to), actorFor(event));
        if (moved) {
            ++counts.transitions;
            ++counts.commitments;
            return {};
        }
        if (moved.error().code != ErrorCode::RuleViolation) {
            return moved.error();
        }
        // The fund cannot commit it that day (not operational yet, or the balance does not
        // cover it): rejected, and nothing follows.
        ++counts.refusedForFunds;
        m_stopped.insert({int(event.item.kind), event.item.id});
        to = S::Rejected;
    }
    const auto moved = workflow.transition(event.item, to, noteFor(to), actorFor(event));
    if (!moved) {
        return moved.error();
    }
    ++counts.transitions;
    return {};
}

Result<DemoWorkflowCounts> DemoWorkflow::run()
{
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event &a, const Event &b) { return a.date < b.date; });
    DemoWorkflowCounts counts;
    for (const Event &event : std::as_const(m_events)) {
        if (m_stopped.contains({int(event.item.kind), event.item.id})) {
            continue;
        }
        if (auto done = play(event, counts); !done) {
            return done.error();
        }
    }
    m_clock = m_today;
    return counts;
}

} // namespace FundDesk::Core::Demo
