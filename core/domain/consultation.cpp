#include "core/domain/consultation.h"

#include "core/coretr.h"

#include <array>

namespace FundDesk::Core {

namespace {
struct StanceKey
{
    ConsultationStance stance;
    const char *key;
};
constexpr std::array<StanceKey, 4> kKeys{{
    {ConsultationStance::Supports, "supports"},
    {ConsultationStance::SupportsWithChanges, "supports_with_changes"},
    {ConsultationStance::DoesNotSupport, "does_not_support"},
    {ConsultationStance::NoView, "no_view"},
}};
} // namespace

QList<ConsultationStance> allConsultationStances()
{
    QList<ConsultationStance> stances;
    for (const auto &entry : kKeys) {
        stances.append(entry.stance);
    }
    return stances;
}

QString consultationStanceKey(ConsultationStance stance)
{
    for (const auto &entry : kKeys) {
        if (entry.stance == stance) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<ConsultationStance> consultationStanceFromKey(QStringView key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.stance;
        }
    }
    return std::nullopt;
}

QString consultationStanceDisplayName(ConsultationStance stance)
{
    switch (stance) {
    case ConsultationStance::Supports:
        //: advice of the governance structure on an application
        return Tr::tr("Supports");
    case ConsultationStance::SupportsWithChanges:
        //: advice of the governance structure on an application
        return Tr::tr("Supports with changes");
    case ConsultationStance::DoesNotSupport:
        //: advice of the governance structure on an application
        return Tr::tr("Does not support");
    case ConsultationStance::NoView:
        //: advice of the governance structure on an application: it expressed no view
        return Tr::tr("No view");
    }
    return {};
}

} // namespace FundDesk::Core
