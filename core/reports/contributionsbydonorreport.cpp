#include "core/reports/contributionsbydonorreport.h"

#include "core/coretr.h"
#include "core/domain/donorkind.h"
#include "core/repositories/dashboardrepository.h"

namespace FundDesk::Core {

Result<ReportTable> ContributionsByDonorReport::build(const ReportInput &input)
{
    const auto rows = DashboardRepository(input.db).contributionsByDonor(input.year);
    if (!rows) {
        return rows.error();
    }
    ReportTable table;
    table.name = QStringLiteral("contributions-by-donor");
    //: %1 is a year
    table.title = Tr::tr("Contributions by donor, %1").arg(input.year);
    table.addColumn(QStringLiteral("donor"), Tr::tr("Donor"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("kind"), Tr::tr("Kind of donor"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("received"), Tr::tr("Received (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    table.addColumn(QStringLiteral("pledged"), Tr::tr("Pledged (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    for (const QVariantList &row : *rows) {
        const auto kind = donorKindFromKey(row.value(1).toString());
        table.rows.append({row.value(0).toString(),
                           kind ? donorKindDisplayName(*kind) : row.value(1).toString(),
                           row.value(2).toLongLong(), row.value(3).toLongLong()});
    }
    return table;
}

} // namespace FundDesk::Core
