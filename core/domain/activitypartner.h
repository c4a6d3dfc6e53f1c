#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The kinds of implementing partner a government may name with its application (¶24).
enum class PartnerKind {
    NonGovernmental,
    UnEntity,
    InternationalOrRegionalOrganization,
    Academic,
    PrivateSector,
};

// An implementing partner named at application time (¶24).
struct ImplementingPartner
{
    QString name;
    PartnerKind kind = PartnerKind::NonGovernmental;

    bool operator==(const ImplementingPartner &) const = default;
};

QList<PartnerKind> allPartnerKinds();
// non_governmental, un_entity, international_regional, academic, private_sector
QString partnerKindKey(PartnerKind kind);
std::optional<PartnerKind> partnerKindFromKey(QStringView key);
QString partnerKindDisplayName(PartnerKind kind);

} // namespace FundDesk::Core
