#include "core/reports/annualreport.h"

#include "core/coretr.h"
#include "core/reports/publiccontributions.h"
#include "core/services/activityservice.h"
#include "core/services/commitmentservice.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "core/services/sponsorshipservice.h"

#include <QHash>

namespace FundDesk::Core {

namespace {

bool isFunded(ApplicationStatus status)
{
    return status == ApplicationStatus::Approved || status == ApplicationStatus::Active
           || status == ApplicationStatus::Completed;
}

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
    const auto all = ContributionService(m_db).all();
    const auto donors = DonorService(m_db, m_reference).all();
    if (!all || !donors) {
        return !all ? all.error() : donors.error();
    }
    const auto list = PublicContributions::compute(year, *all, *donors, m_reference, m_language);
    if (!list) {
        return list.error();
    }
    ReportSection section;
    section.title = Tr::tr("Contributions received");
    section.paragraph(Tr::tr("Contributions received in the year, by donor. Donors who asked "
                             "for anonymity are shown as such; those who asked not to be "
                             "published are counted only in one aggregate line (¶17)."));
    const DocumentTable table = list->table();
    section.table(table);
    section.chart(chartOf(Tr::tr("Contributions by donor (USD)"), table, 0, 2));
    return section;
}

Result<ReportSection> AnnualReport::sponsorships(int year) const
{
    const auto meetings = MeetingService(m_db).all();
    const auto all = SponsorshipService(m_db, m_reference).list();
    if (!meetings || !all) {
        return !meetings ? meetings.error() : all.error();
    }
    QHash<qint64, int> meetingYear;
    for (const Meeting &meeting : *meetings) {
        meetingYear.insert(meeting.id.value(), meeting.start.year());
    }
    int count = 0;
    int women = 0;
    QHash<Region, int> byRegion;
    QHash<PriorityGroup, int> byGroup;
    for (const SponsorshipApplication &application : *all) {
        if (!isFunded(application.status)
            || meetingYear.value(application.meetingId.value()) != year) {
            continue;
        }
        ++count;
        women += application.gender == Gender::Woman ? 1 : 0;
        if (const auto region = m_reference.region(application.stateIso3)) {
            ++byRegion[*region];
        }
        const PriorityGroups groups = m_reference.priorityGroups(application.stateIso3);
        for (const PriorityGroup group : allPriorityGroups()) {
            byGroup[group] += groups.testFlag(group) ? 1 : 0;
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

Result<ReportSection> AnnualReport::activities(int year) const
{
    const auto all = ActivityService(m_db, m_reference).all();
    if (!all) {
        return all.error();
    }
    const CommitmentService commitments(m_db);
    DocumentTable table;
    table.key = QStringLiteral("activities");
    table.header = {Tr::tr("Reference"), Tr::tr("Activity"), Tr::tr("States"),
                    Tr::tr("Status"), Tr::tr("Approved (USD)"), Tr::tr("Results")};
    Money total = Money::usd(0);
    for (const ActivityApplication &activity : *all) {
        if (!isFunded(activity.status) || activity.start.year() > year
            || activity.end.year() < year) {
            continue;
        }
        const auto commitment = commitments.commitment(WorkflowItem::activity(activity.id.value()));
        if (!commitment) {
            return commitment.error();
        }
        const auto requested = activity.requestedTotal();
        const Money approved = *commitment ? (*commitment)->amount
                                           : (requested ? *requested : Money::usd(0));
        const auto sum = total.add(approved);
        if (!sum) {
            return sum.error();
        }
        total = *sum;
        QStringList states;
        for (const QString &iso3 : activity.participatingStates()) {
            const QString name = m_reference.name(iso3, m_language);
            states << (name.isEmpty() ? iso3 : name);
        }
        table.rows << QList<ReportCell>{
            ReportCell::ofText(activity.reference), ReportCell::ofText(activity.title),
            ReportCell::ofText(states.join(QStringLiteral(", "))),
            ReportCell::ofText(applicationStatusDisplayName(activity.status)),
            ReportCell::ofMoney(approved), ReportCell::ofText(activity.results)};
    }
    table.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")), ReportCell::ofText({}),
                                    ReportCell::ofText({}), ReportCell::ofText({}),
                                    ReportCell::ofMoney(total), ReportCell::ofText({})};
    table.lastRowIsTotal = true;
    ReportSection section;
    section.title = Tr::tr("Capacity-building activities funded and their results");
    section.table(table);
    return section;
}

} // namespace FundDesk::Core
