#include "core/reports/fundsizecolumns.h"

#include "core/coretr.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/scenarioplanner.h"

namespace FundDesk::Core {

void FundSizeColumns::add(ReportTable &table, const QString &categoryKey, const QString &header)
{
    table.addColumn(categoryKey, header, ReportCellKind::Text, ReportColumnRole::Category);
    table.addColumn(QStringLiteral("received"), Tr::tr("Received (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Value);
    //: receipts plus pledges not yet paid, in US dollars
    table.addColumn(QStringLiteral("with_pledges"), Tr::tr("Received + outstanding pledges (USD)"),
                    ReportCellKind::Money, ReportColumnRole::Projection);
    //: ¶20 reference line: USD 2 million a year
    table.addColumn(QStringLiteral("small_scale"), Tr::tr("Small scale, USD 2M"),
                    ReportCellKind::Money, ReportColumnRole::Reference);
    //: ¶20 reference line: USD 5 million a year
    table.addColumn(QStringLiteral("medium_scale"), Tr::tr("Medium scale, USD 5M"),
                    ReportCellKind::Money, ReportColumnRole::Reference);
    table.addColumn(QStringLiteral("threshold"), Tr::tr("Operational threshold (USD)"),
                    ReportCellKind::Money, ReportColumnRole::Reference);
}

Result<QVariantList> FundSizeColumns::references(const QSqlDatabase &db)
{
    const auto settings = FundSettingsService(db).load();
    if (!settings) {
        return settings.error();
    }
    const qint64 threshold = settings->operationalThreshold.minor();
    return QVariantList{ScenarioPlanner::smallScaleFunding().minor(),
                        ScenarioPlanner::mediumScaleFunding().minor(),
                        threshold > 0 ? QVariant(threshold) : QVariant()};
}

} // namespace FundDesk::Core
