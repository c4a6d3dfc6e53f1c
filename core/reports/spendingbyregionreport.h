#pragma once

#include "core/domain/result.h"
#include "core/reports/reportinput.h"
#include "core/reports/reporttable.h"

namespace FundDesk::Core {

// Spending of a year by M49 region or by UN regional group (¶25c, ¶27): disbursements (net of
// refunds, by the recipient's State) and commitments (of approved items, by the delegate's
// State or the activity's applicant). Every region or group has a row, in the reference order;
// the first column holds its stable key, so a click on a bar can ask for the records behind it.
class SpendingByRegionReport final
{
public:
    enum class Grouping { Region, RegionalGroup };

    SpendingByRegionReport() = delete;
    static Result<ReportTable> build(const ReportInput &input, Grouping grouping);
    // The disbursements and commitments behind one bar: date, record, item, reference, State,
    // amount.
    static Result<ReportTable> records(const ReportInput &input, Grouping grouping,
                                       const QString &key);
};

} // namespace FundDesk::Core
