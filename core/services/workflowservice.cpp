#include "core/services/workflowservice.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/domain/activityfloor.h"
#include "core/domain/workflowtransitions.h"
#include "core/repositories/activityrepository.h"
#include "core/repositories/sponsorshiprepository.h"
#include "core/repositories/workflowrepository.h"
#include "core/services/commitmentservice.h"
#include "core/services/eligibilityscreening.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/periodlock.h"

#include <QDateTime>
#include <QStringList>

namespace FundDesk::Core {

namespace {

Error notFound(const WorkflowItem &item)
{
    return makeError(ErrorCode::NotFound,
                     item.kind == WorkflowItemKind::Sponsorship
                         ? Tr::tr("The sponsorship is no longer in the fund's database.")
                         : Tr::tr("The activity is no longer in the fund's database."),
                     QStringLiteral("no %1 %2").arg(workflowItemKindKey(item.kind)).arg(item.id));
}

bool needsJustification(ApplicationStatus to)
{
    return to == ApplicationStatus::Recommended || to == ApplicationStatus::NotRecommended;
}

} // namespace

WorkflowService::WorkflowService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{}

Result<ApplicationStatus> WorkflowService::status(const WorkflowItem &item) const
{
    const auto status = WorkflowRepository(m_db).status(item);
    if (!status) {
        return status.error();
    }
    if (!status->has_value()) {
        return notFound(item);
    }
    return **status;
}

Result<QList<StatusTransition>> WorkflowService::history(const WorkflowItem &item) const
{
    return WorkflowRepository(m_db).history(item);
}

QString WorkflowService::forbiddenMessage(ApplicationStatus from, ApplicationStatus to)
{
    const QString fromName = applicationStatusDisplayName(from);
    const QString toName = applicationStatusDisplayName(to);
    QStringList allowed;
    for (const ApplicationStatus next : allowedNextStatuses(from)) {
        allowed << QStringLiteral("“%1”").arg(applicationStatusDisplayName(next));
    }
    if (allowed.isEmpty()) {
        //: %1 and %2 are statuses of an application
        return Tr::tr("An application cannot move from “%1” to “%2”: “%1” is a final status.")
            .arg(fromName, toName);
    }
    //: %1 and %2 are statuses; %3 lists the statuses allowed next, separated by commas
    return Tr::tr(
               "An application cannot move from “%1” to “%2”. From “%1” it can move only "
               "to %3.")
        .arg(fromName, toName, allowed.join(Tr::tr(", ")));
}

Result<void> WorkflowService::checkRole(ApplicationStatus to, const Profile &actor) const
{
    if (!actor.id.isValid()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Choose your profile before changing an application's status."), {},
                         QStringLiteral("profile"));
    }
    std::optional<ProfileRole> needed;
    if (to == ApplicationStatus::Recommended || to == ApplicationStatus::NotRecommended) {
        needed = ProfileRole::FundManager;
    } else if (to == ApplicationStatus::Approved || to == ApplicationStatus::Rejected) {
        needed = ProfileRole::HighRepresentativeOffice;
    }
    if (needed && actor.role != *needed) {
        //: %1 is a status, %2 and %3 are role names
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("Only a profile with the role “%2” can record “%1”; the current "
                                "profile has the role “%3”.")
                             .arg(applicationStatusDisplayName(to), profileRoleDisplayName(*needed),
                                  profileRoleDisplayName(actor.role)),
                         {}, QStringLiteral("profile"));
    }
    return {};
}

// ¶21 for a sponsorship and the ¶23 floor for an activity, before recommending or approving.
Result<void> WorkflowService::checkMerit(const WorkflowItem &item, ApplicationStatus to) const
{
    if (to != ApplicationStatus::Recommended && to != ApplicationStatus::Approved) {
        return {};
    }
    if (item.kind == WorkflowItemKind::Sponsorship) {
        const auto found = SponsorshipRepository(m_db).find(SponsorshipId(item.id));
        if (!found) {
            return found.error();
        }
        if (!found->has_value()) {
            return notFound(item);
        }
        const EligibilityResult screening = EligibilityScreening::screen(**found);
        if (screening.canBeRecommended()) {
            return {};
        }
        QStringList reasons;
        for (const EligibilityFailure &failure : screening.failures) {
            reasons << failure.message;
        }
        if (reasons.isEmpty()) {
            reasons << Tr::tr("not every ¶21 criterion has been assessed");
        }
        //: %1 is a status; %2 lists the failed ¶21 criteria, separated by semicolons
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("This sponsorship cannot be “%1”: %2.")
                             .arg(applicationStatusDisplayName(to), reasons.join(Tr::tr("; "))),
                         {}, QStringLiteral("status"));
    }
    const auto found = ActivityRepository(m_db).find(ActivityId(item.id));
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return notFound(item);
    }
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    return to == ApplicationStatus::Recommended ? canBeRecommended(**found, *settings)
                                                : canBeApproved(**found, *settings);
}

Result<void> WorkflowService::checkNotRecommender(const WorkflowItem &item,
                                                  const Profile &actor) const
{
    const auto history = WorkflowRepository(m_db).history(item);
    if (!history) {
        return history.error();
    }
    for (const StatusTransition &step : *history) {
        if (step.to == ApplicationStatus::Recommended && step.profileId == actor.id) {
            //: %1 is the name of a person's profile
            return makeError(ErrorCode::RuleViolation,
                             Tr::tr("%1 recommended this application, so %1 cannot also approve "
                                    "or reject it. Another profile of the High Representative's "
                                    "office must decide.")
                                 .arg(step.profileName),
                             {}, QStringLiteral("profile"));
        }
    }
    return {};
}

Result<Money> WorkflowService::amountToCommit(const WorkflowItem &item,
                                              const std::optional<Money> &approvedAmount) const
{
    if (approvedAmount) {
        return *approvedAmount;
    }
    if (item.kind == WorkflowItemKind::Sponsorship) {
        const auto found = SponsorshipRepository(m_db).find(SponsorshipId(item.id));
        if (!found) {
            return found.error();
        }
        if (!found->has_value()) {
            return notFound(item);
        }
        return (*found)->cost();
    }
    const auto found = ActivityRepository(m_db).find(ActivityId(item.id));
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return notFound(item);
    }
    return (*found)->requestedTotal();
}

Result<void> WorkflowService::transition(const WorkflowItem &item, ApplicationStatus to,
                                         const QString &note, const Profile &actor,
                                         const std::optional<Money> &approvedAmount)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto from = status(item);
    if (!from) {
        return from.error();
    }
    if (!isAllowedTransition(*from, to)) {
        return makeError(
            ErrorCode::RuleViolation, forbiddenMessage(*from, to),
            QStringLiteral("%1 -> %2").arg(applicationStatusKey(*from), applicationStatusKey(to)),
            QStringLiteral("status"));
    }
    if (auto allowed = checkRole(to, actor); !allowed) {
        return allowed;
    }
    const QString why = note.trimmed();
    if (needsJustification(to) && why.isEmpty()) {
        //: %1 is a status such as "Recommended"
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Enter the written justification for “%1”: it is required both "
                                "for recommending and for not recommending.")
                             .arg(applicationStatusDisplayName(to)),
                         {}, QStringLiteral("note"));
    }
    const QDate today = m_today();
    if (auto open = PeriodLock(m_db).check(today); !open) {
        return open;
    }
    if (auto merit = checkMerit(item, to); !merit) {
        return merit;
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    if (to == ApplicationStatus::Approved || to == ApplicationStatus::Rejected) {
        if (auto separate = checkNotRecommender(item, actor); !separate) {
            return separate;
        }
    }
    if (to == ApplicationStatus::Approved) {
        const auto amount = amountToCommit(item, approvedAmount);
        if (!amount) {
            return amount.error();
        }
        if (auto committed =
                CommitmentService(m_db, m_today).commitOnApproval(item, *amount, actor);
            !committed) {
            return committed.error();
        }
    }
    if (auto recorded = record(item, *from, to, why, actor, today); !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Result<void> WorkflowService::rescreen(const WorkflowItem &item, ApplicationStatus to,
                                       const QString &note, const Profile &actor)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto from = status(item);
    if (!from) {
        return from.error();
    }
    if (!isRescreeningTransition(*from, to)) {
        return makeError(
            ErrorCode::RuleViolation, forbiddenMessage(*from, to),
            QStringLiteral("%1 -> %2").arg(applicationStatusKey(*from), applicationStatusKey(to)),
            QStringLiteral("status"));
    }
    if (!actor.id.isValid()) {
        //: %1 and %2 are statuses of an application
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("Choose your profile before changing the ¶21 criteria: the new "
                   "screening moves the application from “%1” to “%2”, and its "
                   "history records who made the change.")
                .arg(applicationStatusDisplayName(*from), applicationStatusDisplayName(to)),
            {}, QStringLiteral("profile"));
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    if (auto recorded = record(item, *from, to, note.trimmed(), actor, m_today()); !recorded) {
        return recorded;
    }
    return transaction.commit();
}

Result<void> WorkflowService::record(const WorkflowItem &item, ApplicationStatus from,
                                     ApplicationStatus to, const QString &note,
                                     const Profile &actor, const QDate &date)
{
    WorkflowRepository repository(m_db);
    if (auto done = repository.setStatus(item, to); !done) {
        return done;
    }
    const StatusTransition step{
        0, item, from, to, actor.id, actor.name, QDateTime::currentDateTimeUtc(), date, note};
    if (auto added = repository.addTransition(step); !added) {
        return added.error();
    }
    return AuditChain::seal(m_db);
}

} // namespace FundDesk::Core
