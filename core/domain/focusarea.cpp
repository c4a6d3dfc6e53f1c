#include "core/domain/focusarea.h"

#include "core/coretr.h"

#include <array>

namespace FundDesk::Core {

namespace {
struct AreaKey
{
    FocusArea area;
    const char *key;
};
constexpr std::array<AreaKey, 9> kKeys{{
    {FocusArea::NationalStrategies, "national_strategies"},
    {FocusArea::InternationalLaw, "international_law"},
    {FocusArea::IncidentResponse, "incident_response"},
    {FocusArea::CriticalInfrastructure, "critical_infrastructure"},
    {FocusArea::AwarenessEducation, "awareness_education"},
    {FocusArea::TrainingWorkforce, "training_workforce"},
    {FocusArea::Norms, "norms"},
    {FocusArea::ConfidenceBuildingMeasures, "confidence_building_measures"},
    {FocusArea::PointsOfContact, "points_of_contact"},
}};
} // namespace

QList<FocusArea> allFocusAreas()
{
    QList<FocusArea> areas;
    for (const auto &entry : kKeys) {
        areas.append(entry.area);
    }
    return areas;
}

QString focusAreaKey(FocusArea area)
{
    for (const auto &entry : kKeys) {
        if (entry.area == area) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

std::optional<FocusArea> focusAreaFromKey(QStringView key)
{
    for (const auto &entry : kKeys) {
        if (key == QLatin1String(entry.key)) {
            return entry.area;
        }
    }
    return std::nullopt;
}

QString focusAreaLetter(FocusArea area)
{
    return QString(QChar(u'a' + int(area)));
}

QString focusAreaDisplayName(FocusArea area)
{
    switch (area) {
    case FocusArea::NationalStrategies:
        //: focus area (a) of capacity-building activities
        return Tr::tr("National strategies, laws and regulations");
    case FocusArea::InternationalLaw:
        //: focus area (b) of capacity-building activities
        return Tr::tr("National and regional positions on how international law applies to the "
                      "use of ICTs");
    case FocusArea::IncidentResponse:
        //: focus area (c) of capacity-building activities
        return Tr::tr("ICT incident management and response, including computer emergency "
                      "response teams");
    case FocusArea::CriticalInfrastructure:
        //: focus area (d) of capacity-building activities
        return Tr::tr("Protection of critical infrastructure and critical information "
                      "infrastructure");
    case FocusArea::AwarenessEducation:
        //: focus area (e) of capacity-building activities
        return Tr::tr("ICT-security awareness and education");
    case FocusArea::TrainingWorkforce:
        //: focus area (f) of capacity-building activities
        return Tr::tr("Training and workforce development");
    case FocusArea::Norms:
        //: focus area (g) of capacity-building activities
        return Tr::tr("Implementation of the agreed norms of responsible State behaviour");
    case FocusArea::ConfidenceBuildingMeasures:
        //: focus area (h) of capacity-building activities
        return Tr::tr("Implementation of the global confidence-building measures");
    case FocusArea::PointsOfContact:
        //: focus area (i) of capacity-building activities
        return Tr::tr("Participation in the global intergovernmental Points of Contact "
                      "directory");
    }
    return {};
}

} // namespace FundDesk::Core
