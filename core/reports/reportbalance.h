#pragma once

#include "core/domain/fundbalance.h"
#include "core/domain/result.h"
#include "core/reports/reportinput.h"

namespace FundDesk::Core {

// The fund's balance at the end of input.year (BalanceService), taken from input.memo when a
// table of the same refresh computed it already, and left there for the next one.
Result<FundBalance> reportBalance(const ReportInput &input);

} // namespace FundDesk::Core
