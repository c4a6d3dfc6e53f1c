#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Receipts and pledges dated in the year by donor, largest receipts first (¶17: the manager's
// view; publication consent applies to what leaves the app, not to this table).
class ContributionsByDonorReport final
{
public:
    ContributionsByDonorReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
