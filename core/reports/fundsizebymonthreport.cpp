#include "core/reports/fundsizebymonthreport.h"

#include "core/coretr.h"
#include "core/repositories/dashboardrepository.h"
#include "core/reports/fundsizecolumns.h"

#include <QHash>

namespace FundDesk::Core {

Result<ReportTable> FundSizeByMonthReport::build(const ReportInput &input)
{
    const DashboardRepository repository(input.db);
    const QDate start(input.year, 1, 1);
    const auto receipts = repository.receiptsByMonth(start, QDate(input.year, 12, 31));
    if (!receipts) {
        return receipts.error();
    }
    QList<QDate> monthEnds;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(input.year, month, 1);
        monthEnds.append(first.addDays(first.daysInMonth() - 1));
    }
    const auto outstanding = repository.outstandingPledgesAt(monthEnds);
    const auto references = FundSizeColumns::references(input.db);
    if (!outstanding || !references) {
        return !outstanding ? outstanding.error() : references.error();
    }
    QHash<QString, qint64> byMonth;
    for (const QVariantList &row : *receipts) {
        byMonth.insert(row.value(0).toString(), row.value(1).toLongLong());
    }

    ReportTable table;
    table.name = QStringLiteral("fund-size-by-month");
    //: %1 is a year
    table.title = Tr::tr("Fund size through %1 against the ¶20 scenarios").arg(input.year);
    //: column of the fund size table: the month, as YYYY-MM
    FundSizeColumns::add(table, QStringLiteral("month"), Tr::tr("Month"));
    qint64 cumulative = 0;
    for (int month = 1; month <= 12; ++month) {
        const QString key = monthEnds.at(month - 1).toString(QStringLiteral("yyyy-MM"));
        cumulative += byMonth.value(key);
        QVariantList row{key, cumulative,
                         cumulative + outstanding->at(month - 1).value(1).toLongLong()};
        row.append(*references);
        table.rows.append(row);
    }
    return table;
}

} // namespace FundDesk::Core
