#include "core/reports/applicationpipelinereport.h"

#include "core/coretr.h"
#include "core/domain/applicationstatus.h"
#include "core/repositories/dashboardrepository.h"

#include <QHash>

namespace FundDesk::Core {

Result<ReportTable> ApplicationPipelineReport::build(const ReportInput &input)
{
    const auto rows = DashboardRepository(input.db).applicationsByStatus(input.year);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, qint64> counts; // "kind/status"
    for (const QVariantList &row : *rows) {
        counts.insert(row.value(0).toString() + u'/' + row.value(1).toString(),
                      row.value(2).toLongLong());
    }
    ReportTable table;
    table.name = QStringLiteral("applications-by-status");
    //: %1 is a year
    table.title = Tr::tr("Applications by status, %1").arg(input.year);
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("status"), Tr::tr("Status"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("sponsorships"), Tr::tr("Sponsorships"),
                    ReportCellKind::Count, ReportColumnRole::Value);
    table.addColumn(QStringLiteral("activities"), Tr::tr("Activities"), ReportCellKind::Count,
                    ReportColumnRole::Value);
    for (ApplicationStatus status : allApplicationStatuses()) {
        const QString key = applicationStatusKey(status);
        table.rows.append({key, applicationStatusDisplayName(status),
                           counts.value(QStringLiteral("sponsorship/") + key),
                           counts.value(QStringLiteral("activity/") + key)});
    }
    return table;
}

} // namespace FundDesk::Core
