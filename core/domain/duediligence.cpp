#include "core/domain/duediligence.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<DueDiligenceStatus> allDueDiligenceStatuses()
{
    return {DueDiligenceStatus::NotRequired, DueDiligenceStatus::Pending,
            DueDiligenceStatus::Cleared, DueDiligenceStatus::Declined};
}

// Stored in the database: never change a released key.
QString dueDiligenceKey(DueDiligenceStatus status)
{
    switch (status) {
    case DueDiligenceStatus::NotRequired:
        return QStringLiteral("not_required");
    case DueDiligenceStatus::Pending:
        return QStringLiteral("pending");
    case DueDiligenceStatus::Cleared:
        return QStringLiteral("cleared");
    case DueDiligenceStatus::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<DueDiligenceStatus> dueDiligenceFromKey(QStringView key)
{
    for (DueDiligenceStatus status : allDueDiligenceStatuses()) {
        if (dueDiligenceKey(status) == key) {
            return status;
        }
    }
    return std::nullopt;
}

QString dueDiligenceDisplayName(DueDiligenceStatus status)
{
    switch (status) {
    case DueDiligenceStatus::NotRequired:
        //: Due-diligence status of a donor: States and intergovernmental organizations
        return Tr::tr("Not required");
    case DueDiligenceStatus::Pending:
        //: Due-diligence status of a donor: the UN clearance is not decided yet
        return Tr::tr("Pending");
    case DueDiligenceStatus::Cleared:
        //: Due-diligence status of a donor: the UN cleared the donor's money
        return Tr::tr("Cleared");
    case DueDiligenceStatus::Declined:
        //: Due-diligence status of a donor: the UN refused the donor's money
        return Tr::tr("Declined");
    }
    return {};
}

} // namespace FundDesk::Core
