#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// What the money buys (¶20): with the available balance at the year's end and the cost norms
// seen in the records (or the planner's defaults when there are none yet), how many delegate
// seats, sessions and activities the fund can carry and how many months of spending it covers,
// beside the ¶20 small and medium scales.
class PurchasingPowerReport final
{
public:
    PurchasingPowerReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
