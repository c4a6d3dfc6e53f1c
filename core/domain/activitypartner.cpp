#include "core/domain/activitypartner.h"

#include "core/coretr.h"

#include <array>

namespace FundDesk::Core {

namespace {
struct KindKey
{
    PartnerKind kind;
    const char *key;
};
constexpr std::array<KindKey, 5> kKeys{{
    {PartnerKind::NonGovernmental, "non_governmental"},
    {PartnerKind::UnEntity, "un_entity"},
    {PartnerKind::InternationalOrRegionalOrganization, "international_regional"},
    {PartnerKind::Academic, "academic"},
    {PartnerKind::PrivateSector, "private_sector"},
}};
} // namespace

QList<PartnerKind> allPartnerKinds()
{
    QList<PartnerKind> kinds;
    for (const auto &entry : kKeys) {
        kinds.append(entry.kind);
    }
    return kinds;
}

QString partnerKindKey(PartnerKind kind)
{
    for (const auto &entry : kKeys) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<PartnerKind> partnerKindFromKey(QStringView key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

QString partnerKindDisplayName(PartnerKind kind)
{
    switch (kind) {
    case PartnerKind::NonGovernmental:
        //: kind of implementing partner of an activity
        return Tr::tr("Non-governmental entity");
    case PartnerKind::UnEntity:
        //: kind of implementing partner of an activity
        return Tr::tr("United Nations entity");
    case PartnerKind::InternationalOrRegionalOrganization:
        //: kind of implementing partner of an activity
        return Tr::tr("International or regional organization");
    case PartnerKind::Academic:
        //: kind of implementing partner of an activity
        return Tr::tr("Academic institution");
    case PartnerKind::PrivateSector:
        //: kind of implementing partner of an activity
        return Tr::tr("Private sector");
    }
    return {};
}

} // namespace FundDesk::Core
