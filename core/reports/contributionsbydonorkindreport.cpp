#include "core/reports/contributionsbydonorkindreport.h"

#include "core/coretr.h"
#include "core/domain/donorkind.h"
#include "core/repositories/dashboardrepository.h"

#include <QHash>

namespace FundDesk::Core {

Result<ReportTable> ContributionsByDonorKindReport::build(const ReportInput &input)
{
    const auto rows = DashboardRepository(input.db).contributionsByDonorKind(input.year);
    if (!rows) {
        return rows.error();
    }
    QHash<QString, QVariantList> byKind;
    for (const QVariantList &row : *rows) {
        byKind.insert(row.value(0).toString(), row);
    }
    ReportTable table;
    table.name = QStringLiteral("contributions-by-donor-kind");
    //: %1 is a year
    table.title = Tr::tr("Contributions by kind of donor, %1").arg(input.year);
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("kind"), Tr::tr("Kind of donor"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("received"), Tr::tr("Received (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    table.addColumn(QStringLiteral("pledged"), Tr::tr("Pledged (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    for (DonorKind kind : allDonorKinds()) {
        const QVariantList row = byKind.value(donorKindKey(kind));
        table.rows.append({donorKindKey(kind), donorKindDisplayName(kind),
                           row.value(1).toLongLong(), row.value(2).toLongLong()});
    }
    return table;
}

} // namespace FundDesk::Core
