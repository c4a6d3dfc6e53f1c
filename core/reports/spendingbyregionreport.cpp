#include "core/reports/spendingbyregionreport.h"

#include "core/coretr.h"
#include "core/domain/regions.h"
#include "core/repositories/dashboardrepository.h"
#include "core/services/referencedataservice.h"

#include <QHash>

namespace FundDesk::Core {

namespace {

using Grouping = SpendingByRegionReport::Grouping;

QString column(Grouping grouping)
{
    return grouping == Grouping::Region ? QStringLiteral("region")
                                        : QStringLiteral("regional_group");
}

QList<std::pair<QString, QString>> keysAndNames(Grouping grouping)
{
    QList<std::pair<QString, QString>> result;
    if (grouping == Grouping::Region) {
        for (Region region : allRegions()) {
            result.append({regionKey(region), regionDisplayName(region)});
        }
    } else {
        for (RegionalGroup group : allRegionalGroups()) {
            result.append({regionalGroupKey(group), regionalGroupDisplayName(group)});
        }
    }
    return result;
}

QHash<QString, qint64> byKey(const QList<QVariantList> &rows)
{
    QHash<QString, qint64> result;
    for (const QVariantList &row : rows) {
        result.insert(row.value(0).toString(), row.value(1).toLongLong());
    }
    return result;
}

QString keyName(Grouping grouping, const QString &key)
{
    for (const auto &[k, name] : keysAndNames(grouping)) {
        if (k == key) {
            return name;
        }
    }
    return key;
}

} // namespace

Result<ReportTable> SpendingByRegionReport::build(const ReportInput &input, Grouping grouping)
{
    const DashboardRepository repository(input.db);
    const auto disbursed = repository.disbursedBy(column(grouping), input.year);
    const auto committed = repository.committedBy(column(grouping), input.year);
    if (!disbursed || !committed) {
        return !disbursed ? disbursed.error() : committed.error();
    }
    const QHash<QString, qint64> paid = byKey(*disbursed);
    const QHash<QString, qint64> promised = byKey(*committed);

    ReportTable table;
    if (grouping == Grouping::Region) {
        table.name = QStringLiteral("spending-by-region");
        //: %1 is a year
        table.title = Tr::tr("Spending by region, %1").arg(input.year);
        table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                        ReportColumnRole::Detail);
        table.addColumn(QStringLiteral("region"), Tr::tr("Region"), ReportCellKind::Text,
                        ReportColumnRole::Category);
    } else {
        table.name = QStringLiteral("spending-by-group");
        //: %1 is a year
        table.title = Tr::tr("Spending by UN regional group, %1").arg(input.year);
        table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                        ReportColumnRole::Detail);
        table.addColumn(QStringLiteral("group"), Tr::tr("Regional group"), ReportCellKind::Text,
                        ReportColumnRole::Category);
    }
    table.addColumn(QStringLiteral("disbursed"), Tr::tr("Disbursed (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    table.addColumn(QStringLiteral("committed"), Tr::tr("Committed (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    for (const auto &[key, name] : keysAndNames(grouping)) {
        table.rows.append({key, name, paid.value(key), promised.value(key)});
    }
    return table;
}

Result<ReportTable> SpendingByRegionReport::records(const ReportInput &input, Grouping grouping,
                                                    const QString &key)
{
    const auto rows = DashboardRepository(input.db).spendingRecords(column(grouping), key,
                                                                    input.year);
    if (!rows) {
        return rows.error();
    }
    ReportTable table;
    table.name = QStringLiteral("spending-records");
    //: %1 is a region or regional group, %2 a year
    table.title = Tr::tr("Spending in %1, %2").arg(keyName(grouping, key)).arg(input.year);
    table.addColumn(QStringLiteral("date"), Tr::tr("Date"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    //: column: disbursement or commitment
    table.addColumn(QStringLiteral("record"), Tr::tr("Record"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    //: column: sponsorship or activity
    table.addColumn(QStringLiteral("item"), Tr::tr("For"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("reference"), Tr::tr("Reference"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("state"), Tr::tr("State"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("amount"), Tr::tr("Amount (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    for (const QVariantList &row : *rows) {
        const bool disbursement = row.value(1).toString() == QLatin1String("disbursement");
        const bool sponsorship = row.value(2).toString() == QLatin1String("sponsorship");
        const QString iso3 = row.value(4).toString();
        table.rows.append({row.value(0).toString(),
                           disbursement ? Tr::tr("Disbursement") : Tr::tr("Commitment"),
                           sponsorship ? Tr::tr("Sponsorship") : Tr::tr("Activity"),
                           row.value(3).toString(),
                           input.reference ? input.reference->name(iso3, input.language) : iso3,
                           row.value(5).toLongLong()});
    }
    return table;
}

} // namespace FundDesk::Core
