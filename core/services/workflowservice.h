#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/money.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"
#include "core/domain/statustransition.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace FundDesk::Core {

// The one workflow of ¶18 for sponsorships and activities (see workflowtransitions.h). Every
// move is checked, then recorded with who, when and the note:
// - only the transitions of the table; a refusal names both states and the allowed next ones;
// - Recommended / NotRecommended: the fund manager, with a written justification;
// - Approved / Rejected: the High Representative's office, never the profile that recommended;
// - Recommended / Approved: a sponsorship must pass ¶21 screening, an activity the ¶23 floor;
// - Approved commits the approved amount (CommitmentService: operational, affordable);
// - the day's year must not be closed (PeriodLock).
class WorkflowService final
{
public:
    using Today = std::function<QDate()>;

    explicit WorkflowService(QSqlDatabase db, Today today = &QDate::currentDate);

    Result<ApplicationStatus> status(const WorkflowItem &item) const;
    // Oldest first: the history shown on the application's page.
    Result<QList<StatusTransition>> history(const WorkflowItem &item) const;

    // approvedAmount (USD) is used when moving to Approved; unset, an activity commits its
    // requested total and a sponsorship its cost (the override when there is one).
    Result<void> transition(const WorkflowItem &item, ApplicationStatus to, const QString &note,
                            const Profile &actor,
                            const std::optional<Money> &approvedAmount = std::nullopt);

    // The ¶21 screening's own move (isRescreeningTransition) when a form edit changes the
    // criteria, recorded like any other with who, when and the note. actor is the profile that
    // made the edit. Nests in the caller's transaction (SponsorshipService::update).
    Result<void> rescreen(const WorkflowItem &item, ApplicationStatus to, const QString &note,
                          const Profile &actor);

    // The message for a move outside the table, naming both states and the allowed ones.
    static QString forbiddenMessage(ApplicationStatus from, ApplicationStatus to);

private:
    Result<void> checkRole(ApplicationStatus to, const Profile &actor) const;
    Result<void> checkMerit(const WorkflowItem &item, ApplicationStatus to) const;
    Result<void> checkNotRecommender(const WorkflowItem &item, const Profile &actor) const;
    Result<Money> amountToCommit(const WorkflowItem &item,
                                 const std::optional<Money> &approvedAmount) const;
    // Sets the status, adds the history entry and seals the audit chain.
    Result<void> record(const WorkflowItem &item, ApplicationStatus from, ApplicationStatus to,
                        const QString &note, const Profile &actor, const QDate &date);

    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
