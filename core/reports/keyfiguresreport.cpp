#include "core/reports/keyfiguresreport.h"

#include "core/coretr.h"
#include "core/reports/reportbalance.h"

namespace FundDesk::Core {

Result<ReportTable> KeyFiguresReport::build(const ReportInput &input)
{
    const auto balance = reportBalance(input);
    if (!balance) {
        return balance.error();
    }
    ReportTable table;
    table.name = QStringLiteral("key-figures");
    //: %1 is a year
    table.title = Tr::tr("Key figures, %1").arg(input.year);
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    //: column of the key figures table: the name of a figure
    table.addColumn(QStringLiteral("figure"), Tr::tr("Figure"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("amount"), Tr::tr("Amount (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    //: column of the key figures table: a remark such as the operational status
    table.addColumn(QStringLiteral("status"), Tr::tr("Status"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    const auto add = [&](const char *key, const QString &label, const QVariant &amount) {
        table.rows.append({QString::fromLatin1(key), label, amount, QString()});
    };
    //: %1 is a year
    add("received_in_year", Tr::tr("Received in %1").arg(input.year),
        balance->receivedInYear.minor());
    add("received", Tr::tr("Received, all years"), balance->received.minor());
    add("pledged_outstanding", Tr::tr("Pledged, outstanding"),
        balance->pledgedOutstanding.minor());
    add("committed", Tr::tr("Committed"), balance->committed.minor());
    add("disbursed", Tr::tr("Disbursed"), balance->disbursed.minor());
    add("staff_costs", Tr::tr("Staff costs charged to contributions"),
        balance->staffCosts.minor());
    add("available", Tr::tr("Available for programmes"), balance->available.minor());
    add("threshold", Tr::tr("Operational threshold"),
        balance->thresholdSet ? QVariant(balance->threshold.minor()) : QVariant());
    add("missing_to_threshold", Tr::tr("Missing to the threshold"),
        balance->thresholdSet ? QVariant(balance->missingToThreshold.minor()) : QVariant());
    QString status = Tr::tr("No threshold set");
    if (balance->thresholdSet) {
        //: the fund's status under ¶16
        status = balance->operational ? Tr::tr("Operational") : Tr::tr("Not yet operational");
    }
    //: key figure: whether the fund is operational (¶16)
    table.rows.append({QStringLiteral("operational"), Tr::tr("Operational status"), QVariant(),
                       status});
    return table;
}

} // namespace FundDesk::Core
