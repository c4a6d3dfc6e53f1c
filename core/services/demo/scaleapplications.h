#pragma once

#include "core/domain/result.h"
#include "core/services/demo/scalecontext.h"
#include "core/services/demo/scaleitem.h"

namespace FundDesk::Core::Demo {

struct ScaleApplications
{
    qint64 meetings = 0;
    qint64 sponsorships = 0;
    qint64 activities = 0;
    qint64 refusedForFunds = 0;
    QList<ScaleItem> items;
};

// Two meetings a year with 40 applications per unit of scale each (the slate of 20 per unit
// approved and, once the meeting is over, completed) and 200 activity applications per unit
// over the years, about half funded. Where each ends up is decided first; approvals are then
// offered to the budget in date order (refused ones become Rejected) and the rows written with
// their final status.
Result<ScaleApplications> writeScaleApplications(ScaleContext &context);

} // namespace FundDesk::Core::Demo
