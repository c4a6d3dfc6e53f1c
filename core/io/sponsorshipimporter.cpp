#include "core/io/sponsorshipimporter.h"

#include "core/coretr.h"
#include "core/io/importerrors.h"
#include "core/io/importkind.h"
#include "core/io/importrow.h"
#include "core/repositories/meetingrepository.h"
#include "core/repositories/sponsorshiprepository.h"
#include "core/services/inputchecks.h"
#include "core/services/sponsorshipservice.h"

#include <utility>

namespace FundDesk::Core {

namespace {

enum SponsorshipColumn {
    SpMeeting,
    SpApplicantName,
    SpGender,
    SpState,
    SpMinistry,
    SpTitle,
    SpCapitalBased,
    SpContact,
    SpCriterionA, // … SpCriterionA + 4 is criterion_e
    SpNominatingLetter = SpCriterionA + 5,
    SpCostOverride,
    SpOverrideReason,
    SpNotes
};

QString sponsorshipKey(MeetingId meeting, const QString &state, const QString &name)
{
    return QString::number(meeting.value()) + u'|' + state + u'|' +
           name.simplified().toCaseFolded();
}

QStringList genderKeys()
{
    QStringList keys;
    for (const Gender gender : allGenders()) {
        keys.append(genderKey(gender));
    }
    return keys;
}

} // namespace

SponsorshipImporter::SponsorshipImporter(QSqlDatabase db, ReferenceDataService reference)
    : m_db(std::move(db)), m_reference(std::move(reference))
{}

Result<void> SponsorshipImporter::load()
{
    const auto meetings = MeetingRepository(m_db).all();
    if (!meetings) {
        return meetings.error();
    }
    for (const Meeting &meeting : *meetings) {
        m_meetings.insert(meeting.reference.toCaseFolded(), meeting);
    }
    const auto stored = SponsorshipRepository(m_db).list();
    if (!stored) {
        return stored.error();
    }
    m_storedKeys.reserve(stored->size());
    for (const SponsorshipApplication &application : *stored) {
        m_storedKeys.insert(sponsorshipKey(application.meetingId, application.stateIso3,
                                           application.applicantName));
    }
    return {};
}

bool SponsorshipImporter::analyse(const CsvDocument &document, const QList<int> &indexes,
                                  ImportIssues &issues, const ImportProgress &progress)
{
    m_planned.clear();
    m_fileKeys.clear();
    return forEachRow(ImportKind::Sponsorships, document, indexes, issues, progress,
                      [this](ImportRow &row) { readRow(row); });
}

void SponsorshipImporter::readRow(ImportRow &row)
{
    SponsorshipApplication application;
    const QString meetingReference = row.required(SpMeeting);
    if (!meetingReference.isEmpty()) {
        const auto found = m_meetings.constFind(meetingReference.toCaseFolded());
        if (found == m_meetings.cend()) {
            //: %1 is a meeting reference such as PM-2026-1
            row.fail(SpMeeting, Tr::tr("The fund has no meeting with the reference “%1”. "
                                       "Correct the reference, or add the meeting first.")
                                    .arg(meetingReference));
        } else {
            application.meetingId = found->id;
        }
    }
    application.applicantName = row.required(SpApplicantName);
    row.limited(SpApplicantName, InputChecks::kMaxShortText);
    if (const auto gender = row.key(SpGender, genderKeys())) {
        application.gender = genderFromKey(*gender);
    }
    if (const auto state = row.country(SpState, m_reference, false)) {
        application.stateIso3 = *state;
    }
    application.ministry = row.limited(SpMinistry, InputChecks::kMaxShortText);
    application.title = row.limited(SpTitle, InputChecks::kMaxShortText);
    if (const auto capital = row.yesNo(SpCapitalBased)) {
        application.capitalBased = *capital;
    }
    application.contact = row.limited(SpContact, InputChecks::kMaxShortText);
    readCriteria(row, application);
    if (const auto letter = row.yesNo(SpNominatingLetter)) {
        application.nominatingLetterReceived = *letter;
    }
    readCost(row, application);
    application.notes = row.limited(SpNotes, InputChecks::kMaxLongText);
    // Received applications: add() screens them against ¶21 (Eligible, Ineligible, or
    // Submitted while a criterion is unassessed).
    application.status = ApplicationStatus::Submitted;
    if (row.failed()) {
        return;
    }
    checkDuplicate(row, application);
    if (!row.failed()) {
        m_planned.append({std::move(application), row.line()});
    }
}

void SponsorshipImporter::readCriteria(ImportRow &row, SponsorshipApplication &application)
{
    const QList<EligibilityCriterion> criteria = allEligibilityCriteria();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        std::optional<bool> met;
        if (row.yesNoOrEmpty(SpCriterionA + int(i), met)) {
            application.criterion(criteria.at(i)).met = met;
        }
    }
}

void SponsorshipImporter::readCost(ImportRow &row, SponsorshipApplication &application)
{
    application.overrideReason = row.limited(SpOverrideReason, InputChecks::kMaxShortText);
    if (row.text(SpCostOverride).isEmpty()) {
        if (!application.overrideReason.isEmpty()) {
            row.fail(SpOverrideReason, Tr::tr("There is a reason but no cost_override. Write the "
                                              "cost in USD, or leave both columns empty to use "
                                              "the meeting's norms."));
        }
        return;
    }
    const auto cost = row.amount(SpCostOverride, QStringLiteral("USD"), true);
    if (!cost) {
        return;
    }
    if (application.overrideReason.isEmpty()) {
        row.fail(SpOverrideReason, Tr::tr("Say in override_reason why the cost differs from the "
                                          "meeting's norms, such as “airfare only”."));
        return;
    }
    application.costOverride = *cost;
}

void SponsorshipImporter::checkDuplicate(ImportRow &row, const SponsorshipApplication &application)
{
    const QString key =
        sponsorshipKey(application.meetingId, application.stateIso3, application.applicantName);
    if (const int line = m_fileKeys.value(key); line > 0) {
        //: %1 is a line number, %2 a person's name
        row.fail(SpApplicantName, Tr::tr("This row repeats line %1: %2 applies twice for the "
                                         "same meeting and State. Remove one of the rows.")
                                      .arg(QString::number(line), application.applicantName));
    } else if (m_storedKeys.contains(key)) {
        //: %1 is a person's name
        row.fail(SpApplicantName, Tr::tr("The fund already has an application of %1 for this "
                                         "meeting and State. Remove the row if it was imported "
                                         "before.")
                                      .arg(application.applicantName));
    } else {
        m_fileKeys.insert(key, row.line());
    }
}

Result<int> SponsorshipImporter::write(const ImportProgress &progress)
{
    SponsorshipService service(m_db, m_reference);
    const qsizetype total = m_planned.size();
    for (qsizetype i = 0; i < total; ++i) {
        const Planned &planned = m_planned.at(i);
        if (auto id = service.add(planned.application); !id) {
            return importRowError(planned.line, id.error());
        }
        if (!report(progress, i + 1, total)) {
            return importCancelledError();
        }
    }
    return int(total);
}

} // namespace FundDesk::Core
