#include "core/services/scenarioplanner.h"

#include "core/coretr.h"

#include <algorithm>

namespace FundDesk::Core {

namespace {

qint64 atLeastZero(qint64 value)
{
    return std::max<qint64>(0, value);
}

// Bounded inputs keep every product below 2^63: funding and costs are at most
// USD 10^13 (10^15 cents), counts at most 10^4.
constexpr qint64 kMaxMinor = 1'000'000'000'000'000;
constexpr int kMaxCount = 10'000;

} // namespace

QList<ScenarioInputs> ScenarioPlanner::paragraph20(bool staffChargedToContributions,
                                                   const Money &staffCostPerYear)
{
    const Money staff = staffCostPerYear.isZero() ? defaultStaffCostPerYear() : staffCostPerYear;
    ScenarioInputs small;
    //: name of the ¶20 small-scale scenario (USD 2 million a year)
    small.name = Tr::tr("Small scale (¶20)");
    small.annualFunding = smallScaleFunding();
    small.staffChargedToContributions = staffChargedToContributions;
    small.staffCostPerYear = staff;
    small.sessionsPerYear = 2;
    small.delegatesPerSession = 10;
    small.costPerDelegate = defaultCostPerDelegate();
    small.averageActivityCost = defaultAverageActivityCost();
    ScenarioInputs medium = small;
    //: name of the ¶20 medium-scale scenario (USD 5 million a year)
    medium.name = Tr::tr("Medium scale (¶20)");
    medium.annualFunding = mediumScaleFunding();
    medium.delegatesPerSession = 20;
    return {small, medium};
}

ScenarioOutcome ScenarioPlanner::plan(const ScenarioInputs &inputs)
{
    const qint64 funding = std::clamp<qint64>(inputs.annualFunding.minor(), 0, kMaxMinor);
    const qint64 staff = inputs.staffChargedToContributions
                             ? std::clamp<qint64>(inputs.staffCostPerYear.minor(), 0, kMaxMinor)
                             : 0;
    const qint64 perDelegate = std::clamp<qint64>(inputs.costPerDelegate.minor(), 0, kMaxMinor);
    const qint64 perActivity =
        std::clamp<qint64>(inputs.averageActivityCost.minor(), 0, kMaxMinor);
    const qint64 wantedSeats = qint64(std::clamp(inputs.sessionsPerYear, 0, kMaxCount))
                               * std::clamp(inputs.delegatesPerSession, 0, kMaxCount);

    ScenarioOutcome outcome;
    qint64 left = atLeastZero(funding - staff);
    outcome.staffCosts = Money::usd(std::min(staff, funding));
    const qint64 affordableSeats = perDelegate > 0 ? left / perDelegate : wantedSeats;
    outcome.seats = int(std::min(wantedSeats, affordableSeats));
    outcome.sponsorshipCosts = Money::usd(outcome.seats * perDelegate);
    left -= outcome.seats * perDelegate;
    outcome.activities = perActivity > 0 ? int(std::min<qint64>(left / perActivity, kMaxCount)) : 0;
    outcome.activityCosts = Money::usd(outcome.activities * perActivity);
    left -= outcome.activities * perActivity;
    outcome.unallocated = Money::usd(left);
    // Funding ÷ the plan's monthly spending; all of it counts as a full year when the plan
    // spends nothing.
    const qint64 spending = funding - left;
    outcome.monthsCovered = spending > 0 ? int(std::min<qint64>(12 * (funding / spending)
                                                                    + (12 * (funding % spending))
                                                                          / spending,
                                                                12 * kMaxCount))
                                         : (funding > 0 ? 12 : 0);
    return outcome;
}

} // namespace FundDesk::Core
