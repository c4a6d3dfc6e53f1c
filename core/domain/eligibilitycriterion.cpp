#include "core/domain/eligibilitycriterion.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<EligibilityCriterion> allEligibilityCriteria()
{
    using C = EligibilityCriterion;
    return {C::CapitalBasedOfficial, C::DirectExperience, C::AbleToTravel, C::AttendsAllMeetings,
            C::SharesReport};
}

QString eligibilityCriterionKey(EligibilityCriterion criterion)
{
    switch (criterion) {
    case EligibilityCriterion::CapitalBasedOfficial:
        return QStringLiteral("a");
    case EligibilityCriterion::DirectExperience:
        return QStringLiteral("b");
    case EligibilityCriterion::AbleToTravel:
        return QStringLiteral("c");
    case EligibilityCriterion::AttendsAllMeetings:
        return QStringLiteral("d");
    case EligibilityCriterion::SharesReport:
        break;
    }
    return QStringLiteral("e");
}

std::optional<EligibilityCriterion> eligibilityCriterionFromKey(QStringView key)
{
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        if (eligibilityCriterionKey(criterion) == key) {
            return criterion;
        }
    }
    return std::nullopt;
}

QString eligibilityCriterionReference(EligibilityCriterion criterion)
{
    //: A paragraph of the Secretary-General's report and its sub-paragraph letter: ¶21(c)
    return Tr::tr("¶21(%1)").arg(eligibilityCriterionKey(criterion));
}

QString eligibilityCriterionDescription(EligibilityCriterion criterion)
{
    switch (criterion) {
    case EligibilityCriterion::CapitalBasedOfficial:
        return Tr::tr(
            "A capital-based government official working on cyber/ICT-security "
            "diplomacy, policy or related technical fields");
    case EligibilityCriterion::DirectExperience:
        return Tr::tr(
            "Direct experience of ICT-security matters in the current post, and the "
            "intention to contribute to the UN discussions");
    case EligibilityCriterion::AbleToTravel:
        return Tr::tr("Able to travel and attend during the sessions");
    case EligibilityCriterion::AttendsAllMeetings:
        return Tr::tr(
            "Attends all formal meetings of the sessions and the capacity-building "
            "activities held alongside them");
    case EligibilityCriterion::SharesReport:
        break;
    }
    return Tr::tr("Willing to share a report on the experience with the fund manager");
}

} // namespace FundDesk::Core
