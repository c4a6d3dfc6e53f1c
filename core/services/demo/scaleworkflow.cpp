#include "core/services/demo/scaleworkflow.h"

#include "core/domain/money.h"
#include "core/services/demo/scaleaudit.h"

namespace FundDesk::Core::Demo {

namespace {

using S = ApplicationStatus;

const QString kInsertTransition = QStringLiteral(
    "INSERT INTO status_transitions (item_kind, item_id, from_status, to_status, profile_id, at, "
    "date, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertCommitment = QStringLiteral(
    "INSERT INTO commitments (item_kind, item_id, date, original_minor, amount_minor, "
    "approver_id) VALUES (?, ?, ?, ?, ?, ?)");
const QString kInsertDisbursement = QStringLiteral(
    "INSERT INTO disbursements (date, item_kind, item_id, amount_minor, currency, usd_rate_e9, "
    "usd_minor, payee, reference, recipient_iso3, refund, refund_reason) "
    "VALUES (?, ?, ?, ?, 'USD', 1000000000, ?, ?, ?, ?, ?, ?)");

enum class Pass { Screening, Decision, Delivery };

Pass passOf(S to)
{
    switch (to) {
    case S::Approved:
    case S::Rejected:
        return Pass::Decision;
    case S::Active:
    case S::Completed:
    case S::Cancelled:
        return Pass::Delivery;
    default:
        return Pass::Screening;
    }
}

QString noteFor(S to)
{
    switch (to) {
    case S::Recommended:
        return QStringLiteral("Meets the announced criteria; well placed against the others.");
    case S::NotRecommended:
        return QStringLiteral("Scored below the applications retained for the funds available.");
    case S::Rejected:
        return QStringLiteral("Not approved: the available balance does not cover it.");
    default:
        return QString();
    }
}

class Writer final
{
public:
    Writer(ScaleContext &context, ScaleAudit &audit) : m_context(context), m_audit(audit) {}

    Result<void> moves(const QList<ScaleItem> &items, Pass pass, const Profile &actor)
    {
        for (const ScaleItem &item : items) {
            S from = S::Submitted;
            for (const S to : workflowPath(item.target)) {
                if (passOf(to) == pass) {
                    if (auto done = move(item, from, to, actor); !done) {
                        return done;
                    }
                }
                from = to;
            }
        }
        return m_audit.record(actor);
    }

    Result<void> payments(const QList<ScaleItem> &items)
    {
        int completed = 0;
        for (const ScaleItem &item : items) {
            const S status = item.target;
            if (status != S::Approved && status != S::Active && status != S::Completed &&
                status != S::Cancelled) {
                continue;
            }
            auto done = item.item.kind == WorkflowItemKind::Sponsorship
                            ? travel(item)
                            : tranches(item, status == S::Completed && ++completed % 50 == 0);
            if (!done) {
                return done;
            }
        }
        return m_audit.record(m_context.staff.financeAssistant);
    }

    ScaleWorkflowCounts counts;

private:
    Result<void> move(const ScaleItem &item, S from, S to, const Profile &actor)
    {
        const QDate date = scaleStepDate(item, to, m_context.today);
        const QString kind = workflowItemKindKey(item.item.kind);
        if (auto done = m_context.writer.insert(
                kInsertTransition,
                {kind, item.item.id, applicationStatusKey(from), applicationStatusKey(to),
                 actor.id.value(),
                 QString(date.toString(Qt::ISODate) + QStringLiteral("T09:00:00.000Z")),
                 date.toString(Qt::ISODate), noteFor(to)});
            !done) {
            return done.error();
        }
        ++counts.transitions;
        if (to != S::Approved) {
            return {};
        }
        if (auto done = m_context.writer.insert(
                kInsertCommitment, {kind, item.item.id, date.toString(Qt::ISODate), item.amount,
                                    item.amount, actor.id.value()});
            !done) {
            return done.error();
        }
        ++counts.commitments;
        return {};
    }

    Result<void> pay(const ScaleItem &item, QDate date, qint64 amount, bool refund = false)
    {
        if (date > m_context.today || amount == 0) {
            return {};
        }
        ++counts.disbursements;
        const auto done = m_context.writer.insert(
            kInsertDisbursement,
            {date.toString(Qt::ISODate), workflowItemKindKey(item.item.kind), item.item.id, amount,
             amount, item.payee,
             QStringLiteral("PV-%1-%2")
                 .arg(date.year())
                 .arg(counts.disbursements, 7, 10, QLatin1Char('0')),
             item.iso3, refund ? 1 : 0,
             refund ? QStringLiteral("Unspent balance returned with the final report.")
                    : QString()});
        if (!done) {
            return done.error();
        }
        return {};
    }

    // The airfare two weeks before the meeting, the allowances on its first day.
    Result<void> travel(const ScaleItem &item)
    {
        if (item.target == S::Cancelled) {
            return {};
        }
        if (auto done = pay(item, item.start.addDays(-14), item.firstPayment); !done) {
            return done;
        }
        if (item.target == S::Approved) {
            return {};
        }
        return pay(item, item.start, item.amount - item.firstPayment);
    }

    // Equal monthly tranches to the cent; a cancelled activity stops being paid half-way.
    Result<void> tranches(const ScaleItem &item, bool refund)
    {
        if (item.target == S::Approved) {
            return {};
        }
        const int months =
            (item.end.year() - item.start.year()) * 12 + item.end.month() - item.start.month() + 1;
        const auto parts = Money::usd(item.amount).allocate(QList<qint64>(months, 1));
        if (!parts) {
            return parts.error();
        }
        const QDate stop = scaleStepDate(item, S::Cancelled, m_context.today);
        for (int i = 0; i < months; ++i) {
            const QDate date = item.start.addMonths(i);
            if (item.target == S::Cancelled && date >= stop) {
                break;
            }
            if (auto done = pay(item, date, (*parts)[i].minor()); !done) {
                return done;
            }
        }
        if (!refund) {
            return {};
        }
        const QDate back = std::min(item.end.addDays(20), m_context.today);
        return pay(item, back, -(item.amount / 100 * 3), true);
    }

    ScaleContext &m_context;
    ScaleAudit &m_audit;
};

} // namespace

Result<ScaleWorkflowCounts> writeScaleWorkflow(ScaleContext &context,
                                               const QList<ScaleItem> &items, ScaleAudit &audit)
{
    Writer writer(context, audit);
    const DemoStaff &staff = context.staff;
    if (auto done = writer.moves(items, Pass::Screening, staff.fundManager); !done) {
        return done.error();
    }
    if (auto done = writer.moves(items, Pass::Decision, staff.highRepresentative); !done) {
        return done.error();
    }
    if (auto done = writer.moves(items, Pass::Delivery, staff.fundManager); !done) {
        return done.error();
    }
    if (auto done = writer.payments(items); !done) {
        return done.error();
    }
    return writer.counts;
}

} // namespace FundDesk::Core::Demo
