#include "core/reports/fundsizebyyearreport.h"

#include "core/coretr.h"
#include "core/repositories/dashboardrepository.h"
#include "core/reports/fundsizecolumns.h"

#include <QHash>

namespace FundDesk::Core {

Result<ReportTable> FundSizeByYearReport::build(const ReportInput &input)
{
    const DashboardRepository repository(input.db);
    const auto first = repository.firstContributionYear();
    if (!first) {
        return first.error();
    }
    const int from = (*first == 0 || *first > input.year) ? input.year : *first;
    const auto receipts =
        repository.receiptsByYear(QDate(from, 1, 1), QDate(input.year, 12, 31));
    QList<QDate> yearEnds;
    for (int year = from; year <= input.year; ++year) {
        yearEnds.append(QDate(year, 12, 31));
    }
    const auto outstanding = repository.outstandingPledgesAt(yearEnds);
    const auto references = FundSizeColumns::references(input.db);
    if (!receipts || !outstanding || !references) {
        return !receipts ? receipts.error()
                         : (!outstanding ? outstanding.error() : references.error());
    }
    QHash<int, qint64> byYear;
    for (const QVariantList &row : *receipts) {
        byYear.insert(row.value(0).toInt(), row.value(1).toLongLong());
    }

    ReportTable table;
    table.name = QStringLiteral("fund-size-by-year");
    //: %1 and %2 are years
    table.title = Tr::tr("Fund size by year, %1–%2, against the ¶20 scenarios")
                      .arg(from)
                      .arg(input.year);
    FundSizeColumns::add(table, QStringLiteral("year"), Tr::tr("Year"));
    for (int year = from; year <= input.year; ++year) {
        const qint64 received = byYear.value(year);
        QVariantList row{QString::number(year), received,
                         received + outstanding->at(year - from).value(1).toLongLong()};
        row.append(*references);
        table.rows.append(row);
    }
    return table;
}

} // namespace FundDesk::Core
