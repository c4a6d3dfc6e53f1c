#include "core/db/bulkinsertaudit.h"

#include "core/db/audittriggers.h"
#include "core/db/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

QString quotedTableName(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(u'"', QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

BulkInsertAudit::BulkInsertAudit(QSqlDatabase db, QString table)
    : m_db(std::move(db)), m_table(std::move(table))
{}

Result<void> BulkInsertAudit::suspend()
{
    const QString sql =
        QStringLiteral("SELECT COALESCE(max(rowid), 0) FROM ") + quotedTableName(m_table);
    QSqlQuery query(m_db);
    if (!query.exec(sql) || !query.next()) {
        return Sql::storageError(query, QStringLiteral("last row of ") + m_table);
    }
    m_lastRowid = query.value(0).toLongLong();
    const QString trigger = QStringLiteral("audit_%1_insert").arg(m_table);
    if (auto dropped =
            Sql::exec(m_db, QStringLiteral("DROP TRIGGER IF EXISTS ") + quotedTableName(trigger));
        !dropped) {
        return dropped;
    }
    m_suspended = true;
    return {};
}

Result<void> BulkInsertAudit::finish()
{
    if (!m_suspended) {
        return {};
    }
    const auto entry = AuditTriggers::insertEntry(m_db, m_table, QStringLiteral("r"));
    if (!entry) {
        return entry.error();
    }
    // The actor and the time as the trigger reads them (audittriggers.cpp).
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO audit_log (at, profile_id, profile, table_name, "
                             "record_id, action, old_values, new_values) "
                             "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                             "(SELECT profile_id FROM audit_actor WHERE id = 1), "
                             "COALESCE((SELECT profile FROM audit_actor WHERE id = 1), ''), "
                             "?, %1, 'insert', NULL, %2 FROM %3 AS r WHERE r.rowid > ? "
                             "ORDER BY r.rowid")
                  .arg(entry->recordId, entry->newValues, quotedTableName(m_table)));
    if (!query) {
        return query.error();
    }
    query->addBindValue(m_table);
    query->addBindValue(m_lastRowid);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("audit entries of ") + m_table);
        !done) {
        return done;
    }
    m_suspended = false;
    return AuditTriggers::install(m_db, m_table);
}

} // namespace FundDesk::Core
