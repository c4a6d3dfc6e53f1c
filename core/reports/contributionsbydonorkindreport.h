#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Receipts and pledges dated in the year by kind of donor (¶3, ¶14); every kind has a row.
class ContributionsByDonorKindReport final
{
public:
    ContributionsByDonorKindReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
