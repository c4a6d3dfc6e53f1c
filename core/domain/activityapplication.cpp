#include "core/domain/activityapplication.h"

#include <algorithm>

namespace FundDesk::Core {

Result<Money> ActivityApplication::requestedTotal() const
{
    Money total = Money::usd(0);
    for (const YearlyAmount &part : requested) {
        auto sum = total.add(part.amount);
        if (!sum) {
            return sum.error();
        }
        total = *sum;
    }
    return total;
}

QStringList ActivityApplication::participatingStates() const
{
    QStringList states{applicantIso3};
    for (const QString &iso3 : coApplicantIso3) {
        if (!states.contains(iso3)) {
            states.append(iso3);
        }
    }
    return states;
}

bool ActivityApplication::isRecommendedOrBeyond() const
{
    switch (status) {
    case ApplicationStatus::Recommended:
    case ApplicationStatus::Approved:
    case ApplicationStatus::Active:
    case ApplicationStatus::Completed:
        return true;
    default:
        return false;
    }
}

QList<FocusArea> normalizedFocusAreas(QList<FocusArea> areas)
{
    std::sort(areas.begin(), areas.end());
    areas.erase(std::unique(areas.begin(), areas.end()), areas.end());
    return areas;
}

} // namespace FundDesk::Core
