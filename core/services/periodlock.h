#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace FundDesk::Core {

// The one check every write dated in a year calls: a closed year refuses changes to its
// records (contributions, disbursements, transitions, commitments) with a message naming it.
class PeriodLock final
{
public:
    explicit PeriodLock(QSqlDatabase db);

    // Ok, or RuleViolation (field "date") naming the closed year.
    Result<void> check(const QDate &date) const;
    Result<bool> isClosed(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
