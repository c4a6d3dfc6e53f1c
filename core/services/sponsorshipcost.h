#pragma once

#include "core/domain/meeting.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"
#include "core/domain/result.h"

namespace FundDesk::Core {

// The estimated cost of sponsoring one delegate at a meeting, from the meeting's norms:
// the airfare for the region the delegate travels from + DSA rate × DSA days + terminal
// expenses. Exact (integer cents), overflow-checked.
class SponsorshipCost final
{
public:
    static Result<Money> estimate(const CostNorms &norms, Region from);
};

} // namespace FundDesk::Core
