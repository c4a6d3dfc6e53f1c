#pragma once

#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

namespace FundDesk::Core::Demo {

// The audit trail of the scale fund, written set by set. A per-row trigger costs more than the
// row it records (JSON of every column, the time, the actor), so while the bulk writer runs the
// insert triggers are suspended; after each batch of one actor's writes, record() appends the
// very entries the triggers would have written (the same JSON and record id, from
// AuditTriggers::insertEntry) with one INSERT … SELECT per table, 50 000 rows at a time, and
// seals each chunk with AuditChain::seal. resume() puts the triggers back. All of it runs in
// the generator's transaction: a failure leaves neither rows nor triggers changed.
class ScaleAudit final
{
public:
    explicit ScaleAudit(QSqlDatabase db);

    Result<void> suspend();
    // Entries for every row added since the last call, in the name of `actor`.
    Result<void> record(const Profile &actor);
    Result<void> resume();

    qint64 sealMilliseconds() const { return m_sealNs / 1'000'000; }

private:
    Result<void> recordTable(const QString &table, const Profile &actor);

    QSqlDatabase m_db;
    QStringList m_tables;
    QHash<QString, qint64> m_recordedThrough; // rowid, or 1 once a WITHOUT ROWID table is done
    qint64 m_sealNs = 0;
};

} // namespace FundDesk::Core::Demo
