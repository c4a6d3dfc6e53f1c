#include "core/reports/dashboardcatalog.h"

#include "core/coretr.h"
#include "core/reports/applicationpipelinereport.h"
#include "core/reports/contributionsbydonorkindreport.h"
#include "core/reports/contributionsbydonorreport.h"
#include "core/reports/focusareafundingreport.h"
#include "core/reports/fundsizebymonthreport.h"
#include "core/reports/fundsizebyyearreport.h"
#include "core/reports/keyfiguresreport.h"
#include "core/reports/prioritydelegatesreport.h"
#include "core/reports/purchasingpowerreport.h"
#include "core/reports/spendingbyregionreport.h"
#include "core/reports/womensharereport.h"

namespace FundDesk::Core {

QList<DashboardChart> DashboardCatalog::charts()
{
    using Grouping = SpendingByRegionReport::Grouping;
    return {
        {QStringLiteral("key-figures"), [] { return Tr::tr("Key figures of the year (¶16)"); },
         KeyFiguresReport::build},
        {QStringLiteral("fund-size-by-month"),
         [] { return Tr::tr("Fund size month by month against USD 2M / 5M and the threshold"); },
         FundSizeByMonthReport::build},
        {QStringLiteral("fund-size-by-year"),
         [] { return Tr::tr("Fund size year by year against USD 2M / 5M and the threshold"); },
         FundSizeByYearReport::build},
        {QStringLiteral("what-money-buys"),
         [] { return Tr::tr("Seats, activities and months the money buys, beside ¶20"); },
         PurchasingPowerReport::build},
        {QStringLiteral("spending-by-region"),
         [] { return Tr::tr("Disbursements and commitments by M49 region"); },
         [](const ReportInput &input) {
             return SpendingByRegionReport::build(input, Grouping::Region);
         }},
        {QStringLiteral("spending-by-group"),
         [] { return Tr::tr("Disbursements and commitments by UN regional group"); },
         [](const ReportInput &input) {
             return SpendingByRegionReport::build(input, Grouping::RegionalGroup);
         }},
        {QStringLiteral("contributions-by-donor-kind"),
         [] { return Tr::tr("Receipts and pledges by kind of donor"); },
         ContributionsByDonorKindReport::build},
        {QStringLiteral("contributions-by-donor"),
         [] { return Tr::tr("Receipts and pledges by donor"); }, ContributionsByDonorReport::build},
        {QStringLiteral("women-by-meeting"),
         [] { return Tr::tr("Share of women among sponsored delegates, per meeting"); },
         WomenShareReport::build},
        {QStringLiteral("applications-by-status"),
         [] { return Tr::tr("Sponsorship and activity applications by status"); },
         ApplicationPipelineReport::build},
        {QStringLiteral("funding-by-focus-area"),
         [] { return Tr::tr("Activity funding by ¶26 focus area"); },
         FocusAreaFundingReport::build},
        {QStringLiteral("priority-delegates"),
         [] { return Tr::tr("Sponsored delegates from LDC, LLDC and SIDS"); },
         PriorityDelegatesReport::build},
    };
}

std::optional<DashboardChart> DashboardCatalog::find(const QString &name)
{
    for (const DashboardChart &chart : charts()) {
        if (chart.name == name) {
            return chart;
        }
    }
    return std::nullopt;
}

} // namespace FundDesk::Core
