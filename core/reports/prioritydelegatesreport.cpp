#include "core/reports/prioritydelegatesreport.h"

#include "core/coretr.h"
#include "core/domain/regions.h"
#include "core/repositories/dashboardrepository.h"

namespace FundDesk::Core {

Result<ReportTable> PriorityDelegatesReport::build(const ReportInput &input)
{
    const auto counts = DashboardRepository(input.db).sponsoredPriorityDelegates(input.year);
    if (!counts) {
        return counts.error();
    }
    ReportTable table;
    table.name = QStringLiteral("priority-delegates");
    //: %1 is a year; LDC, LLDC and SIDS are the ¶22 priority groups
    table.title = Tr::tr("Sponsored delegates from LDC, LLDC and SIDS, %1").arg(input.year);
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("group"), Tr::tr("Group"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("delegates"), Tr::tr("Delegates"), ReportCellKind::Count,
                    ReportColumnRole::Value);
    const qint64 all = counts->value(0).toLongLong();
    table.rows.append({QStringLiteral("ldc"), priorityGroupShortName(PriorityGroup::Ldc),
                       counts->value(1).toLongLong()});
    table.rows.append({QStringLiteral("lldc"), priorityGroupShortName(PriorityGroup::Lldc),
                       counts->value(2).toLongLong()});
    table.rows.append({QStringLiteral("sids"), priorityGroupShortName(PriorityGroup::Sids),
                       counts->value(3).toLongLong()});
    //: row: delegates from a State in at least one of LDC, LLDC, SIDS
    table.rows.append({QStringLiteral("any"), Tr::tr("Any of the three"),
                       counts->value(4).toLongLong()});
    table.rows.append({QStringLiteral("all"), Tr::tr("All sponsored delegates"), all});
    return table;
}

} // namespace FundDesk::Core
