#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/fundsettings.h"
#include "core/domain/result.h"

#include <QString>

namespace FundDesk::Core {

// ¶23: no ceiling per activity, but a minimum funding floor. A request under the floor is
// flagged and can be neither recommended nor approved. A floor of zero flags nothing.
bool isBelowFloor(const ActivityApplication &application, const Money &floor);
bool isBelowFloor(const ActivityApplication &application, const FundSettings &settings);

// Why the application is flagged, naming its total and the floor; empty when it is not.
QString belowFloorExplanation(const ActivityApplication &application,
                              const FundSettings &settings);

// Ok, or RuleViolation (field "requested") with belowFloorExplanation() as the message. The
// same rule applies to approval by the High Representative: see canBeApproved().
Result<void> canBeRecommended(const ActivityApplication &application,
                              const FundSettings &settings);
Result<void> canBeApproved(const ActivityApplication &application, const FundSettings &settings);

} // namespace FundDesk::Core
