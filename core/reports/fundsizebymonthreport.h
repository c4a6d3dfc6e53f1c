#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Fund size through a year (¶16, ¶20), one row a month: receipts of the year so far, the same
// plus pledges still outstanding at the month's end (a projection), against the USD 2M and 5M
// annual lines and the operational threshold.
class FundSizeByMonthReport final
{
public:
    FundSizeByMonthReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
