#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// Installs, on every record table, AFTER INSERT/UPDATE/DELETE triggers that append an entry to
// audit_log in the same statement as the change: the table, the record's key, the action and
// the old and new values as JSON objects of all the columns, with the profile of audit_actor.
// Triggers cover every write path (services, imports, the demo fund) without any of them
// having to remember to log.
//
// The column lists are read from the schema when the triggers are made, so a later schema
// step that adds a table or a column calls installAll() again (it replaces the triggers).
class AuditTriggers final
{
public:
    static Result<void> installAll(QSqlDatabase &db);
    static Result<void> install(QSqlDatabase &db, const QString &table);
    // Tables whose rows are the fund's records: every table but the reference States (loaded
    // from the shipped CSV) and the trail's own tables.
    static Result<QStringList> auditedTables(const QSqlDatabase &db);

    // What the insert trigger of `table` writes, as SQL over the row alias `row`: the record
    // id and the new values. For a bulk writer that suspends the triggers and writes the same
    // entries set by set (the scale demo fund).
    struct InsertEntry
    {
        QString recordId;
        QString newValues;
    };
    static Result<InsertEntry> insertEntry(const QSqlDatabase &db, const QString &table,
                                           const QString &row);
};

} // namespace FundDesk::Core
