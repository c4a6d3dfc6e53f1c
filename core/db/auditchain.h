#pragma once

#include "core/domain/auditentry.h"
#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace FundDesk::Core {

// What AuditChain::verify() found. `message` is translated and names the first broken entry.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;        // every entry, sealed or not
    qint64 unsealed = 0;       // 1 when the first broken entry was never sealed, else 0
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString message;
};

// The hash chain over audit_log. Design: SQLite triggers write every entry in the same
// statement as the change (so no write path can forget it), with hash NULL; seal(), called
// before the outermost transaction commits, chains them in seq order:
//   hash = SHA-256(prev_hash + "\n" + canonicalText(entry)), the first prev_hash = 64 zeros.
// audit_seal keeps the last sealed seq and hash, so deleting the newest entries is detected
// too. Hashing lives in C++ (QCryptographicHash) because SQLite has no SHA-256 function and a
// custom one would have to be registered on every connection, including a tamperer's.
class AuditChain final
{
public:
    static QString genesisHash(); // 64 zeros
    static QString canonicalText(const AuditEntry &entry);
    static QString computeHash(const QString &prevHash, const AuditEntry &entry);

    // Chains every unsealed entry. Cheap when there is none (one indexed lookup); a no-op on
    // a database older than the audit trail (schema step 5).
    static Result<void> seal(QSqlDatabase db);

    // Walks the whole chain from seq 1: a changed entry (hash mismatch), a deleted one (a gap
    // in seq, or fewer entries than the seal says) and an inserted one (a broken link, or more
    // sealed entries than the seal says) are each reported with the first broken seq.
    // An entry without a hash is tampering too (every write path seals before COMMIT): the
    // first one is named, and `unsealed` counts it.
    static Result<AuditVerification> verify(const QSqlDatabase &db);

    // The same walk, reporting progress(done, total) every few thousand entries and once at
    // the end; total is the highest seq (the number of entries when none is missing). A
    // progress that returns false stops the walk: the result is an Error with code
    // ErrorCode::Cancelled. Nothing is written. Uses only `db`, so it runs on a connection
    // opened in a worker thread.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static Result<AuditVerification> verify(const QSqlDatabase &db, const Progress &progress);
};

} // namespace FundDesk::Core
