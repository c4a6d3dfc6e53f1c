#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace FundDesk::Core {

// The audit entries of a bulk insert into one table, written set by set. A per-row trigger
// costs more than the row it records (JSON of every column, the actor, a second insert per
// row), so suspend() drops the table's insert trigger and finish() appends the very entries it
// would have written (AuditTriggers::insertEntry: the same record id, JSON and actor) with one
// INSERT … SELECT over the rows added since suspend(), in rowid order, then puts the table's
// triggers back. Both run inside the caller's transaction: a rollback restores the trigger
// with the rows, so no path can leave a table unaudited. Updates and deletes stay triggered.
class BulkInsertAudit final
{
public:
    BulkInsertAudit(QSqlDatabase db, QString table);

    Result<void> suspend();
    Result<void> finish();

private:
    QSqlDatabase m_db;
    QString m_table;
    qint64 m_lastRowid = 0;
    bool m_suspended = false;
};

} // namespace FundDesk::Core
