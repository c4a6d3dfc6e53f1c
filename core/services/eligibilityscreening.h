#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/eligibilitycriterion.h"
#include "core/domain/sponsorshipapplication.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {

// One ¶21 criterion an application fails, with the reason in words.
struct EligibilityFailure
{
    EligibilityCriterion criterion = EligibilityCriterion::CapitalBasedOfficial;
    QString message; // "¶21(a): not a capital-based official…"
};

// The outcome of screening an application against ¶21.
struct EligibilityResult
{
    QList<EligibilityFailure> failures;
    QList<EligibilityCriterion> unassessed;

    bool isEligible() const { return failures.isEmpty() && unassessed.isEmpty(); }
    // An application failing any criterion, or not yet fully screened, cannot be recommended.
    bool canBeRecommended() const { return isEligible(); }
    QList<EligibilityCriterion> failingCriteria() const;
    // Eligible, Ineligible, or Submitted while a criterion is still unassessed.
    ApplicationStatus screenedStatus() const;
};

// Screens a sponsorship application against the five criteria of ¶21. Pure: reads only the
// application. Criterion (a) also fails when the applicant is not capital-based.
class EligibilityScreening final
{
public:
    static EligibilityResult screen(const SponsorshipApplication &application);
    // The message for a failing criterion: "¶21(c): not able to travel and attend …".
    static QString failureMessage(EligibilityCriterion criterion);
};

} // namespace FundDesk::Core
