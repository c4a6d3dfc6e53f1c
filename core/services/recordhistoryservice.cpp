#include "core/services/recordhistoryservice.h"

#include "core/repositories/auditlogrepository.h"

namespace FundDesk::Core {

RecordHistoryService::RecordHistoryService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<AuditEntry>> RecordHistoryService::entries(const QString &table,
                                                         qint64 recordId) const
{
    return AuditLogRepository(m_db).forRecord(table, QString::number(recordId));
}

Result<QList<AuditEntry>> RecordHistoryService::entries(const WorkflowItem &item) const
{
    return entries(tableOf(item.kind), item.id);
}

QString RecordHistoryService::tableOf(WorkflowItemKind kind)
{
    return kind == WorkflowItemKind::Sponsorship ? QStringLiteral("sponsorships")
                                                 : QStringLiteral("activities");
}

} // namespace FundDesk::Core
