#pragma once

#include "core/domain/applicationstatus.h"

#include <QList>

namespace FundDesk::Core {

// The one transition table of ¶18 for sponsorships and activities:
//   Draft → Submitted → Eligible | Ineligible (screening) → UnderReview
//   → Recommended | NotRecommended (fund manager) → Approved | Rejected (High Representative)
//   Approved → Active | Cancelled;  Active → Completed | Cancelled.
// Ineligible, NotRecommended, Rejected, Completed and Cancelled are final.
QList<ApplicationStatus> allowedNextStatuses(ApplicationStatus from);
bool isAllowedTransition(ApplicationStatus from, ApplicationStatus to);

// The one move outside that table, made only by the ¶21 screening when a form edit changes
// the criteria: between Submitted, Eligible and Ineligible (never back to Submitted by hand,
// never out of Ineligible by hand). Not offered to people: allowedNextStatuses() omits it.
bool isRescreeningTransition(ApplicationStatus from, ApplicationStatus to);

} // namespace FundDesk::Core
