#include "core/reports/scenariocomparisontable.h"

#include "core/coretr.h"

namespace FundDesk::Core {

ReportTable ScenarioComparisonTable::build(const QList<ScenarioInputs> &scenarios)
{
    ReportTable table;
    table.name = QStringLiteral("scenarios");
    table.title = Tr::tr("Scenarios compared");
    const auto money = [&](const char *key, const QString &header) {
        table.addColumn(QString::fromLatin1(key), header, ReportCellKind::Money,
                        ReportColumnRole::Detail);
    };
    const auto count = [&](const char *key, const QString &header, ReportColumnRole role) {
        table.addColumn(QString::fromLatin1(key), header, ReportCellKind::Count, role);
    };
    table.addColumn(QStringLiteral("scenario"), Tr::tr("Scenario"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    money("funding", Tr::tr("Annual funding (USD)"));
    //: column: staff costs charged to contributions in a scenario
    money("staff", Tr::tr("Staff costs (USD)"));
    count("sessions", Tr::tr("Sessions a year"), ReportColumnRole::Detail);
    money("cost_per_delegate", Tr::tr("Cost per delegate (USD)"));
    money("activity_cost", Tr::tr("Average activity cost (USD)"));
    count("seats", Tr::tr("Delegate seats"), ReportColumnRole::Value);
    count("activities", Tr::tr("Activities"), ReportColumnRole::Value);
    count("months", Tr::tr("Months covered"), ReportColumnRole::Detail);
    money("unallocated", Tr::tr("Unallocated (USD)"));
    for (const ScenarioInputs &inputs : scenarios) {
        const ScenarioOutcome outcome = ScenarioPlanner::plan(inputs);
        table.rows.append({inputs.name, inputs.annualFunding.minor(), outcome.staffCosts.minor(),
                           inputs.sessionsPerYear, inputs.costPerDelegate.minor(),
                           inputs.averageActivityCost.minor(), outcome.seats, outcome.activities,
                           outcome.monthsCovered, outcome.unallocated.minor()});
    }
    return table;
}

} // namespace FundDesk::Core
