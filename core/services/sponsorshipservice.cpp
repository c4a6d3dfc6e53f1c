#include "core/services/sponsorshipservice.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/transactionguard.h"
#include "core/repositories/meetingrepository.h"
#include "core/services/inputchecks.h"
#include "core/services/referencedataservice.h"
#include "core/services/sponsorshipcost.h"
#include "core/services/workflowservice.h"

#include <QStringList>

namespace FundDesk::Core {

namespace {

Error invalid(const QString &message, const char *field)
{
    return makeError(ErrorCode::InvalidInput, message, {}, QString::fromLatin1(field));
}

bool isUsdAtLeastZero(const Money &money)
{
    return money.currency() == QLatin1String("USD") && !money.isNegative();
}

// The statuses screening decides; later ones belong to the review workflow.
bool isScreeningStatus(ApplicationStatus status)
{
    return status == ApplicationStatus::Submitted || status == ApplicationStatus::Eligible ||
           status == ApplicationStatus::Ineligible;
}

// A recommendation and what follows it need an application that meets all of ¶21.
bool needsEligibility(ApplicationStatus status)
{
    using S = ApplicationStatus;
    return status == S::Recommended || status == S::Approved || status == S::Active ||
           status == S::Completed;
}

// The free texts: stored as typed, but not without bound (issue 12).
Result<void> checkSponsorshipTexts(const SponsorshipApplication &a)
{
    using namespace InputChecks;
    const std::pair<const QString *, const char *> shortTexts[] = {
        {&a.applicantName, "applicantName"}, {&a.ministry, "ministry"}, {&a.title, "title"},
        {&a.contact, "contact"}, {&a.overrideReason, "overrideReason"}};
    for (const auto &[text, field] : shortTexts) {
        if (auto error = tooLong(*text, kMaxShortText, QString::fromLatin1(field))) {
            return *error;
        }
    }
    if (auto error = tooLong(a.notes, kMaxLongText, QStringLiteral("notes"))) {
        return *error;
    }
    return {};
}

SponsorshipApplication trimmed(SponsorshipApplication application)
{
    application.applicantName = application.applicantName.trimmed();
    application.stateIso3 = application.stateIso3.trimmed().toUpper();
    application.ministry = application.ministry.trimmed();
    application.title = application.title.trimmed();
    application.contact = application.contact.trimmed();
    application.overrideReason = application.overrideReason.trimmed();
    return application;
}

} // namespace

SponsorshipService::SponsorshipService(QSqlDatabase db, const ReferenceDataService &reference)
    : m_db(std::move(db)), m_reference(reference)
{}

Result<QList<SponsorshipApplication>> SponsorshipService::list(const SponsorshipQuery &query) const
{
    return SponsorshipRepository(m_db).list(query);
}

Result<SponsorshipApplication> SponsorshipService::find(SponsorshipId id) const
{
    auto found = SponsorshipRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The sponsorship application is no longer in the fund's "
                                "database. Reload the list of applications and try again."),
                         QStringLiteral("no sponsorship with id %1").arg(id.value()));
    }
    return std::move(**found);
}

EligibilityResult SponsorshipService::screen(const SponsorshipApplication &application)
{
    return EligibilityScreening::screen(application);
}

Result<void> SponsorshipService::validate(const SponsorshipApplication &application) const
{
    const SponsorshipApplication a = trimmed(application);
    auto meeting = MeetingRepository(m_db).find(a.meetingId);
    if (!meeting) {
        return meeting.error();
    }
    if (!a.meetingId.isValid() || !meeting->has_value()) {
        return invalid(Tr::tr("Choose the meeting the applicant would attend."), "meeting");
    }
    if (InputChecks::isBlank(a.applicantName)) {
        return invalid(Tr::tr("Enter the applicant's name."), "applicantName");
    }
    if (auto done = checkSponsorshipTexts(a); !done) {
        return done;
    }
    if (!a.gender) {
        return invalid(Tr::tr("Choose the applicant's gender, or “Other or undisclosed”."),
                       "gender");
    }
    if (!m_reference.contains(a.stateIso3)) {
        return invalid(Tr::tr("Choose the applicant's State from the list."), "state");
    }
    if (a.costOverride) {
        if (!isUsdAtLeastZero(*a.costOverride)) {
            return invalid(Tr::tr("The cost you set must be an amount in USD of 0 or more."),
                           "costOverride");
        }
        if (auto error =
                InputChecks::implausibleUsd(*a.costOverride, QStringLiteral("costOverride"))) {
            return *error;
        }
        if (InputChecks::isBlank(a.overrideReason)) {
            return invalid(Tr::tr("Say why the cost differs from the meeting's norms."),
                           "overrideReason");
        }
    }
    if (a.score && (*a.score < 0 || *a.score > 100)) {
        return invalid(Tr::tr("The score must be a whole number from 0 to 100."), "score");
    }
    if (a.actualCost && !isUsdAtLeastZero(*a.actualCost)) {
        return invalid(Tr::tr("The actual cost must be an amount in USD of 0 or more."),
                       "actualCost");
    }
    if (a.actualCost) {
        if (auto error =
                InputChecks::implausibleUsd(*a.actualCost, QStringLiteral("actualCost"))) {
            return *error;
        }
    }
    const EligibilityResult screening = screen(a);
    if (needsEligibility(a.status) && !screening.canBeRecommended()) {
        const QString why = screening.failures.isEmpty()
                                ? Tr::tr("not every criterion of ¶21 is assessed yet")
                                : screening.failures.constFirst().message;
        //: %1 is the reason, such as "¶21(c): not able to travel and attend during the sessions"
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("This application cannot be recommended: %1.").arg(why), {},
                         QStringLiteral("status"));
    }
    return {};
}

Result<Money> SponsorshipService::estimateCost(const SponsorshipApplication &application) const
{
    auto meeting = MeetingRepository(m_db).find(application.meetingId);
    if (!meeting) {
        return meeting.error();
    }
    const auto region = m_reference.region(application.stateIso3);
    if (!meeting->has_value() || !region) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Choose the meeting and the State to estimate the cost."));
    }
    return SponsorshipCost::estimate((*meeting)->norms, *region);
}

Result<SponsorshipApplication> SponsorshipService::prepared(
    SponsorshipApplication application) const
{
    application = trimmed(std::move(application));
    if (auto valid = validate(application); !valid) {
        return valid.error();
    }
    auto estimate = estimateCost(application);
    if (!estimate) {
        return estimate.error();
    }
    application.estimatedCost = *estimate;
    if (!application.costOverride) {
        application.overrideReason.clear();
    }
    if (isScreeningStatus(application.status)) {
        application.status = screen(application).screenedStatus();
    }
    return application;
}

Result<SponsorshipId> SponsorshipService::add(SponsorshipApplication application)
{
    application.id = SponsorshipId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto stored = prepared(std::move(application));
    if (!stored) {
        return stored.error();
    }
    auto id = SponsorshipRepository(m_db).insert(*stored);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> SponsorshipService::update(SponsorshipApplication application)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto before = find(application.id);
    if (!before) {
        return before.error();
    }
    // The status is not the form's: only WorkflowService moves it (table, roles, recorded
    // note). The ¶21 screening still re-screens a Submitted/Eligible/Ineligible one, and that
    // move is recorded in the history like any other.
    application.status = before->status;
    auto stored = prepared(std::move(application));
    if (!stored) {
        return stored.error();
    }
    const ApplicationStatus screened = stored->status;
    stored->status = before->status;
    if (auto updated = SponsorshipRepository(m_db).update(*stored); !updated) {
        return updated;
    }
    if (screened != before->status) {
        if (auto moved = recordRescreening(*stored, screened); !moved) {
            return moved;
        }
    }
    return transaction.commit();
}

Result<void> SponsorshipService::recordRescreening(const SponsorshipApplication &application,
                                                   ApplicationStatus screened)
{
    const auto actor = AuditActor::current(m_db);
    if (!actor) {
        return actor.error();
    }
    const EligibilityResult screening = screen(application);
    QString note;
    if (!screening.failures.isEmpty()) {
        QStringList reasons;
        for (const EligibilityFailure &failure : screening.failures) {
            reasons << failure.message;
        }
        //: A note in an application's history; %1 lists the failed ¶21 criteria, separated by
        //: semicolons
        note = Tr::tr("Re-screened against ¶21: fails %1.").arg(reasons.join(Tr::tr("; ")));
    } else if (!screening.unassessed.isEmpty()) {
        //: A note in an application's history
        note = Tr::tr("Re-screened against ¶21: not every criterion is assessed yet.");
    } else {
        //: A note in an application's history
        note = Tr::tr("Re-screened against ¶21: meets every criterion.");
    }
    const WorkflowItem item = WorkflowItem::sponsorship(application.id.value());
    return WorkflowService(m_db).rescreen(item, screened, note, *actor);
}

Result<void> SponsorshipService::remove(SponsorshipId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto removed = SponsorshipRepository(m_db).remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<void> SponsorshipService::recordOutcome(SponsorshipId id, const SponsorshipOutcome &outcome)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto application = find(id);
    if (!application) {
        return application.error();
    }
    application->attendedAllFormalMeetings = outcome.attendedAllFormalMeetings;
    application->reportReceived = outcome.reportReceived;
    application->actualCost = outcome.actualCost;
    if (auto valid = validate(*application); !valid) {
        return valid;
    }
    if (auto updated = SponsorshipRepository(m_db).update(*application); !updated) {
        return updated;
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
