#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// Where a sponsorship or activity application stands in the one workflow of ¶18: the fund
// manager screens, reviews and recommends; the High Representative approves. The allowed
// transitions between them belong to the workflow service, not to this list.
enum class ApplicationStatus {
    Draft,
    Submitted,
    Eligible,       // screened: meets the criteria
    Ineligible,     // screened: fails a criterion
    UnderReview,
    Recommended,    // by the fund manager, with a written justification
    NotRecommended, // by the fund manager, with a written justification
    Approved,       // by the High Representative
    Rejected,       // by the High Representative
    Active,
    Completed,
    Cancelled,
};

QList<ApplicationStatus> allApplicationStatuses();
// draft, submitted, eligible, ineligible, under_review, recommended, not_recommended,
// approved, rejected, active, completed, cancelled
QString applicationStatusKey(ApplicationStatus status);
std::optional<ApplicationStatus> applicationStatusFromKey(QStringView key);
QString applicationStatusDisplayName(ApplicationStatus status);

} // namespace FundDesk::Core
