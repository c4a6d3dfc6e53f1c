#pragma once

#include "core/domain/result.h"
#include "core/reports/reporttable.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// The columns the two fund-size tables share: the category, received, received plus
// outstanding pledges, and the three reference lines; and the reference values of a row.
class FundSizeColumns final
{
public:
    FundSizeColumns() = delete;

    static void add(ReportTable &table, const QString &categoryKey, const QString &header);
    // [2M, 5M, threshold (blank when unset)]
    static Result<QVariantList> references(const QSqlDatabase &db);
};

} // namespace FundDesk::Core
