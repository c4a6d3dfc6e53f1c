#include "core/reports/womensharereport.h"

#include "core/coretr.h"
#include "core/repositories/dashboardrepository.h"

namespace FundDesk::Core {

Result<ReportTable> WomenShareReport::build(const ReportInput &input)
{
    const auto rows = DashboardRepository(input.db).sponsoredGenderByMeeting(input.year);
    if (!rows) {
        return rows.error();
    }
    ReportTable table;
    table.name = QStringLiteral("women-by-meeting");
    //: %1 is a year
    table.title = Tr::tr("Share of women among sponsored delegates, %1").arg(input.year);
    table.addColumn(QStringLiteral("meeting"), Tr::tr("Meeting"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("name"), Tr::tr("Name"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("women"), Tr::tr("Women"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("men"), Tr::tr("Men"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    //: gender: other or not stated
    table.addColumn(QStringLiteral("other"), Tr::tr("Other"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("women_share"), Tr::tr("Women (%)"), ReportCellKind::Percent,
                    ReportColumnRole::Value);
    for (const QVariantList &row : *rows) {
        const qint64 women = row.value(2).toLongLong();
        const qint64 all = women + row.value(3).toLongLong() + row.value(4).toLongLong();
        // Hundredths of a percent, rounded half up; blank for a meeting with no delegate.
        const QVariant share = all > 0 ? QVariant((women * 20000 + all) / (2 * all)) : QVariant();
        table.rows.append({row.value(0).toString(), row.value(1).toString(), women,
                           row.value(3).toLongLong(), row.value(4).toLongLong(), share});
    }
    return table;
}

} // namespace FundDesk::Core
