#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Sponsored delegates of the year's meetings from the ¶22 priority groups: LDC, LLDC, SIDS,
// any of the three, and all delegates. A State may be in two groups.
class PriorityDelegatesReport final
{
public:
    PriorityDelegatesReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
