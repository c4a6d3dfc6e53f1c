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
    // A chart of thousands of bars says nothing (a scale-100 fund has 4 000 donors): the
    // largest donors by receipts each get a bar, the rest one line; the Contributions page
    // lists every donor.
    constexpr qsizetype shownDonors = 20;
    qint64 otherReceived = 0;
    qint64 otherPledged = 0;
    for (qsizetype i = 0; i < rows->size(); ++i) {
        const QVariantList &row = rows->at(i);
        if (i >= shownDonors) {
            otherReceived += row.value(2).toLongLong();
            otherPledged += row.value(3).toLongLong();
            continue;
        }
        const auto kind = donorKindFromKey(row.value(1).toString());
        table.rows.append({row.value(0).toString(),
                           kind ? donorKindDisplayName(*kind) : row.value(1).toString(),
                           row.value(2).toLongLong(), row.value(3).toLongLong()});
    }
    if (rows->size() > shownDonors) {
        const int others = int(rows->size() - shownDonors);
        //: the line of a chart that adds up the donors too small to get a bar of their own
        table.rows.append({Tr::tr("%n other donor(s)", nullptr, others), QString(), otherReceived,
                           otherPledged});
    }
    return table;
}

} // namespace FundDesk::Core
