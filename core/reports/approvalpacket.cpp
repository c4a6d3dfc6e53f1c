#include "core/reports/approvalpacket.h"

#include "core/coretr.h"
#include "core/reports/activitypacket.h"
#include "core/reports/sponsorshippacket.h"
#include "core/services/activityservice.h"
#include "core/services/meetingservice.h"
#include "core/services/sponsorshipservice.h"

namespace FundDesk::Core {

namespace {

const QLatin1String sponsorshipPrefix("SP-");

bool isSlate(ApplicationStatus status)
{
    return status == ApplicationStatus::Recommended || status == ApplicationStatus::Approved
           || status == ApplicationStatus::Active || status == ApplicationStatus::Completed;
}

} // namespace

ApprovalPacket::ApprovalPacket(QSqlDatabase db, const ReferenceDataService &reference,
                               Language language, QDateTime now)
    : m_db(std::move(db)), m_reference(reference), m_language(language), m_now(std::move(now))
{}

QString ApprovalPacket::sponsorshipReference(qint64 id)
{
    return sponsorshipPrefix + QString::number(id);
}

Result<WorkflowItem> ApprovalPacket::findItem(const QString &reference) const
{
    const QString wanted = reference.trimmed();
    if (wanted.startsWith(sponsorshipPrefix, Qt::CaseInsensitive)) {
        bool ok = false;
        const qint64 id = wanted.mid(sponsorshipPrefix.size()).toLongLong(&ok);
        if (ok && id > 0) {
            return WorkflowItem::sponsorship(id);
        }
    }
    const auto activities = ActivityService(m_db, m_reference).all();
    if (!activities) {
        return activities.error();
    }
    for (const ActivityApplication &activity : *activities) {
        if (activity.reference.compare(wanted, Qt::CaseInsensitive) == 0) {
            return WorkflowItem::activity(activity.id.value());
        }
    }
    return makeError(ErrorCode::NotFound,
                     Tr::tr("No activity or sponsorship has the reference “%1”. Give an "
                            "activity's reference such as CB-2026-014, or SP- and a "
                            "sponsorship's number such as SP-12.")
                         .arg(wanted),
                     {}, QStringLiteral("item"));
}

Result<ReportDocument> ApprovalPacket::forItem(const QString &reference) const
{
    const auto item = findItem(reference);
    if (!item) {
        return item.error();
    }
    return forItem(*item);
}

Result<ReportDocument> ApprovalPacket::forItem(const WorkflowItem &item) const
{
    const PacketParts parts(m_db, m_reference, m_language, m_now);
    ReportDocument document;
    QString canonical;
    if (item.kind == WorkflowItemKind::Activity) {
        const auto application = ActivityService(m_db, m_reference).find(ActivityId(item.id));
        if (!application) {
            return application.error();
        }
        const ActivityPacket packet(parts);
        const auto sections = packet.sections(*application);
        const auto record = packet.canonical(*application);
        if (!sections || !record) {
            return !sections ? sections.error() : record.error();
        }
        document.sections = *sections;
        canonical = *record;
        //: %1 an activity's reference
        document.subtitle = Tr::tr("Approval packet: activity %1").arg(application->reference);
        document.cover = {{Tr::tr("Item"), ReportCell::ofText(application->reference)},
                          {Tr::tr("Title"), ReportCell::ofText(application->title)}};
    } else {
        const auto application = SponsorshipService(m_db, m_reference).find(SponsorshipId(item.id));
        if (!application) {
            return application.error();
        }
        const auto meeting = MeetingService(m_db).find(application->meetingId);
        if (!meeting) {
            return meeting.error();
        }
        const SponsorshipPacket packet(parts);
        const auto sections = packet.sections(*application, *meeting);
        const auto record = packet.canonical(*application, *meeting);
        if (!sections || !record) {
            return !sections ? sections.error() : record.error();
        }
        document.sections = *sections;
        canonical = *record;
        const QString reference = sponsorshipReference(item.id);
        //: %1 a sponsorship's reference such as SP-12
        document.subtitle = Tr::tr("Approval packet: sponsorship %1").arg(reference);
        document.cover = {{Tr::tr("Item"), ReportCell::ofText(reference)},
                          {Tr::tr("Applicant"), ReportCell::ofText(application->applicantName)}};
    }
    document.cover << ReportLine{Tr::tr("Date"), ReportCell::ofDate(m_now.date())};
    parts.finish(document, canonical);
    return document;
}

Result<ReportDocument> ApprovalPacket::forMeeting(const QString &meetingReference) const
{
    const auto meeting = MeetingService(m_db).findByReference(meetingReference.trimmed());
    if (!meeting) {
        return meeting.error();
    }
    SponsorshipQuery query;
    query.meeting = meeting->id;
    const auto all = SponsorshipService(m_db, m_reference).list(query);
    if (!all) {
        return all.error();
    }
    const PacketParts parts(m_db, m_reference, m_language, m_now);
    const SponsorshipPacket packet(parts);
    ReportDocument document;
    DocumentTable summary;
    summary.key = QStringLiteral("slate");
    summary.header = {Tr::tr("Item"), Tr::tr("Applicant"), Tr::tr("State"), Tr::tr("Gender"),
                      Tr::tr("Status"), Tr::tr("Cost")};
    Money total = Money::usd(0);
    QString canonical = QStringLiteral("meeting=%1\n").arg(meeting->reference);
    QList<ReportSection> delegates;
    for (const SponsorshipApplication &application : *all) {
        if (!isSlate(application.status)) {
            continue;
        }
        const auto sections = packet.sections(application, *meeting);
        const auto record = packet.canonical(application, *meeting);
        const auto sum = total.add(application.cost());
        if (!sections || !record || !sum) {
            return !sections ? sections.error() : (!record ? record.error() : sum.error());
        }
        total = *sum;
        canonical += *record;
        const QString reference = sponsorshipReference(application.id.value());
        summary.rows << QList<ReportCell>{
            ReportCell::ofText(reference), ReportCell::ofText(application.applicantName),
            ReportCell::ofText(parts.stateName(application.stateIso3)),
            ReportCell::ofText(application.gender ? genderDisplayName(*application.gender)
                                                  : QString()),
            ReportCell::ofText(applicationStatusDisplayName(application.status)),
            ReportCell::ofMoney(application.cost())};
        ReportSection heading;
        //: %1 sponsorship reference, %2 delegate's name, %3 State
        heading.title = Tr::tr("%1 — %2, %3")
                            .arg(reference, application.applicantName,
                                 parts.stateName(application.stateIso3));
        heading.startsPage = true;
        delegates << heading;
        for (ReportSection section : *sections) {
            section.level = 2;
            delegates << section;
        }
    }
    const int count = int(summary.rows.size());
    summary.rows << QList<ReportCell>{ReportCell::ofText(Tr::tr("Total")), ReportCell::ofText({}),
                                      ReportCell::ofText({}), ReportCell::ofText({}),
                                      ReportCell::ofText({}), ReportCell::ofMoney(total)};
    summary.lastRowIsTotal = true;
    ReportSection overview;
    overview.title = Tr::tr("The slate");
    overview.paragraph(Tr::tr("%n delegate(s) recommended or approved for this meeting.", "", count));
    overview.table(summary);
    document.sections << overview << delegates;
    //: %1 a meeting's reference
    document.subtitle = Tr::tr("Approval packet: slate for %1").arg(meeting->reference);
    document.cover = {{Tr::tr("Meeting"), ReportCell::ofText(Tr::tr("%1 — %2, %3")
                                                                 .arg(meeting->reference,
                                                                      meeting->name, meeting->city))},
                      {Tr::tr("First day"), ReportCell::ofDate(meeting->start)},
                      {Tr::tr("Delegates"), ReportCell::ofInteger(count)},
                      {Tr::tr("Date"), ReportCell::ofDate(m_now.date())}};
    parts.finish(document, canonical);
    return document;
}

} // namespace FundDesk::Core
