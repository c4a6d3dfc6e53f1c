#include "core/repositories/auditlogrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

AuditLogRepository::AuditLogRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<AuditEntry>> AuditLogRepository::forRecord(const QString &table,
                                                        const QString &recordId) const
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT seq, at, COALESCE(profile_id, 0), profile, table_name, "
                             "record_id, action, COALESCE(old_values, ''), "
                             "COALESCE(new_values, ''), COALESCE(prev_hash, ''), "
                             "COALESCE(hash, '') FROM audit_log "
                             "WHERE table_name = ? AND record_id = ? ORDER BY seq"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(table);
    query->addBindValue(recordId);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read record's audit entries"));
        !done) {
        return done.error();
    }
    QList<AuditEntry> entries;
    while (query->next()) {
        entries.append(AuditEntry{query->value(0).toLongLong(), query->value(1).toString(),
                                  query->value(2).toLongLong(), query->value(3).toString(),
                                  query->value(4).toString(), query->value(5).toString(),
                                  query->value(6).toString(), query->value(7).toString(),
                                  query->value(8).toString(), query->value(9).toString(),
                                  query->value(10).toString()});
    }
    return entries;
}

} // namespace FundDesk::Core
