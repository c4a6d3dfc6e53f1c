#include "core/services/sponsorshipcost.h"

namespace FundDesk::Core {

Result<Money> SponsorshipCost::estimate(const CostNorms &norms, Region from)
{
    auto dsa = norms.dsaDailyRate.multiply(norms.dsaDays);
    if (!dsa) {
        return dsa.error();
    }
    auto travel = norms.airfareFrom(from).add(*dsa);
    if (!travel) {
        return travel.error();
    }
    return travel->add(norms.terminalExpenses);
}

} // namespace FundDesk::Core
