#pragma once

#include "core/domain/result.h"
#include "core/services/demo/scalecontext.h"

namespace FundDesk::Core::Demo {

struct ScaleContributionCounts
{
    qint64 donors = 0;
    qint64 contributions = 0;
};

// About 40 donors and 500 contributions per unit of scale over the years: States first, then
// intergovernmental, philanthropic, private-sector and other non-governmental donors under
// due diligence (¶14); pledges and receipts in six currencies, receipts only from donors that
// may give. Every receipt is added to the budget the approvals draw on.
Result<ScaleContributionCounts> writeScaleContributions(ScaleContext &context);

} // namespace FundDesk::Core::Demo
