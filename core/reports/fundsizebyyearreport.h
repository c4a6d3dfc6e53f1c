#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Fund size over the years (¶20), one row a year from the first contribution to the year
// asked for: receipts of the year, the same plus pledges outstanding at its end, against the
// USD 2M and 5M annual lines and the operational threshold.
class FundSizeByYearReport final
{
public:
    FundSizeByYearReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
