#pragma once

#include "core/domain/money.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {

// One "what if" of the fund's annual operation (¶15, ¶20): what a year's funding carries.
struct ScenarioInputs
{
    QString name;
    Money annualFunding = Money::usd(0);
    bool staffChargedToContributions = true; // ¶15: P and GS posts paid from contributions
    Money staffCostPerYear = Money::usd(0);  // both posts together
    int sessionsPerYear = 2;
    int delegatesPerSession = 10;
    Money costPerDelegate = Money::usd(0);   // travel, DSA and terminal expenses per seat
    Money averageActivityCost = Money::usd(0);

    bool operator==(const ScenarioInputs &) const = default;
};

struct ScenarioOutcome
{
    Money staffCosts = Money::usd(0);
    int seats = 0;                          // delegate seats a year, at most delegates × sessions
    Money sponsorshipCosts = Money::usd(0);
    int activities = 0;                     // whole activities at the average cost
    Money activityCosts = Money::usd(0);
    Money unallocated = Money::usd(0);      // left after seats and activities
    int monthsCovered = 0;                  // whole months the funding carries at the plan's rate

    bool operator==(const ScenarioOutcome &) const = default;
};

// The scenario planner of the dashboard: staff first (when charged to contributions), then the
// delegate seats wanted, then as many whole activities as the rest pays for. Pure arithmetic
// in minor units, no storage.
class ScenarioPlanner final
{
public:
    ScenarioPlanner() = delete;

    // ¶20's annual lines.
    static Money smallScaleFunding() { return Money::usd(2'000'000'00); }
    static Money mediumScaleFunding() { return Money::usd(5'000'000'00); }
    // Norms used when the fund has no records or settings yet (a P-4 and a G-6 post; a week
    // in New York; a regional workshop).
    static Money defaultStaffCostPerYear() { return Money::usd(400'000'00); }
    static Money defaultCostPerDelegate() { return Money::usd(8'000'00); }
    static Money defaultAverageActivityCost() { return Money::usd(500'000'00); }

    // ¶20's two scenarios: small (USD 2M, 10 delegates twice a year) and medium (USD 5M, 20
    // delegates twice a year); staffCost 0 takes the default.
    static QList<ScenarioInputs> paragraph20(bool staffChargedToContributions,
                                             const Money &staffCostPerYear = Money::usd(0));

    static ScenarioOutcome plan(const ScenarioInputs &inputs);
};

} // namespace FundDesk::Core
