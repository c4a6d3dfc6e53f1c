#include "core/domain/donorkind.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<DonorKind> allDonorKinds()
{
    return {DonorKind::MemberState,
            DonorKind::ObserverState,
            DonorKind::IntergovernmentalOrganization,
            DonorKind::PhilanthropicFoundation,
            DonorKind::PrivateSector,
            DonorKind::OtherNonGovernmental};
}

// Stored in the database and read from CSV imports: never change a released key.
QString donorKindKey(DonorKind kind)
{
    switch (kind) {
    case DonorKind::MemberState:
        return QStringLiteral("member_state");
    case DonorKind::ObserverState:
        return QStringLiteral("observer_state");
    case DonorKind::IntergovernmentalOrganization:
        return QStringLiteral("igo");
    case DonorKind::PhilanthropicFoundation:
        return QStringLiteral("foundation");
    case DonorKind::PrivateSector:
        return QStringLiteral("private_sector");
    case DonorKind::OtherNonGovernmental:
        return QStringLiteral("other_ngo");
    }
    return {};
}

std::optional<DonorKind> donorKindFromKey(QStringView key)
{
    for (DonorKind kind : allDonorKinds()) {
        if (donorKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QString donorKindDisplayName(DonorKind kind)
{
    switch (kind) {
    case DonorKind::MemberState:
        //: Kind of donor: a Member State of the United Nations
        return Tr::tr("Member State");
    case DonorKind::ObserverState:
        //: Kind of donor: a non-member observer State (Holy See, State of Palestine)
        return Tr::tr("Observer State");
    case DonorKind::IntergovernmentalOrganization:
        //: Kind of donor
        return Tr::tr("Intergovernmental or regional organization");
    case DonorKind::PhilanthropicFoundation:
        //: Kind of donor: a non-governmental philanthropic organization
        return Tr::tr("Philanthropic foundation");
    case DonorKind::PrivateSector:
        //: Kind of donor: a company
        return Tr::tr("Private sector");
    case DonorKind::OtherNonGovernmental:
        //: Kind of donor: an NGO, academia, an individual …
        return Tr::tr("Other non-governmental entity");
    }
    return {};
}

bool isStateDonor(DonorKind kind)
{
    return kind == DonorKind::MemberState || kind == DonorKind::ObserverState;
}

bool needsDueDiligence(DonorKind kind)
{
    switch (kind) {
    case DonorKind::MemberState:
    case DonorKind::ObserverState:
    case DonorKind::IntergovernmentalOrganization:
        return false;
    case DonorKind::PhilanthropicFoundation:
    case DonorKind::PrivateSector:
    case DonorKind::OtherNonGovernmental:
        return true;
    }
    return true;
}

} // namespace FundDesk::Core
