#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// The dashboard's key figures for a year (¶16): received (in the year and in all), pledged
// outstanding, committed, disbursed, staff costs, available, the threshold, the status and
// the amount still missing to it. The figures come from BalanceService's SQL aggregates.
class KeyFiguresReport final
{
public:
    KeyFiguresReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
