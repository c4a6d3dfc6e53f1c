#include "core/domain/activityfloor.h"

#include "core/coretr.h"

namespace FundDesk::Core {

bool isBelowFloor(const ActivityApplication &application, const Money &floor)
{
    const auto total = application.requestedTotal();
    if (!total) {
        return false; // an overflowing total is far above any floor
    }
    const auto order = total->compare(floor);
    return order && *order == std::strong_ordering::less;
}

bool isBelowFloor(const ActivityApplication &application, const FundSettings &settings)
{
    return isBelowFloor(application, settings.activityFundingFloor);
}

QString belowFloorExplanation(const ActivityApplication &application,
                              const FundSettings &settings)
{
    if (!isBelowFloor(application, settings)) {
        return {};
    }
    //: %1 is the amount requested, %2 the fund's minimum, both as "USD 1234.56"
    return Tr::tr("The amount requested (USD %1) is below the fund's minimum funding floor for "
                  "an activity (USD %2), so the application can be neither recommended nor "
                  "approved. The floor keeps activities large enough to be of quality and "
                  "sustainable (¶23).")
        .arg(application.requestedTotal()->toPlainString(),
             settings.activityFundingFloor.toPlainString());
}

Result<void> canBeRecommended(const ActivityApplication &application,
                              const FundSettings &settings)
{
    if (!isBelowFloor(application, settings)) {
        return {};
    }
    return makeError(ErrorCode::RuleViolation, belowFloorExplanation(application, settings),
                     QStringLiteral("activity %1 below floor").arg(application.reference),
                     QStringLiteral("requested"));
}

Result<void> canBeApproved(const ActivityApplication &application, const FundSettings &settings)
{
    return canBeRecommended(application, settings);
}

} // namespace FundDesk::Core
