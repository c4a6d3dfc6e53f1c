// CsvExporter's two application kinds, apart so each file keeps to a few kinds.
#include "core/io/csvexporter.h"

#include "core/services/activityservice.h"
#include "core/services/meetingservice.h"
#include "core/services/sponsorshipservice.h"

#include <QHash>

namespace FundDesk::Core {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// yes, no, or empty while the criterion of ¶21 is not assessed.
QString assessment(const SponsorshipApplication &application, EligibilityCriterion criterion)
{
    const std::optional<bool> met = application.criterion(criterion).met;
    return met ? yesNo(*met) : QString();
}

QString partnersText(const QList<ImplementingPartner> &partners)
{
    QStringList parts;
    for (const ImplementingPartner &partner : partners) {
        parts.append(partnerKindKey(partner.kind) + u':' + partner.name);
    }
    return parts.join(QStringLiteral("; "));
}

// "2026:50000.00 2027:25000.00": one year and amount per part of the request.
QString requestedText(const QList<YearlyAmount> &requested)
{
    QStringList parts;
    for (const YearlyAmount &part : requested) {
        parts.append(QString::number(part.year) + u':' + part.amount.toPlainString());
    }
    return parts.join(u' ');
}

QString focusAreasText(const QList<FocusArea> &areas)
{
    QStringList keys;
    for (const FocusArea area : areas) {
        keys.append(focusAreaKey(area));
    }
    return keys.join(u' ');
}

} // namespace

Result<CsvTable> CsvExporter::sponsorships() const
{
    const auto meetings = MeetingService(m_db).all();
    if (!meetings) {
        return meetings.error();
    }
    QHash<qint64, QString> references;
    for (const Meeting &meeting : *meetings) {
        references.insert(meeting.id.value(), meeting.reference);
    }
    const auto all = SponsorshipService(m_db, m_reference).list();
    if (!all) {
        return all.error();
    }
    CsvTable table{importColumns(ImportKind::Sponsorships), {}};
    table.rows.reserve(all->size());
    for (const SponsorshipApplication &application : *all) {
        table.rows.append(
            {references.value(application.meetingId.value()), application.applicantName,
             application.gender ? genderKey(*application.gender) : QString(), application.stateIso3,
             application.ministry, application.title, yesNo(application.capitalBased),
             application.contact, assessment(application, EligibilityCriterion::CapitalBasedOfficial),
             assessment(application, EligibilityCriterion::DirectExperience),
             assessment(application, EligibilityCriterion::AbleToTravel),
             assessment(application, EligibilityCriterion::AttendsAllMeetings),
             assessment(application, EligibilityCriterion::SharesReport),
             yesNo(application.nominatingLetterReceived),
             application.costOverride ? application.costOverride->toPlainString() : QString(),
             application.overrideReason, application.notes});
    }
    return table;
}

Result<CsvTable> CsvExporter::activities() const
{
    const auto all = ActivityService(m_db, m_reference).all();
    if (!all) {
        return all.error();
    }
    CsvTable table{importColumns(ImportKind::Activities), {}};
    table.rows.reserve(all->size());
    for (const ActivityApplication &activity : *all) {
        table.rows.append({activity.reference, activity.applicantIso3,
                           activity.coApplicantIso3.join(u' '), partnersText(activity.partners),
                           activity.title, activity.summary,
                           activity.objectives, activity.expectedOutputs, activity.outcomes,
                           activity.start.toString(Qt::ISODate), activity.end.toString(Qt::ISODate),
                           requestedText(activity.requested), QStringLiteral("USD"),
                           activity.coFunding.toPlainString(),
                           activity.coFundingSource, activity.needsAssessment,
                           activity.needsDocument, focusAreasText(activity.focusAreas)});
    }
    return table;
}

} // namespace FundDesk::Core
