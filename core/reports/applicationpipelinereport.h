#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Applications by status (¶18): sponsorships of the year's meetings and activities starting in
// the year, one row per status in the workflow's order.
class ApplicationPipelineReport final
{
public:
    ApplicationPipelineReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
