#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Gender balance of the sponsored delegates (approved, active, completed) of the year's
// meetings (¶12, ¶22): women, men, other, and the women's share, per meeting.
class WomenShareReport final
{
public:
    WomenShareReport() = delete;
    static Result<ReportTable> build(const ReportInput &input);
};

} // namespace FundDesk::Core
