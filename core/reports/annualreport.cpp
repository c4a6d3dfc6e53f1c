#include "core/reports/annualreport.h"

#include "core/coretr.h"
#include "core/reports/publicdonorlines.h"
#include "core/repositories/annualreportrepository.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataservice.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace FundDesk::Core {

namespace {

// The contributions table names this many donor lines at most; a fund with thousands of
// donors a year would otherwise print pages of small gifts. The rest are one line.
constexpr qsizetype kMostDonorLines = 200;

struct DonorLinesCapped
{
    QList<PublicContributionLine> listed; // in the order given
    int otherDonors = 0;
    qint64 otherContributions = 0;
    Money otherUsd = Money::usd(0);
};

// Keeps the largest kMostDonorLines lines in their order and adds up the rest. The parts of
// the table's total always fit in a Money.
DonorLinesCapped capDonorLines(const QList<PublicContributionLine> &lines)
{
    DonorLinesCapped capped;
    if (lines.size() <= kMostDonorLines) {
        capped.listed = lines;
        return capped;
    }
    QList<qsizetype> bySize(lines.size());
    std::iota(bySize.begin(), bySize.end(), 0);
    std::stable_sort(bySize.begin(), bySize.end(), [&](qsizetype a, qsizetype b) {
        return lines.at(a).usd.minor() > lines.at(b).usd.minor();
    });
    QList<bool> listed(lines.size(), false);
    for (qsizetype i = 0; i < kMostDonorLines; ++i) {
        listed[bySize.at(i)] = true;
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (listed.at(i)) {
            capped.listed << lines.at(i);
            continue;
        }
        ++capped.otherDonors;
        capped.otherContributions += lines.at(i).contributions;
        if (const auto sum = capped.otherUsd.add(lines.at(i).usd)) {
            capped.otherUsd = *sum;
        }
    }
    return capped;
}

// A chart keeps this many bars; the rest go into one. A bar per donor of a large fund made a
// chart taller than a page, and slow to draw.
constexpr qsizetype kMostChartBars = 12;

ReportChart chartOf(const QString &title, const DocumentTable &table, int labelColumn,
                    int valueColumn)
{
    ReportChart chart;
    chart.title = title;
    const qsizetype rows = table.rows.size() - (table.lastRowIsTotal ? 1 : 0);
    for (qsizetype i = 0; i < rows; ++i) {
        chart.bars << ReportLine{table.rows.at(i).at(labelColumn).display(QLocale::c()),
                                 table.rows.at(i).at(valueColumn)};
    }
    if (chart.bars.size() <= kMostChartBars) {
        return chart;
    }
    std::stable_sort(chart.bars.begin(), chart.bars.end(), [](const auto &a, const auto &b) {
        return a.value.money.minor() > b.value.money.minor();
    });
    Money rest = Money::usd(0);
    for (qsizetype i = kMostChartBars - 1; i < chart.bars.size(); ++i) {
        // The table's total fits in a Money, so any part of it does.
        if (const auto sum = rest.add(chart.bars.at(i).value.money)) {
            rest = *sum;
        }
    }
    chart.bars.resize(kMostChartBars - 1);
    //: the last bar of a chart that shows only the largest donors
    chart.bars << ReportLine{Tr::tr("All other donors"), ReportCell::ofMoney(rest)};
    return chart;
}

} // namespace

AnnualReport::AnnualReport(QSqlDatabase db, const ReferenceDataService &reference,
                           Language language, QDateTime now)
    : m_db(std::move(db)), m_reference(reference), m_language(language), m_now(std::move(now))
{}

Result<ReportDocument> AnnualReport::build(int year) const
{
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    ReportDocument document;
    document.language = m_language;
    document.title = settings->name.isEmpty()
                         ? Tr::tr("UN Voluntary Fund for ICT-security capacity building")
                         : settings->name;
    //: %1 a year
    document.subtitle = Tr::tr("Annual report to donors, %1 (¶27)").arg(year);
    document.cover = {{Tr::tr("Year"), ReportCell::ofYear(year)},
                      {Tr::tr("Date"), ReportCell::ofDate(m_now.date())}};
    const auto parts = {contributions(year), sponsorships(year), activities(year), funds(year)};
    for (const auto &part : parts) {
        if (!part) {
            return part.error();
        }
        document.sections << *part;
    }
    document.pageTemplate = Tr::tr("Page %1 of %2");
    document.madeAt = m_now;
    QString canonical;
    for (const DocumentTable &table : document.tables()) {
        canonical += QString::fromUtf8(CsvWriter::toBytes(table.toCsv()));
    }
    document.checksum = recordChecksum(canonical);
    document.footer = Tr::tr("Made %1 UTC · record SHA-256 %2")
                          .arg(m_now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               document.checksum);
    return document;
}

Result<ReportSection> AnnualReport::contributions(int year) const
{
    const auto receipts = AnnualReportRepository(m_db).receiptsByDonor(year);
    if (!receipts) {
        return receipts.error();
    }
    // ¶17 through the public list's own rule and ordering: the SQL only groups the receipts.
    PublicDonorLines donorLines;
    for (const AnnualDonorReceipts &receipt : *receipts) {
        const QString name = publicShowing(receipt.publication) == PublicShowing::ByName
                                 ? publicDonorName(receipt.donorName, receipt.donorStateIso3,
                                                   m_reference, m_language)
                                 : QString();
        if (auto added = donorLines.add(receipt.donorId, name, receipt.publication,
                                        receipt.contributions, Money::usd(receipt.usdMinor));
            !added) {
            return added.error();
        }
    }
    const int withheldCount = donorLines.withheldCount();
    const DonorLinesCapped capped = capDonorLines(donorLines.lines(m_language));

    DocumentTable table;
    table.key = QStringLiteral("contributions");
    table.header = {Tr::tr("Donor"), Tr::tr("Contributions"), Tr::tr("Amount (USD)")};
    qint64 count = withheldCount;
    for (const PublicContributionLine &line : capped.listed) {
        table.rows << QList<ReportCell>{ReportCell::ofText(line.donor),
                                        ReportCell::ofInteger(line.contributions),
                                        ReportCell::ofMoney(line.usd)};
        count += line.contributions;
    }
    if (capped.otherDonors > 0) {
        table.rows << QList<ReportCell>{
            //: one line adding up the smaller donors of a long list; %n donors
            ReportCell::ofText(Tr::tr("%n other donors", nullptr, capped.otherDonors)),
            ReportCell::ofInteger(capped.otherContributions), ReportCell::ofMoney(capped.otherUsd)};
        count += capped.otherContributions;
    }
    if (withheldCount > 0) {
        table.rows << QList<ReportCell>{
            //: one line adding up the contributions whose donors asked not to be published
            ReportCell::ofText(Tr::tr("Other donors, not published at their request")),
            ReportCell::ofInteger(withheldCount), ReportCell::ofMoney(donorLines.withheldUsd())};
    }
    table.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")),
                                    ReportCell::ofInteger(count),
                                    ReportCell::ofMoney(donorLines.totalUsd())};
    table.lastRowIsTotal = true;

    ReportSection section;
    section.title = Tr::tr("Contributions received");
    section.paragraph(Tr::tr("Contributions received in the year, by donor. Donors who asked "
                             "for anonymity are shown as such; those who asked not to be "
                             "published are counted only in one aggregate line (¶17)."));
    section.table(table);
    section.chart(chartOf(Tr::tr("Contributions by donor (USD)"), table, 0, 2));
    return section;
}

Result<ReportSection> AnnualReport::sponsorships(int year) const
{
    const auto delegates = AnnualReportRepository(m_db).sponsoredDelegates(year);
    if (!delegates) {
        return delegates.error();
    }
    int count = 0;
    int women = 0;
    QHash<Region, int> byRegion;
    QHash<PriorityGroup, int> byGroup;
    for (const AnnualSponsoredDelegates &group : *delegates) {
        count += group.delegates;
        women += group.gender == Gender::Woman ? group.delegates : 0;
        if (const auto region = m_reference.region(group.stateIso3)) {
            byRegion[*region] += group.delegates;
        }
        const PriorityGroups groups = m_reference.priorityGroups(group.stateIso3);
        for (const PriorityGroup priority : allPriorityGroups()) {
            byGroup[priority] += groups.testFlag(priority) ? group.delegates : 0;
        }
    }
    ReportSection section;
    section.title = Tr::tr("Sponsorship of representatives and experts");
    section.lines({
        {Tr::tr("Delegates sponsored"), ReportCell::ofInteger(count)},
        {Tr::tr("Of whom women"), ReportCell::ofInteger(women)},
        {Tr::tr("Share of women"), ReportCell::ofShare(women, count)},
    });
    DocumentTable regions;
    regions.key = QStringLiteral("sponsorships_by_region");
    regions.header = {Tr::tr("Region"), Tr::tr("Delegates"), Tr::tr("Share")};
    for (const Region region : allRegions()) {
        regions.rows << QList<ReportCell>{ReportCell::ofText(regionDisplayName(region)),
                                          ReportCell::ofInteger(byRegion.value(region)),
                                          ReportCell::ofShare(byRegion.value(region), count)};
    }
    section.table(regions);
    DocumentTable groups;
    groups.key = QStringLiteral("sponsorships_by_priority_group");
    groups.header = {Tr::tr("Priority group (¶22)"), Tr::tr("Delegates"), Tr::tr("Share")};
    for (const PriorityGroup group : allPriorityGroups()) {
        groups.rows << QList<ReportCell>{ReportCell::ofText(priorityGroupDisplayName(group)),
                                         ReportCell::ofInteger(byGroup.value(group)),
                                         ReportCell::ofShare(byGroup.value(group), count)};
    }
    section.table(groups);
    return section;
}

} // namespace FundDesk::Core
