#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The five conditions of ¶21 a sponsored delegate must meet.
enum class EligibilityCriterion {
    CapitalBasedOfficial, // (a) capital-based official working on cyber/ICT-security
    DirectExperience,     // (b) direct experience in the post, intends to contribute
    AbleToTravel,         // (c) able to travel and attend during the sessions
    AttendsAllMeetings,   // (d) attends all formal meetings and the activities alongside
    SharesReport,         // (e) may share a report on the experience with the fund manager
};

// How one criterion was assessed: met, not met, or not yet known, with the evidence seen.
struct CriterionAssessment
{
    std::optional<bool> met;
    QString evidence;

    bool operator==(const CriterionAssessment &) const = default;
};

QList<EligibilityCriterion> allEligibilityCriteria();
// a … e: the letter of ¶21, also the stored key
QString eligibilityCriterionKey(EligibilityCriterion criterion);
std::optional<EligibilityCriterion> eligibilityCriterionFromKey(QStringView key);
// "¶21(c)"
QString eligibilityCriterionReference(EligibilityCriterion criterion);
// The condition in words, translated: "Able to travel and attend during the sessions".
QString eligibilityCriterionDescription(EligibilityCriterion criterion);

} // namespace FundDesk::Core
