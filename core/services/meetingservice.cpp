#include "core/services/meetingservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/repositories/meetingrepository.h"
#include "core/repositories/sponsorshiprepository.h"
#include "core/services/inputchecks.h"
#include "core/services/referencedataservice.h"
#include "core/services/sponsorshipcost.h"

namespace FundDesk::Core {

namespace {

Error invalid(const QString &message, const char *field)
{
    return makeError(ErrorCode::InvalidInput, message, {}, QString::fromLatin1(field));
}

Meeting trimmed(Meeting meeting)
{
    meeting.reference = meeting.reference.trimmed();
    meeting.name = meeting.name.trimmed();
    meeting.city = meeting.city.trimmed();
    return meeting;
}

bool isUsdAtLeastZero(const Money &money)
{
    return money.currency() == QLatin1String("USD") && !money.isNegative();
}

} // namespace

MeetingService::MeetingService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Meeting>> MeetingService::all() const
{
    return MeetingRepository(m_db).all();
}

Result<Meeting> MeetingService::find(MeetingId id) const
{
    auto found = MeetingRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The meeting is no longer in the fund's database. Reload the "
                                "list of meetings and try again."),
                         QStringLiteral("no meeting with id %1").arg(id.value()),
                         QStringLiteral("meeting"));
    }
    return **found;
}

Result<Meeting> MeetingService::findByReference(const QString &reference) const
{
    auto found = MeetingRepository(m_db).findByReference(reference.trimmed());
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("No meeting has the reference “%1”.").arg(reference.trimmed()), {},
                         QStringLiteral("meeting"));
    }
    return **found;
}

Result<void> MeetingService::validate(const Meeting &meeting) const
{
    const Meeting m = trimmed(meeting);
    if (InputChecks::isBlank(m.reference)) {
        return invalid(Tr::tr("Enter the meeting's reference, such as PM-2026-1."), "reference");
    }
    if (auto error = InputChecks::tooLong(m.reference, InputChecks::kMaxShortText,
                                          QStringLiteral("reference"))) {
        return *error;
    }
    auto same = MeetingRepository(m_db).findByReference(m.reference);
    if (!same) {
        return same.error();
    }
    if (same->has_value() && (*same)->id != m.id) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("Another meeting already has the reference “%1”.").arg(m.reference),
                         {}, QStringLiteral("reference"));
    }
    if (InputChecks::isBlank(m.name)) {
        return invalid(Tr::tr("Enter the meeting's name."), "name");
    }
    if (auto error =
            InputChecks::tooLong(m.name, InputChecks::kMaxShortText, QStringLiteral("name"))) {
        return *error;
    }
    if (InputChecks::isBlank(m.city)) {
        return invalid(Tr::tr("Enter the city where the meeting is held."), "city");
    }
    if (auto error =
            InputChecks::tooLong(m.city, InputChecks::kMaxShortText, QStringLiteral("city"))) {
        return *error;
    }
    if (!m.start.isValid()) {
        return invalid(Tr::tr("Enter the first day of the meeting."), "start");
    }
    if (auto error = InputChecks::implausibleDate(m.start, QStringLiteral("start"))) {
        return *error;
    }
    if (auto error = InputChecks::implausibleDate(m.end, QStringLiteral("end"))) {
        return *error;
    }
    if (!m.end.isValid() || m.end < m.start) {
        return invalid(Tr::tr("The last day of the meeting cannot be before its first day."),
                       "end");
    }
    if (m.formalMeetingDays < 1 || m.formalMeetingDays > m.spanDays()) {
        return invalid(Tr::tr("The formal meeting days must be from 1 to %n, the days from the "
                              "first to the last day of the meeting.",
                              nullptr, m.spanDays()),
                       "formalDays");
    }
    for (auto it = m.norms.airfare.cbegin(); it != m.norms.airfare.cend(); ++it) {
        if (!isUsdAtLeastZero(it.value())) {
            //: %1 is a region of the world, such as Africa
            return invalid(Tr::tr("The airfare from %1 must be an amount in USD of 0 or more.")
                               .arg(regionDisplayName(it.key())),
                           "airfare");
        }
    }
    if (!isUsdAtLeastZero(m.norms.dsaDailyRate)) {
        return invalid(Tr::tr("The daily subsistence allowance must be an amount in USD of 0 or "
                              "more."),
                       "dsaRate");
    }
    if (m.norms.dsaDays < 0) {
        return invalid(Tr::tr("The days of subsistence allowance cannot be negative."), "dsaDays");
    }
    if (!isUsdAtLeastZero(m.norms.terminalExpenses)) {
        return invalid(Tr::tr("The terminal expenses must be an amount in USD of 0 or more."),
                       "terminal");
    }
    for (const Region region : allRegions()) {
        if (auto cost = SponsorshipCost::estimate(m.norms, region); !cost) {
            Error error = cost.error();
            error.field = QStringLiteral("dsaRate");
            return error;
        }
    }
    return {};
}

Result<MeetingId> MeetingService::add(Meeting meeting)
{
    meeting = trimmed(std::move(meeting));
    meeting.id = MeetingId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(meeting); !valid) {
        return valid.error();
    }
    auto id = MeetingRepository(m_db).insert(meeting);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> MeetingService::update(Meeting meeting)
{
    meeting = trimmed(std::move(meeting));
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto before = find(meeting.id); !before) {
        return before.error();
    }
    if (auto valid = validate(meeting); !valid) {
        return valid;
    }
    if (auto updated = MeetingRepository(m_db).update(meeting); !updated) {
        return updated;
    }
    if (auto done = reestimate(meeting); !done) {
        return done;
    }
    return transaction.commit();
}

// The estimates follow the norms; overrides and actual costs are the manager's and stay.
Result<void> MeetingService::reestimate(const Meeting &meeting)
{
    auto reference = ReferenceDataService::load(m_db);
    if (!reference) {
        return reference.error();
    }
    SponsorshipRepository repository(m_db);
    auto applications = repository.list({meeting.id, std::nullopt, {}});
    if (!applications) {
        return applications.error();
    }
    for (SponsorshipApplication &application : *applications) {
        const auto region = reference->region(application.stateIso3);
        if (!region) {
            continue; // the foreign key makes this impossible
        }
        auto cost = SponsorshipCost::estimate(meeting.norms, *region);
        if (!cost) {
            return cost.error();
        }
        if (*cost != application.estimatedCost) {
            application.estimatedCost = *cost;
            if (auto done = repository.update(application); !done) {
                return done;
            }
        }
    }
    return {};
}

Result<void> MeetingService::remove(MeetingId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto count = SponsorshipRepository(m_db).countForMeeting(id);
    if (!count) {
        return count.error();
    }
    if (*count > 0) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%n sponsorship application(s) are recorded for this meeting, so "
                                "it cannot be deleted.",
                                nullptr, *count),
                         {}, QStringLiteral("meeting"));
    }
    if (auto removed = MeetingRepository(m_db).remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
