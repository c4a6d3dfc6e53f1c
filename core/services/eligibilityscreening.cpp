#include "core/services/eligibilityscreening.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<EligibilityCriterion> EligibilityResult::failingCriteria() const
{
    QList<EligibilityCriterion> criteria;
    for (const EligibilityFailure &failure : failures) {
        criteria.append(failure.criterion);
    }
    return criteria;
}

ApplicationStatus EligibilityResult::screenedStatus() const
{
    if (!failures.isEmpty()) {
        return ApplicationStatus::Ineligible;
    }
    return unassessed.isEmpty() ? ApplicationStatus::Eligible : ApplicationStatus::Submitted;
}

QString EligibilityScreening::failureMessage(EligibilityCriterion criterion)
{
    const QString ref = eligibilityCriterionReference(criterion);
    switch (criterion) {
    case EligibilityCriterion::CapitalBasedOfficial:
        //: %1 is "¶21(a)"
        return Tr::tr(
                   "%1: not a capital-based government official currently working on "
                   "cyber/ICT-security diplomacy, policy or related technical fields")
            .arg(ref);
    case EligibilityCriterion::DirectExperience:
        //: %1 is "¶21(b)"
        return Tr::tr(
                   "%1: no direct experience of ICT-security matters in the current post, or "
                   "no intention to contribute to the UN discussions")
            .arg(ref);
    case EligibilityCriterion::AbleToTravel:
        //: %1 is "¶21(c)"
        return Tr::tr("%1: not able to travel and attend during the sessions").arg(ref);
    case EligibilityCriterion::AttendsAllMeetings:
        //: %1 is "¶21(d)"
        return Tr::tr(
                   "%1: will not attend all formal meetings and the capacity-building "
                   "activities alongside them")
            .arg(ref);
    case EligibilityCriterion::SharesReport:
        break;
    }
    //: %1 is "¶21(e)"
    return Tr::tr("%1: not willing to share a report on the experience with the fund manager")
        .arg(ref);
}

EligibilityResult EligibilityScreening::screen(const SponsorshipApplication &application)
{
    EligibilityResult result;
    for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
        const CriterionAssessment &assessment = application.criterion(criterion);
        // Being capital-based is part of (a): an official posted abroad fails it outright.
        const bool notCapitalBased =
            criterion == EligibilityCriterion::CapitalBasedOfficial && !application.capitalBased;
        if (notCapitalBased || assessment.met == false) {
            result.failures.append({criterion, failureMessage(criterion)});
        } else if (!assessment.met.has_value()) {
            result.unassessed.append(criterion);
        }
    }
    return result;
}

} // namespace FundDesk::Core
