#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// Who gives (¶3, ¶14): States, organizations, and non-governmental entities.
enum class DonorKind {
    MemberState,
    ObserverState,
    IntergovernmentalOrganization, // intergovernmental or regional organization
    PhilanthropicFoundation,
    PrivateSector,
    OtherNonGovernmental,
};

QList<DonorKind> allDonorKinds();
// Stable keys, also the CSV import's donor_kind values: member_state, observer_state, igo,
// foundation, private_sector, other_ngo.
QString donorKindKey(DonorKind kind);
std::optional<DonorKind> donorKindFromKey(QStringView key);
QString donorKindDisplayName(DonorKind kind);

// A State donor is one record per State, named by the reference list.
bool isStateDonor(DonorKind kind);
// Non-governmental money must pass the UN's due diligence before it is accepted (¶14).
bool needsDueDiligence(DonorKind kind);

} // namespace FundDesk::Core
