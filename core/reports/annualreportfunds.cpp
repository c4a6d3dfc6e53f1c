// The source-and-use-of-funds statement of the annual report (¶27): in aggregate, cash basis.
#include "core/reports/annualreport.h"

#include "core/coretr.h"
#include "core/domain/regions.h"
#include "core/services/balanceservice.h"
#include "core/repositories/annualreportrepository.h"
#include "core/services/fundsettingsservice.h"

#include <QMap>

namespace FundDesk::Core {

namespace {

// Adds or subtracts into a running total; the first overflow is kept as the error.
class Tally
{
public:
    void add(const Money &value) { apply(value.add(m_total)); }
    void subtract(const Money &value) { apply(m_total.subtract(value)); }
    const Money &total() const { return m_total; }
    const std::optional<Error> &error() const { return m_error; }

private:
    void apply(const Result<Money> &result)
    {
        if (result) {
            m_total = *result;
        } else if (!m_error) {
            m_error = result.error();
        }
    }
    Money m_total = Money::usd(0);
    std::optional<Error> m_error;
};

QList<ReportCell> row(const QString &label, const Money &value)
{
    return {ReportCell::ofText(label), ReportCell::ofMoney(value)};
}

} // namespace

Result<ReportSection> AnnualReport::funds(int year) const
{
    const BalanceService balances(m_db);
    const auto before = balances.balance(year - 1);
    const auto now = balances.balance(year);
    const auto paid = AnnualReportRepository(m_db).disbursed(year);
    const auto settings = FundSettingsService(m_db).load();
    if (!before || !now || !paid || !settings) {
        return !before ? before.error()
                       : (!now ? now.error() : (!paid ? paid.error() : settings.error()));
    }
    Tally opening;
    opening.add(before->received);
    opening.subtract(before->disbursed);
    opening.subtract(before->staffCosts);

    Tally sponsorships;
    Tally activities;
    QMap<Region, Tally> byRegion;
    for (const AnnualDisbursed &group : *paid) {
        const Money usd = Money::usd(group.usdMinor);
        (group.kind == WorkflowItemKind::Sponsorship ? sponsorships : activities).add(usd);
        byRegion[group.region].add(usd);
    }
    Tally disbursed;
    disbursed.add(sponsorships.total());
    disbursed.add(activities.total());
    Tally staff;
    staff.add(now->staffCosts);
    staff.subtract(before->staffCosts);

    Tally closing;
    closing.add(opening.total());
    closing.add(now->receivedInYear);
    closing.subtract(disbursed.total());
    closing.subtract(staff.total());
    for (const Tally *tally : {&opening, &sponsorships, &activities, &disbursed, &staff, &closing}) {
        if (tally->error()) {
            return *tally->error();
        }
    }

    DocumentTable statement;
    statement.key = QStringLiteral("source_and_use_of_funds");
    statement.header = {Tr::tr("Line"), Tr::tr("USD")};
    statement.rows << row(Tr::tr("Opening balance, 1 January"), opening.total())
                   << row(Tr::tr("Contributions received"), now->receivedInYear)
                   //: income other than contributions, such as interest; none is recorded
                   << row(Tr::tr("Other income"), Money::usd(0))
                   << row(Tr::tr("Disbursed for sponsorships of delegates"), sponsorships.total())
                   << row(Tr::tr("Disbursed for capacity-building activities"), activities.total());
    if (settings->staffCharging == StaffCostCharging::Contributions) {
        statement.rows << row(Tr::tr("Staff costs charged to contributions (¶15)"), staff.total());
    }
    statement.rows << row(Tr::tr("Closing balance, 31 December"), closing.total());
    statement.lastRowIsTotal = true;

    DocumentTable regions;
    regions.key = QStringLiteral("disbursements_by_region");
    regions.header = {Tr::tr("Region"), Tr::tr("Disbursed (USD)")};
    ReportChart chart;
    chart.title = Tr::tr("Disbursements by region (USD)");
    for (const Region region : allRegions()) {
        const Money value = byRegion.value(region).total();
        regions.rows << row(regionDisplayName(region), value);
        chart.bars << ReportLine{regionDisplayName(region), ReportCell::ofMoney(value)};
    }
    regions.rows << row(Tr::tr("Total"), disbursed.total());
    regions.lastRowIsTotal = true;

    ReportSection section;
    section.title = Tr::tr("Source and use of funds");
    section.paragraph(settings->staffCharging == StaffCostCharging::Contributions
                          ? Tr::tr("In aggregate, in USD. The fund's two posts are charged to "
                                   "voluntary contributions (¶15).")
                          : Tr::tr("In aggregate, in USD. The fund's two posts are paid from the "
                                   "regular budget, so contributions went only to sponsorships "
                                   "and activities (¶15)."));
    section.table(statement);
    section.table(regions);
    section.chart(chart);
    return section;
}

} // namespace FundDesk::Core
