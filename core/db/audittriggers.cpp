#include "core/db/audittriggers.h"

#include "core/db/sqlhelpers.h"

#include <QSqlQuery>

#include <algorithm>

namespace FundDesk::Core {

namespace {

struct Column
{
    QString name;
    QString type;
    int primaryKeyPosition = 0;
};

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Result<QList<Column>> columnsOf(const QSqlDatabase &db, const QString &table)
{
    auto query = Sql::prepare(db, QStringLiteral("SELECT name, type, pk FROM pragma_table_info(?) "
                                                 "ORDER BY cid"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(table);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("columns of ") + table); !done) {
        return done.error();
    }
    QList<Column> columns;
    while (query->next()) {
        columns.append({query->value(0).toString(), query->value(1).toString().toUpper(),
                        query->value(2).toInt()});
    }
    return columns;
}

// json_object('id', NEW."id", …); a BLOB goes in as hex so the JSON stays text.
QString jsonOf(const QList<Column> &columns, const QString &row)
{
    QStringList pairs;
    for (const Column &column : columns) {
        const QString value = row + QLatin1Char('.') + quoted(column.name);
        pairs << literal(column.name)
              << (column.type == QLatin1String("BLOB") ? QStringLiteral("hex(%1)").arg(value)
                                                       : value);
    }
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

// The record's key as text: its primary key columns joined by '/', or its rowid.
QString recordIdOf(QList<Column> columns, const QString &row)
{
    columns.removeIf([](const Column &c) { return c.primaryKeyPosition == 0; });
    std::sort(columns.begin(), columns.end(), [](const Column &a, const Column &b) {
        return a.primaryKeyPosition < b.primaryKeyPosition;
    });
    if (columns.isEmpty()) {
        return QStringLiteral("CAST(%1.rowid AS TEXT)").arg(row);
    }
    QStringList parts;
    for (const Column &column : columns) {
        parts << QStringLiteral("CAST(%1.%2 AS TEXT)").arg(row, quoted(column.name));
    }
    return parts.join(QStringLiteral(" || '/' || "));
}

QString triggerSql(const QString &table, const QString &action, const QString &event,
                   const QString &recordId, const QString &oldJson, const QString &newJson,
                   const QString &when)
{
    return QStringLiteral(
               "CREATE TRIGGER %1 AFTER %2 ON %3 %4BEGIN "
               "INSERT INTO audit_log (at, profile_id, profile, table_name, record_id, action, "
               "old_values, new_values) VALUES ("
               "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
               "(SELECT profile_id FROM audit_actor WHERE id = 1), "
               "COALESCE((SELECT profile FROM audit_actor WHERE id = 1), ''), "
               "%5, %6, '%7', %8, %9); END")
        .arg(quoted(QStringLiteral("audit_%1_%2").arg(table, action)), event, quoted(table), when,
             literal(table), recordId, action, oldJson, newJson);
}

} // namespace

Result<QStringList> AuditTriggers::auditedTables(const QSqlDatabase &db)
{
    auto query =
        Sql::prepare(db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' AND name NOT IN ('states', "
                                        "'audit_log', 'audit_actor', 'audit_seal') ORDER BY name"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("audited tables")); !done) {
        return done.error();
    }
    QStringList tables;
    while (query->next()) {
        tables << query->value(0).toString();
    }
    return tables;
}

Result<void> AuditTriggers::installAll(QSqlDatabase &db)
{
    const auto tables = auditedTables(db);
    if (!tables) {
        return tables.error();
    }
    for (const QString &table : *tables) {
        if (auto done = install(db, table); !done) {
            return done;
        }
    }
    return {};
}

Result<AuditTriggers::InsertEntry> AuditTriggers::insertEntry(const QSqlDatabase &db,
                                                              const QString &table,
                                                              const QString &row)
{
    const auto columns = columnsOf(db, table);
    if (!columns) {
        return columns.error();
    }
    return InsertEntry{recordIdOf(*columns, row), jsonOf(*columns, row)};
}

Result<void> AuditTriggers::install(QSqlDatabase &db, const QString &table)
{
    const auto columns = columnsOf(db, table);
    if (!columns) {
        return columns.error();
    }
    const QString oldJson = jsonOf(*columns, QStringLiteral("OLD"));
    const QString newJson = jsonOf(*columns, QStringLiteral("NEW"));
    const QString null = QStringLiteral("NULL");
    const QStringList statements{
        QStringLiteral("DROP TRIGGER IF EXISTS %1")
            .arg(quoted(QStringLiteral("audit_%1_insert").arg(table))),
        QStringLiteral("DROP TRIGGER IF EXISTS %1")
            .arg(quoted(QStringLiteral("audit_%1_update").arg(table))),
        QStringLiteral("DROP TRIGGER IF EXISTS %1")
            .arg(quoted(QStringLiteral("audit_%1_delete").arg(table))),
        triggerSql(table, QStringLiteral("insert"), QStringLiteral("INSERT"),
                   recordIdOf(*columns, QStringLiteral("NEW")), null, newJson, {}),
        // An UPDATE that changes nothing is not a change to the record.
        triggerSql(table, QStringLiteral("update"), QStringLiteral("UPDATE"),
                   recordIdOf(*columns, QStringLiteral("NEW")), oldJson, newJson,
                   QStringLiteral("WHEN %1 IS NOT %2 ").arg(oldJson, newJson)),
        triggerSql(table, QStringLiteral("delete"), QStringLiteral("DELETE"),
                   recordIdOf(*columns, QStringLiteral("OLD")), oldJson, null, {}),
    };
    for (const QString &sql : statements) {
        if (auto done = Sql::exec(db, sql); !done) {
            return done;
        }
    }
    return {};
}

} // namespace FundDesk::Core
