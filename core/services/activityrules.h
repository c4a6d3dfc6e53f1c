#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/fundsettings.h"
#include "core/domain/result.h"

namespace FundDesk::Core {

class ReferenceDataService;

// The rules an activity application must meet to be stored (¶13, ¶23–¶26), apart from
// ActivityService so each stays small. check() returns the first rule broken, with a
// translated message that names the field and Error::field set to the form field:
// "title", "applicant", "coApplicants", "partners", "start", "end", "requested",
// "coFunding", "focusAreas", "needsAssessment", "status".
class ActivityRules final
{
public:
    ActivityRules(const ReferenceDataService &reference, FundSettings settings);

    Result<void> check(const ActivityApplication &application) const;

private:
    Result<void> checkStates(const ActivityApplication &application) const;
    Result<void> checkDates(const ActivityApplication &application) const;
    Result<void> checkAmounts(const ActivityApplication &application) const;

    const ReferenceDataService &m_reference;
    FundSettings m_settings;
};

} // namespace FundDesk::Core
