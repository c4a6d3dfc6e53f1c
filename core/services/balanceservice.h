#pragma once

#include "core/domain/fundbalance.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// The one place that computes received, pledged outstanding, committed, disbursed, staff costs
// and available (¶15, ¶16), straight from the records, in SQL aggregates that use indexes.
class BalanceService final
{
public:
    explicit BalanceService(QSqlDatabase db);

    // The position at the end of `year` (cumulative), with that year's receipts.
    Result<FundBalance> balance(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
