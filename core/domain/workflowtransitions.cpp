#include "core/domain/workflowtransitions.h"

namespace FundDesk::Core {

QList<ApplicationStatus> allowedNextStatuses(ApplicationStatus from)
{
    using S = ApplicationStatus;
    switch (from) {
    case S::Draft:
        return {S::Submitted};
    case S::Submitted:
        return {S::Eligible, S::Ineligible};
    case S::Eligible:
        return {S::UnderReview};
    case S::UnderReview:
        return {S::Recommended, S::NotRecommended};
    case S::Recommended:
        return {S::Approved, S::Rejected};
    case S::Approved:
        return {S::Active, S::Cancelled};
    case S::Active:
        return {S::Completed, S::Cancelled};
    case S::Ineligible:
    case S::NotRecommended:
    case S::Rejected:
    case S::Completed:
    case S::Cancelled:
        break;
    }
    return {};
}

bool isAllowedTransition(ApplicationStatus from, ApplicationStatus to)
{
    return allowedNextStatuses(from).contains(to);
}

bool isRescreeningTransition(ApplicationStatus from, ApplicationStatus to)
{
    using S = ApplicationStatus;
    const auto screened = [](S status) {
        return status == S::Submitted || status == S::Eligible || status == S::Ineligible;
    };
    return from != to && screened(from) && screened(to);
}

} // namespace FundDesk::Core
