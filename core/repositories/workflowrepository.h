#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/result.h"
#include "core/domain/statustransition.h"
#include "core/domain/workflowitem.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The status column of `sponsorships` and `activities`, and `status_transitions`, the history
// of every move. Writes do not open a transaction: WorkflowService holds the guard.
class WorkflowRepository final
{
public:
    explicit WorkflowRepository(QSqlDatabase db);

    // nullopt when the item does not exist.
    Result<std::optional<ApplicationStatus>> status(const WorkflowItem &item) const;
    Result<void> setStatus(const WorkflowItem &item, ApplicationStatus status);
    Result<qint64> addTransition(const StatusTransition &transition);
    // Oldest first, with the profile's name.
    Result<QList<StatusTransition>> history(const WorkflowItem &item) const;
    // The recipient State: a sponsorship's State, an activity's applicant.
    Result<QString> recipientState(const WorkflowItem &item) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
