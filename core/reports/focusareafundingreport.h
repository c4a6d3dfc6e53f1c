#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Activity funding of the year by ¶26 focus area: activities approved, active or completed with
// an amount for the year. An activity in several areas counts in each, so the rows may add up
// to more than the total.
class FocusAreaFundingReport final
{
public:
    FocusAreaFundingReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
