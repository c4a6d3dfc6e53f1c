#include "core/domain/applicationstatus.h"

#include "core/coretr.h"

#include <array>

namespace FundDesk::Core {

namespace {
struct StatusKey
{
    ApplicationStatus status;
    const char *key;
};
constexpr std::array<StatusKey, 12> kKeys{{
    {ApplicationStatus::Draft, "draft"},
    {ApplicationStatus::Submitted, "submitted"},
    {ApplicationStatus::Eligible, "eligible"},
    {ApplicationStatus::Ineligible, "ineligible"},
    {ApplicationStatus::UnderReview, "under_review"},
    {ApplicationStatus::Recommended, "recommended"},
    {ApplicationStatus::NotRecommended, "not_recommended"},
    {ApplicationStatus::Approved, "approved"},
    {ApplicationStatus::Rejected, "rejected"},
    {ApplicationStatus::Active, "active"},
    {ApplicationStatus::Completed, "completed"},
    {ApplicationStatus::Cancelled, "cancelled"},
}};
} // namespace

QList<ApplicationStatus> allApplicationStatuses()
{
    QList<ApplicationStatus> statuses;
    for (const auto &entry : kKeys) {
        statuses.append(entry.status);
    }
    return statuses;
}

QString applicationStatusKey(ApplicationStatus status)
{
    for (const auto &entry : kKeys) {
        if (entry.status == status) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<ApplicationStatus> applicationStatusFromKey(QStringView key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.status;
        }
    }
    return std::nullopt;
}

QString applicationStatusDisplayName(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Draft:
        //: status of an application
        return Tr::tr("Draft");
    case ApplicationStatus::Submitted:
        //: status of an application
        return Tr::tr("Submitted");
    case ApplicationStatus::Eligible:
        //: status of an application: screened and found eligible
        return Tr::tr("Screened: eligible");
    case ApplicationStatus::Ineligible:
        //: status of an application: screened and found ineligible
        return Tr::tr("Screened: ineligible");
    case ApplicationStatus::UnderReview:
        //: status of an application
        return Tr::tr("Under review");
    case ApplicationStatus::Recommended:
        //: status of an application: recommended by the fund manager
        return Tr::tr("Recommended");
    case ApplicationStatus::NotRecommended:
        //: status of an application: not recommended by the fund manager
        return Tr::tr("Not recommended");
    case ApplicationStatus::Approved:
        //: status of an application: approved by the High Representative
        return Tr::tr("Approved");
    case ApplicationStatus::Rejected:
        //: status of an application: rejected by the High Representative
        return Tr::tr("Rejected");
    case ApplicationStatus::Active:
        //: status of an application: approved and under way
        return Tr::tr("Active");
    case ApplicationStatus::Completed:
        //: status of an application
        return Tr::tr("Completed");
    case ApplicationStatus::Cancelled:
        //: status of an application
        return Tr::tr("Cancelled");
    }
    return {};
}

} // namespace FundDesk::Core
