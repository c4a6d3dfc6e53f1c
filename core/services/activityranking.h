#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/fundsettings.h"
#include "core/domain/ids.h"
#include "core/domain/rubricaggregate.h"

#include <QHash>
#include <QList>

namespace FundDesk::Core {

// One line of the ranking view.
struct RankedActivity
{
    ActivityApplication application;
    RubricAggregate aggregate;
    Money requested = Money::usd(0);
    int rank = 0;            // 1-based; applications with the same exact score share a rank
    bool belowFloor = false; // ¶23: cannot be recommended, so never counted
    bool counted = false;    // scored and not under the floor: part of the running total
    Money runningTotal = Money::usd(0); // requested of this and every counted line above
    bool fitsBalance = false;           // counted and runningTotal <= available
};

// Orders applications by aggregate score, highest first (ties by reference), unscored last,
// and walks down the list adding up what they request against the fund's available balance,
// so the fund manager sees where the money runs out. Only scored applications above the ¶23
// floor are added up: the others cannot be recommended as they stand.
class ActivityRanking final
{
public:
    ActivityRanking() = delete;

    static QList<RankedActivity> rank(const QList<ActivityApplication> &applications,
                                      const QHash<ActivityId, RubricAggregate> &aggregates,
                                      const FundSettings &settings, const Money &available);

    // Eligible, under review or recommended: the applications still being decided, which the
    // ranking view lists by default.
    static bool isCandidate(const ActivityApplication &application);
};

} // namespace FundDesk::Core
