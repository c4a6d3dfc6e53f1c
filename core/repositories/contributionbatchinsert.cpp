#include "core/repositories/contributionbatchinsert.h"

#include "core/db/sqlhelpers.h"
#include "core/repositories/contributionrow.h"

#include <QVariant>

#include <utility>

namespace FundDesk::Core {

ContributionBatchInsert::ContributionBatchInsert(QSqlDatabase db) : m_db(std::move(db)) {}

Result<ContributionId> ContributionBatchInsert::insert(const Contribution &contribution)
{
    if (!m_query) {
        auto query = Sql::prepare(
            m_db, QStringLiteral(
                      "INSERT INTO contributions (donor_id, type, date, amount_minor, currency, "
                      "usd_rate_e9, usd_minor, pledge_id, publication, conditions, earmarked, "
                      "conditions_not_earmark, reference, notes) VALUES (:donor_id, :type, "
                      ":date, :amount_minor, :currency, :usd_rate_e9, :usd_minor, :pledge_id, "
                      ":publication, :conditions, :earmarked, :conditions_not_earmark, "
                      ":reference, :notes)"));
        if (!query) {
            return query.error();
        }
        m_query = std::move(query).value();
    }
    ContributionRow::bind(*m_query, contribution);
    if (auto done = Sql::execPrepared(*m_query, QStringLiteral("import contribution")); !done) {
        return done.error();
    }
    return ContributionId(m_query->lastInsertId().toLongLong());
}

} // namespace FundDesk::Core
