#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/result.h"
#include "core/domain/workflowitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace FundDesk::Core {

// The audit entries of one record, for the History panel: who changed what, when, with the
// old and new values. The status moves with their notes come from WorkflowService::history.
class RecordHistoryService final
{
public:
    explicit RecordHistoryService(QSqlDatabase db);

    // Oldest first.
    Result<QList<AuditEntry>> entries(const QString &table, qint64 recordId) const;
    Result<QList<AuditEntry>> entries(const WorkflowItem &item) const;

    // "sponsorships", "activities"
    static QString tableOf(WorkflowItemKind kind);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
