#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace FundDesk::Core {

// Reads the audit trail of one record (indexed by table_name, record_id, seq).
class AuditLogRepository final
{
public:
    explicit AuditLogRepository(QSqlDatabase db);

    // Oldest first. recordId as the triggers write it: the primary key as text.
    Result<QList<AuditEntry>> forRecord(const QString &table, const QString &recordId) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
