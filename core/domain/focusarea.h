#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The nine focus areas of capacity-building activities, ¶26(a)–(i), in the report's order.
enum class FocusArea {
    NationalStrategies,           // (a)
    InternationalLaw,             // (b)
    IncidentResponse,             // (c)
    CriticalInfrastructure,       // (d)
    AwarenessEducation,           // (e)
    TrainingWorkforce,            // (f)
    Norms,                        // (g)
    ConfidenceBuildingMeasures,   // (h)
    PointsOfContact,              // (i)
};

// All nine, in ¶26 order.
QList<FocusArea> allFocusAreas();
// The stable key stored in the database ("national_strategies" …); never changes with the
// wording or the translation.
QString focusAreaKey(FocusArea area);
std::optional<FocusArea> focusAreaFromKey(QStringView key);
// The letter of ¶26: "a" … "i".
QString focusAreaLetter(FocusArea area);
// Translated, worded as the report words it.
QString focusAreaDisplayName(FocusArea area);

} // namespace FundDesk::Core
