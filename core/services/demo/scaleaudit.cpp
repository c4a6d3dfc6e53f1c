#include "core/services/demo/scaleaudit.h"

#include "core/db/auditchain.h"
#include "core/db/audittriggers.h"
#include "core/db/sqlhelpers.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace FundDesk::Core::Demo {

namespace {

constexpr qint64 kChunk = 50'000;

QString quoted(const QString &identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(u'"', QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

Result<bool> withoutRowid(const QSqlDatabase &db, const QString &table)
{
    auto query =
        Sql::prepare(db, QStringLiteral("SELECT wr FROM pragma_table_list WHERE name = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(table);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("table list")); !done) {
        return done.error();
    }
    return query->next() && query->value(0).toInt() == 1;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return Sql::storageError(query, sql.left(60));
    }
    return query.value(0).toLongLong();
}

} // namespace

ScaleAudit::ScaleAudit(QSqlDatabase db) : m_db(std::move(db)) {}

Result<void> ScaleAudit::suspend()
{
    const auto tables = AuditTriggers::auditedTables(m_db);
    if (!tables) {
        return tables.error();
    }
    m_tables = *tables;
    for (const QString &table : std::as_const(m_tables)) {
        const auto last = scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + quoted(table));
        if (!last) {
            return last.error();
        }
        // Rows already there were recorded by the triggers.
        const auto plain = withoutRowid(m_db, table);
        if (!plain) {
            return plain.error();
        }
        if (*plain) {
            m_recordedThrough.insert(table, *last > 0 ? 1 : 0);
        } else {
            const auto top = scalar(
                m_db, QStringLiteral("SELECT COALESCE(max(rowid), 0) FROM ") + quoted(table));
            if (!top) {
                return top.error();
            }
            m_recordedThrough.insert(table, *top);
        }
        const QString trigger = QStringLiteral("audit_%1_insert").arg(table);
        if (auto done =
                Sql::exec(m_db, QStringLiteral("DROP TRIGGER IF EXISTS ") + quoted(trigger));
            !done) {
            return done;
        }
    }
    return {};
}

Result<void> ScaleAudit::recordTable(const QString &table, const Profile &actor)
{
    const auto plain = withoutRowid(m_db, table);
    if (!plain) {
        return plain.error();
    }
    const auto entry = AuditTriggers::insertEntry(m_db, table, QStringLiteral("r"));
    if (!entry) {
        return entry.error();
    }
    const QString insert = QStringLiteral(
                               "INSERT INTO audit_log (at, profile_id, profile, table_name, "
                               "record_id, action, old_values, new_values) "
                               "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, ?, %1, "
                               "'insert', NULL, %2 FROM %3 AS r ")
                               .arg(entry->recordId, entry->newValues, quoted(table));
    if (*plain) {
        // Written once, by one actor, into a table that was empty: all of it at once.
        if (m_recordedThrough.value(table) != 0) {
            return {};
        }
        const auto rows = scalar(m_db, QStringLiteral("SELECT count(*) FROM ") + quoted(table));
        if (!rows) {
            return rows.error();
        }
        if (*rows == 0) {
            return {};
        }
        auto query = Sql::prepare(m_db, insert);
        if (!query) {
            return query.error();
        }
        query->addBindValue(actor.id.value());
        query->addBindValue(actor.name);
        query->addBindValue(table);
        if (auto done = Sql::execPrepared(*query, QStringLiteral("audit ") + table); !done) {
            return done.error();
        }
        m_recordedThrough.insert(table, 1);
        QElapsedTimer timer;
        timer.start();
        auto sealed = AuditChain::seal(m_db);
        m_sealNs += timer.nsecsElapsed();
        return sealed;
    }
    const auto top =
        scalar(m_db, QStringLiteral("SELECT COALESCE(max(rowid), 0) FROM ") + quoted(table));
    if (!top) {
        return top.error();
    }
    auto query = Sql::prepare(
        m_db, insert + QStringLiteral("WHERE r.rowid > ? AND r.rowid <= ? ORDER BY r.rowid"));
    if (!query) {
        return query.error();
    }
    for (qint64 from = m_recordedThrough.value(table); from < *top; from += kChunk) {
        query->bindValue(0, actor.id.value());
        query->bindValue(1, actor.name);
        query->bindValue(2, table);
        query->bindValue(3, from);
        query->bindValue(4, std::min(from + kChunk, *top));
        if (auto done = Sql::execPrepared(*query, QStringLiteral("audit ") + table); !done) {
            return done.error();
        }
        QElapsedTimer timer;
        timer.start();
        auto sealed = AuditChain::seal(m_db);
        m_sealNs += timer.nsecsElapsed();
        if (!sealed) {
            return sealed;
        }
    }
    m_recordedThrough.insert(table, *top);
    return {};
}

Result<void> ScaleAudit::record(const Profile &actor)
{
    for (const QString &table : std::as_const(m_tables)) {
        if (auto done = recordTable(table, actor); !done) {
            return done;
        }
    }
    return {};
}

Result<void> ScaleAudit::resume()
{
    return AuditTriggers::installAll(m_db);
}

} // namespace FundDesk::Core::Demo
