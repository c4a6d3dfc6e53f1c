#include "core/repositories/outstandingpledges.h"

#include "core/db/sqlhelpers.h"

#include <QStringList>

namespace FundDesk::Core {

// How it stays exact: outstanding(p, D) = max(0, value − paid(p, D)) = value − min(value,
// paid(p, D)). Ordering a pledge's receipts by date, min(value, running total) grows by
// min(value, total after) − min(value, total before) at each receipt, so its part through D is
// the sum of those steps over the receipts dated through D. Each step counts from the later of
// the receipt's and the pledge's dates (a pledge dated after D counts for nothing at D). The
// moves (+value on the pledge's date, −step on the receipt's) summed through D give the figure.
Result<QList<qint64>> OutstandingPledges::at(const QSqlDatabase &db, const QList<QDate> &dates)
{
    QList<qint64> result;
    if (dates.isEmpty()) {
        return result;
    }
    QStringList values;
    QDate last = dates.constFirst();
    for (qsizetype i = 0; i < dates.size(); ++i) {
        values.append(QStringLiteral("(%1, :d%1)").arg(i));
        last = std::max(last, dates.at(i));
    }
    // The receipts against pledges leave out "type = 'receipt'": only receipts carry a
    // pledge_id, and the partial index contributions_by_pledge then finds just them.
    auto query = Sql::prepare(
        db, QStringLiteral(
                "WITH steps AS MATERIALIZED ("
                "  SELECT MAX(r.date, p.date) AS at, "
                "    MIN(p.usd_minor, paid - r.usd_minor) - MIN(p.usd_minor, paid) AS delta "
                "  FROM (SELECT pledge_id, date, usd_minor, SUM(usd_minor) OVER ("
                "          PARTITION BY pledge_id ORDER BY date, id ROWS UNBOUNDED PRECEDING"
                "        ) AS paid FROM contributions "
                "        WHERE pledge_id IS NOT NULL AND date <= :last) AS r "
                "  JOIN contributions AS p ON p.id = r.pledge_id "
                "  WHERE p.type = 'pledge' AND p.date <= :last), "
                "moves AS MATERIALIZED ("
                "  SELECT at, SUM(delta) AS delta FROM ("
                "    SELECT date AS at, usd_minor AS delta FROM contributions "
                "    WHERE type = 'pledge' AND date <= :last "
                "    UNION ALL SELECT at, delta FROM steps) "
                "  GROUP BY at), "
                "dates (i, d) AS (VALUES %1) "
                "SELECT (SELECT COALESCE(SUM(delta), 0) FROM moves WHERE at <= d) "
                "FROM dates ORDER BY i")
                .arg(values.join(u", ")));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    query->bindValue(QStringLiteral(":last"), last.toString(Qt::ISODate));
    for (qsizetype i = 0; i < dates.size(); ++i) {
        query->bindValue(QStringLiteral(":d%1").arg(i), dates.at(i).toString(Qt::ISODate));
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("outstanding pledges")); !done) {
        return done.error();
    }
    while (query->next()) {
        result.append(query->value(0).toLongLong());
    }
    if (result.size() != dates.size()) {
        return Sql::storageError(*query, QStringLiteral("outstanding pledges: rows missing"));
    }
    return result;
}

} // namespace FundDesk::Core
