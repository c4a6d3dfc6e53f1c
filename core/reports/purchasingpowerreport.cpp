#include "core/reports/purchasingpowerreport.h"

#include "core/coretr.h"
#include "core/repositories/dashboardrepository.h"
#include "core/reports/reportbalance.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/scenarioplanner.h"

namespace FundDesk::Core {

namespace {

void addColumns(ReportTable &table)
{
    table.addColumn(QStringLiteral("key"), Tr::tr("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    //: column: this fund, or one of the ¶20 scenarios
    table.addColumn(QStringLiteral("case"), Tr::tr("Case"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    //: column: the available balance for the fund, the annual funding for a scenario
    table.addColumn(QStringLiteral("funds"), Tr::tr("Funds (USD)"), ReportCellKind::Money,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("cost_per_delegate"), Tr::tr("Cost per delegate (USD)"),
                    ReportCellKind::Money, ReportColumnRole::Detail);
    //: column: delegate seats a year (delegates × sessions)
    table.addColumn(QStringLiteral("seats"), Tr::tr("Delegate seats"), ReportCellKind::Count,
                    ReportColumnRole::Value);
    table.addColumn(QStringLiteral("sessions"), Tr::tr("Sessions"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("activity_cost"), Tr::tr("Average activity cost (USD)"),
                    ReportCellKind::Money, ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("activities"), Tr::tr("Activities"), ReportCellKind::Count,
                    ReportColumnRole::Value);
    table.addColumn(QStringLiteral("monthly_spending"), Tr::tr("Spending a month (USD)"),
                    ReportCellKind::Money, ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("months"), Tr::tr("Months covered"), ReportCellKind::Count,
                    ReportColumnRole::Detail);
    //: column: what ¶20 of the report says for this scale
    table.addColumn(QStringLiteral("paragraph20"), Tr::tr("¶20 says"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
}

QVariantList scenarioRow(const QString &key, const ScenarioInputs &inputs, const QString &says)
{
    const ScenarioOutcome outcome = ScenarioPlanner::plan(inputs);
    const qint64 spending = inputs.annualFunding.minor() - outcome.unallocated.minor();
    return {key,
            inputs.name,
            inputs.annualFunding.minor(),
            inputs.costPerDelegate.minor(),
            outcome.seats,
            inputs.sessionsPerYear,
            inputs.averageActivityCost.minor(),
            outcome.activities,
            spending / 12,
            outcome.monthsCovered,
            says};
}

} // namespace

Result<ReportTable> PurchasingPowerReport::build(const ReportInput &input)
{
    const auto balance = reportBalance(input);
    const auto settings = FundSettingsService(input.db).load();
    const auto norms = DashboardRepository(input.db).costNorms(QDate(input.year, 12, 31));
    if (!balance || !settings || !norms) {
        return !balance ? balance.error() : (!settings ? settings.error() : norms.error());
    }
    const qint64 delegateNorm = norms->value(0).toLongLong();
    const qint64 activityNorm = norms->value(1).toLongLong();
    const qint64 monthly = norms->value(2).toLongLong() / 12;

    // The fund: its available balance (staff costs already taken off) spent as the small
    // scale plans it — 10 delegates at two sessions first, then whole activities.
    ScenarioInputs fund;
    //: %1 is a year
    fund.name = Tr::tr("This fund, available at the end of %1").arg(input.year);
    fund.annualFunding = Money::usd(std::max<qint64>(0, balance->available.minor()));
    fund.staffChargedToContributions = false;
    fund.costPerDelegate =
        delegateNorm > 0 ? Money::usd(delegateNorm) : ScenarioPlanner::defaultCostPerDelegate();
    fund.averageActivityCost = activityNorm > 0 ? Money::usd(activityNorm)
                                                : ScenarioPlanner::defaultAverageActivityCost();
    QVariantList fundRow = scenarioRow(QStringLiteral("fund"), fund, QString());
    fundRow[8] = monthly;
    // Months the available balance lasts at the last twelve months' rate; blank with no spending.
    fundRow[9] = monthly > 0 ? QVariant(std::max<qint64>(0, balance->available.minor()) / monthly)
                             : QVariant();

    const Money staff = [&] {
        const auto sum = settings->professionalPostAnnualCost.add(
            settings->generalServicePostAnnualCost);
        return sum ? *sum : Money::usd(0);
    }();
    const QList<ScenarioInputs> scales = ScenarioPlanner::paragraph20(
        settings->staffCharging == StaffCostCharging::Contributions, staff);

    ReportTable table;
    table.name = QStringLiteral("what-money-buys");
    //: %1 is a year
    table.title = Tr::tr("What the money buys, %1").arg(input.year);
    addColumns(table);
    table.rows.append(fundRow);
    table.rows.append(scenarioRow(QStringLiteral("small"), scales.at(0),
                                  Tr::tr("USD 2 million: 10 delegates twice a year; 1–3 "
                                         "activities")));
    table.rows.append(scenarioRow(QStringLiteral("medium"), scales.at(1),
                                  Tr::tr("USD 5 million: 20 delegates twice a year; up to 10 "
                                         "activities, multi-year commitments possible")));
    return table;
}

} // namespace FundDesk::Core
