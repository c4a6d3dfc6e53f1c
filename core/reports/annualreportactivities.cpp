// The activities section of the annual report (¶27): the activities with money in the year,
// at most kMostAnnualActivityLines of them by name, and the whole set by focus area and region.
#include "core/reports/annualreport.h"

#include "core/coretr.h"
#include "core/domain/applicationstatus.h"
#include "core/domain/focusarea.h"
#include "core/domain/regions.h"
#include "core/repositories/annualreportrepository.h"
#include "core/services/referencedataservice.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace FundDesk::Core {

namespace {

// A fund of scale 100 funds thousands of activities a year; the largest by what was paid in
// the year are named, the rest are one line (the lead's decision on issue 8).
constexpr qsizetype kMostAnnualActivityLines = 40;

// Counts and sums of one focus area or region.
struct AnnualActivityTally
{
    int activities = 0;
    qint64 approvedMinor = 0;
    qint64 disbursedMinor = 0;
};

// Money's checked addition: a corrupt amount fails here instead of wrapping around.
Result<void> annualActivityAdd(qint64 &sum, qint64 value)
{
    const auto total = Money::usd(sum).add(Money::usd(value));
    if (!total) {
        return total.error();
    }
    sum = total->minor();
    return {};
}

Result<void> annualActivityCount(AnnualActivityTally &tally, const AnnualActivity &activity)
{
    ++tally.activities;
    if (auto done = annualActivityAdd(tally.approvedMinor, activity.approvedMinor); !done) {
        return done;
    }
    return annualActivityAdd(tally.disbursedMinor, activity.disbursedMinor);
}

QList<ReportCell> annualActivityTallyRow(const QString &label, const AnnualActivityTally &tally)
{
    return {ReportCell::ofText(label), ReportCell::ofInteger(tally.activities),
            ReportCell::ofMoney(Money::usd(tally.approvedMinor)),
            ReportCell::ofMoney(Money::usd(tally.disbursedMinor))};
}

QStringList annualActivityTallyHeader(const QString &first)
{
    return {first, Tr::tr("Activities"), Tr::tr("Approved (USD)"),
            Tr::tr("Disbursed in the year (USD)")};
}

} // namespace

Result<ReportSection> AnnualReport::activities(int year) const
{
    const AnnualReportRepository repository(m_db);
    const auto all = repository.activities(year);
    if (!all) {
        return all.error();
    }
    // The largest by amount disbursed in the year are named, in reference order.
    QSet<qint64> named;
    {
        QList<const AnnualActivity *> bySize;
        for (const AnnualActivity &activity : *all) {
            bySize << &activity;
        }
        std::stable_sort(bySize.begin(), bySize.end(), [](const auto *a, const auto *b) {
            return a->disbursedMinor > b->disbursedMinor;
        });
        for (qsizetype i = 0; i < std::min(kMostAnnualActivityLines, bySize.size()); ++i) {
            named.insert(bySize.at(i)->id);
        }
    }
    const auto coApplicants = repository.coApplicants(named.values());
    if (!coApplicants) {
        return coApplicants.error();
    }

    DocumentTable table;
    table.key = QStringLiteral("activities");
    table.header = {Tr::tr("Reference"), Tr::tr("Activity"), Tr::tr("States"),
                    Tr::tr("Status"), Tr::tr("Approved (USD)"), Tr::tr("Results")};
    AnnualActivityTally total;
    AnnualActivityTally others;
    QHash<FocusArea, AnnualActivityTally> byArea;
    QHash<Region, AnnualActivityTally> byRegion;
    for (const AnnualActivity &activity : *all) {
        if (auto done = annualActivityCount(total, activity); !done) {
            return done.error();
        }
        for (const QString &key : activity.focusAreaKeys) {
            if (const auto area = focusAreaFromKey(key)) {
                if (auto done = annualActivityCount(byArea[*area], activity); !done) {
                    return done.error();
                }
            }
        }
        if (const auto region = regionFromKey(activity.regionKey)) {
            if (auto done = annualActivityCount(byRegion[*region], activity); !done) {
                return done.error();
            }
        }
        if (!named.contains(activity.id)) {
            if (auto done = annualActivityCount(others, activity); !done) {
                return done.error();
            }
            continue;
        }
        QStringList states;
        for (const QString &iso3 : QStringList{activity.applicantIso3}
                                       + coApplicants->value(activity.id)) {
            const QString name = m_reference.name(iso3, m_language);
            const QString shown = name.isEmpty() ? iso3 : name;
            if (!states.contains(shown)) {
                states << shown;
            }
        }
        const auto status = applicationStatusFromKey(activity.statusKey);
        table.rows << QList<ReportCell>{
            ReportCell::ofText(activity.reference), ReportCell::ofText(activity.title),
            ReportCell::ofText(states.join(QStringLiteral(", "))),
            ReportCell::ofText(status ? applicationStatusDisplayName(*status) : activity.statusKey),
            ReportCell::ofMoney(Money::usd(activity.approvedMinor)),
            ReportCell::ofText(activity.results)};
    }
    if (others.activities > 0) {
        table.rows << QList<ReportCell>{
            //: one line adding up the activities a long annual report does not name; %n activities
            ReportCell::ofText(Tr::tr("%n other activities", nullptr, others.activities)),
            ReportCell::ofText({}), ReportCell::ofText({}), ReportCell::ofText({}),
            ReportCell::ofMoney(Money::usd(others.approvedMinor)), ReportCell::ofText({})};
    }
    table.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")), ReportCell::ofText({}),
                                    ReportCell::ofText({}), ReportCell::ofText({}),
                                    ReportCell::ofMoney(Money::usd(total.approvedMinor)),
                                    ReportCell::ofText({})};
    table.lastRowIsTotal = true;

    DocumentTable areas;
    areas.key = QStringLiteral("activities_by_focus_area");
    areas.header = annualActivityTallyHeader(Tr::tr("Focus area (¶26)"));
    for (const FocusArea area : allFocusAreas()) {
        areas.rows << annualActivityTallyRow(focusAreaDisplayName(area), byArea.value(area));
    }
    DocumentTable regions;
    regions.key = QStringLiteral("activities_by_region");
    regions.header = annualActivityTallyHeader(Tr::tr("Region of the applicant"));
    for (const Region region : allRegions()) {
        regions.rows << annualActivityTallyRow(regionDisplayName(region), byRegion.value(region));
    }
    regions.rows << annualActivityTallyRow(Tr::tr("Total"), total);
    regions.lastRowIsTotal = true;

    ReportSection section;
    section.title = Tr::tr("Capacity-building activities funded and their results");
    section.paragraph(Tr::tr("Activities approved, active or completed with an amount committed "
                             "or disbursed in the year. The largest by amount disbursed in the "
                             "year are listed by name."));
    section.table(table);
    section.paragraph(Tr::tr("The same activities by focus area and by the applicant's region. "
                             "An activity in several focus areas counts in each."));
    section.table(areas);
    section.table(regions);
    return section;
}

} // namespace FundDesk::Core
