#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

namespace FundDesk::Core {

// Inserts many contributions through one prepared statement (an import of 100 000 rows):
// ContributionRepository::insert prepares per call and stores schedules, which imports do
// not have. No transaction here: the caller holds the TransactionGuard.
class ContributionBatchInsert final
{
public:
    explicit ContributionBatchInsert(QSqlDatabase db);

    // Every field but the id and the schedule (which must be empty).
    Result<ContributionId> insert(const Contribution &contribution);

private:
    QSqlDatabase m_db;
    std::optional<QSqlQuery> m_query;
};

} // namespace FundDesk::Core
