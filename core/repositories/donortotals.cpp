#include "core/repositories/donortotals.h"

#include "core/db/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FundDesk::Core {

Result<QHash<DonorId, DonorTotal>> DonorTotals::byDonor(const QSqlDatabase &db)
{
    // Only receipts carry a pledge_id: the partial index contributions_by_pledge finds a
    // pledge's receipts. SQLite's SUM stops with an error rather than overflow.
    auto query = Sql::prepare(
        db, QStringLiteral(
                "SELECT c.donor_id, "
                "  SUM(CASE WHEN c.type = 'receipt' THEN c.usd_minor ELSE 0 END), "
                "  SUM(CASE WHEN c.type = 'pledge' THEN MAX(0, c.usd_minor - ("
                "    SELECT COALESCE(SUM(r.usd_minor), 0) FROM contributions AS r "
                "    WHERE r.pledge_id = c.id)) ELSE 0 END) "
                "FROM contributions AS c GROUP BY c.donor_id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("donor totals")); !done) {
        return done.error();
    }
    QHash<DonorId, DonorTotal> totals;
    while (query->next()) {
        totals.insert(DonorId(query->value(0).toLongLong()),
                      DonorTotal{query->value(1).toLongLong(), query->value(2).toLongLong()});
    }
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("donor totals"));
    }
    return totals;
}

} // namespace FundDesk::Core
