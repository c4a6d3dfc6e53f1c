#include "core/services/demo/scaleitem.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

QDate scaleStepDate(const ScaleItem &item, ApplicationStatus status, QDate today)
{
    using S = ApplicationStatus;
    QDate date;
    switch (status) {
    case S::Draft:
    case S::Submitted:
        date = item.received;
        break;
    case S::Eligible:
    case S::Ineligible:
        date = item.received.addDays(7);
        break;
    case S::UnderReview:
        date = item.received.addDays(14);
        break;
    case S::Recommended:
    case S::NotRecommended:
        date = item.received.addDays(45);
        break;
    case S::Approved:
    case S::Rejected:
        date = item.received.addDays(60);
        break;
    case S::Active:
        date = item.start;
        break;
    case S::Completed:
        date = item.end.addDays(item.item.kind == WorkflowItemKind::Activity ? 14 : 5);
        break;
    case S::Cancelled:
        date = item.start.addDays(item.start.daysTo(item.end) / 2);
        break;
    }
    return std::min(date, today);
}

} // namespace FundDesk::Core::Demo
