#include "core/reports/focusareafundingreport.h"

#include "core/coretr.h"
#include "core/domain/focusarea.h"
#include "core/repositories/dashboardrepository.h"

#include <QHash>

namespace FundDesk::Core {

Result<ReportTable> FocusAreaFundingReport::build(const ReportInput &input)
{
    const auto rows = DashboardRepository(input.db).activityFundingByFocusArea(input.year);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, QVariantList> byArea;
    for (const QVariantList &row : *rows) {
        byArea.insert(row.value(0).toString(), row);
    }
    ReportTable table;
    table.name = QStringLiteral("funding-by-focus-area");
    //: %1 is a year
    table.title = Tr::tr("Activity funding by focus area, %1").arg(input.year);
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    //: column: a ¶26 focus area, such as "(c) incident response"
    table.addColumn(QStringLiteral("area"), Tr::tr("Focus area"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("activities"), Tr::tr("Activities"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("funding"), Tr::tr("Funding (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    for (FocusArea area : allFocusAreas()) {
        const QVariantList row = byArea.value(focusAreaKey(area));
        //: %1 is the letter of ¶26 (a–i), %2 the focus area's name
        table.rows.append({focusAreaKey(area),
                           Tr::tr("(%1) %2").arg(focusAreaLetter(area), focusAreaDisplayName(area)),
                           row.value(1).toLongLong(), row.value(2).toLongLong()});
    }
    return table;
}

} // namespace FundDesk::Core
