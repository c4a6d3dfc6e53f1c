#include "core/domain/contribution.h"

#include "core/coretr.h"

namespace FundDesk::Core {

// Stored in the database: never change a released key.
QString contributionTypeKey(ContributionType type)
{
    switch (type) {
    case ContributionType::Pledge:
        return QStringLiteral("pledge");
    case ContributionType::Receipt:
        return QStringLiteral("receipt");
    }
    return {};
}

std::optional<ContributionType> contributionTypeFromKey(QStringView key)
{
    for (ContributionType type : {ContributionType::Pledge, ContributionType::Receipt}) {
        if (contributionTypeKey(type) == key) {
            return type;
        }
    }
    return std::nullopt;
}

QString contributionTypeDisplayName(ContributionType type)
{
    switch (type) {
    case ContributionType::Pledge:
        //: Type of contribution: money promised by a donor
        return Tr::tr("Pledge");
    case ContributionType::Receipt:
        //: Type of contribution: money the fund has received
        return Tr::tr("Receipt");
    }
    return {};
}

} // namespace FundDesk::Core
