#include "core/repositories/payableitemrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

PayableItemRepository::PayableItemRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<PayableItem>> PayableItemRepository::all() const
{
    // Paid is summed once per item in a grouped subquery, not per row.
    auto query = Sql::prepare(
        m_db,
        QStringLiteral(
            "WITH paid AS (SELECT item_kind, item_id, SUM(usd_minor) AS usd FROM disbursements "
            "GROUP BY item_kind, item_id) "
            "SELECT c.item_kind, c.item_id, "
            "COALESCE(a.reference, m.reference, ''), COALESCE(a.title, s.applicant_name, ''), "
            "COALESCE(a.applicant_iso3, s.state_iso3, ''), COALESCE(a.status, s.status, ''), "
            "c.amount_minor, COALESCE(p.usd, 0) "
            "FROM commitments AS c "
            "LEFT JOIN activities AS a ON c.item_kind = 'activity' AND a.id = c.item_id "
            "LEFT JOIN sponsorships AS s ON c.item_kind = 'sponsorship' AND s.id = c.item_id "
            "LEFT JOIN meetings AS m ON m.id = s.meeting_id "
            "LEFT JOIN paid AS p ON p.item_kind = c.item_kind AND p.item_id = c.item_id "
            "ORDER BY c.item_kind, 3, c.item_id"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("list payable items")); !done) {
        return done.error();
    }
    QList<PayableItem> items;
    while (query->next()) {
        PayableItem p;
        p.item.kind = workflowItemKindFromKey(query->value(0).toString())
                          .value_or(WorkflowItemKind::Activity);
        p.item.id = query->value(1).toLongLong();
        p.reference = query->value(2).toString();
        p.title = query->value(3).toString();
        p.recipientIso3 = query->value(4).toString();
        p.status =
            applicationStatusFromKey(query->value(5).toString()).value_or(ApplicationStatus::Draft);
        p.committed = Money::usd(query->value(6).toLongLong());
        p.paid = Money::usd(query->value(7).toLongLong());
        items.append(p);
    }
    return items;
}

} // namespace FundDesk::Core
