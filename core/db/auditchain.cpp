#include "core/db/auditchain.h"

#include "core/coretr.h"
#include "core/db/audithasher.h"
#include "core/db/sqlhelpers.h"
#include "core/db/transactionguard.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace FundDesk::Core {

namespace {

const QString kSelectEntries = QStringLiteral(
    "SELECT seq, at, profile_id, profile, table_name, record_id, action, old_values, "
    "new_values, prev_hash, hash FROM audit_log ");

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.seq = query.value(0).toLongLong();
    entry.at = query.value(1).toString();
    entry.profileId = query.value(2).toLongLong();
    entry.profile = query.value(3).toString();
    entry.table = query.value(4).toString();
    entry.recordId = query.value(5).toString();
    entry.action = query.value(6).toString();
    entry.oldValues = query.value(7).toString();
    entry.newValues = query.value(8).toString();
    entry.prevHash = query.value(9).toString();
    entry.hash = query.value(10).toString();
    return entry;
}

struct SealState
{
    qint64 lastSeq = 0;
    QString lastHash;
};

Result<std::optional<SealState>> readSeal(const QSqlDatabase &db)
{
    QSqlQuery exists(db);
    if (!exists.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                    "WHERE type = 'table' AND name = 'audit_seal'")) ||
        !exists.next()) {
        return Sql::storageError(exists, QStringLiteral("find audit_seal"));
    }
    if (exists.value(0).toInt() == 0) {
        return std::optional<SealState>();
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_seal WHERE id = 1"))) {
        return Sql::storageError(query, QStringLiteral("read audit_seal"));
    }
    if (!query.next()) {
        return std::optional<SealState>(SealState{0, AuditChain::genesisHash()});
    }
    return std::optional<SealState>(
        SealState{query.value(0).toLongLong(), query.value(1).toString()});
}

AuditVerification broken(AuditVerification result, qint64 seq, QString message)
{
    result.intact = false;
    result.firstBrokenSeq = seq;
    result.message = std::move(message);
    return result;
}

// Entries between two calls of verify()'s progress; sealing goes in chunks of this many
// (bounded memory however long the backlog).
constexpr qint64 kAuditProgressEvery = 4096;
constexpr qint64 kAuditSealChunk = 65536;
constexpr qsizetype kAuditHashSize = 64;

// The stored text is UTF-8 unless the file says otherwise; AuditHasher reads raw bytes.
Result<bool> storesUtf8(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA encoding")) || !query.next()) {
        return Sql::storageError(query, QStringLiteral("read the text encoding"));
    }
    return query.value(0).toString() == QLatin1String("UTF-8");
}

// The hash of entry `seq` through AuditEntry and QString, as FundDesk always computed it: for
// the rare entry whose stored bytes are not valid UTF-8 (or a file not in UTF-8).
Result<QByteArray> hashTheOldWay(const QSqlDatabase &db, qint64 seq, QByteArrayView prevHash)
{
    auto query = Sql::prepare(db, kSelectEntries + QStringLiteral("WHERE seq = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(seq);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read audit entry")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("read audit entry %1").arg(seq));
    }
    return AuditChain::computeHash(QString::fromLatin1(prevHash), entryFrom(*query)).toLatin1();
}

// Appends the hash of the entry in `row` to `out`, the fast way when it can.
Result<void> appendEntryHash(const QSqlDatabase &db, AuditHasher &hasher, bool utf8,
                             QByteArrayView prevHash, const QSqlQuery &row, QByteArray &out)
{
    if (utf8 && hasher.appendHash(prevHash, row, out)) {
        return {};
    }
    const QByteArray prev = prevHash.toByteArray(); // `out` may hold prevHash and grow
    const auto hash = hashTheOldWay(db, row.value(AuditHasher::Seq).toLongLong(), prev);
    if (!hash) {
        return hash.error();
    }
    out.append(*hash);
    return {};
}

Result<qint64> highestSeq(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(max(seq), 0) FROM audit_log")) ||
        !query.next()) {
        return Sql::storageError(query, QStringLiteral("count audit entries"));
    }
    return query.value(0).toLongLong();
}

Error verifyCancelled(qint64 done)
{
    return makeError(ErrorCode::Cancelled, Tr::tr("Checking the audit trail was cancelled."),
                     QStringLiteral("audit verify cancelled after %1 entries").arg(done));
}

// Writes one chunk of hashes: `hashes` holds the previous hash and then one hash per entry in
// `seqs` order. Consecutive seqs (always, unless someone edited the file) take one UPDATE
// that cuts its two values out of the blob by seq; anything else goes entry by entry.
Result<void> writeHashes(const QSqlDatabase &db, const QList<qint64> &seqs,
                         const QByteArray &hashes)
{
    const qint64 first = seqs.constFirst();
    const qint64 last = seqs.constLast();
    if (last - first + 1 == seqs.size()) {
        auto update = Sql::prepare(
            db, QStringLiteral("UPDATE audit_log SET "
                               "prev_hash = CAST(substr(?, (seq - ?) * 64 + 1, 64) AS TEXT), "
                               "hash = CAST(substr(?, (seq - ?) * 64 + 65, 64) AS TEXT) "
                               "WHERE seq BETWEEN ? AND ? AND hash IS NULL"));
        if (!update) {
            return update.error();
        }
        for (const QVariant &value : {QVariant(hashes), QVariant(first), QVariant(hashes),
                                      QVariant(first), QVariant(first), QVariant(last)}) {
            update->addBindValue(value);
        }
        if (auto done = Sql::execPrepared(*update, QStringLiteral("seal audit entries")); !done) {
            return done;
        }
        if (update->numRowsAffected() == seqs.size()) {
            return {};
        }
        return Sql::storageError(*update, QStringLiteral("sealed %1 of %2 audit entries")
                                              .arg(update->numRowsAffected())
                                              .arg(seqs.size()));
    }
    auto update = Sql::prepare(
        db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
    if (!update) {
        return update.error();
    }
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        update->bindValue(0,
                          QString::fromLatin1(hashes.sliced(i * kAuditHashSize, kAuditHashSize)));
        update->bindValue(
            1, QString::fromLatin1(hashes.sliced((i + 1) * kAuditHashSize, kAuditHashSize)));
        update->bindValue(2, seqs.at(i));
        if (auto done = Sql::execPrepared(*update, QStringLiteral("seal audit entry")); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

QString AuditChain::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditChain::canonicalText(const AuditEntry &entry)
{
    const QChar separator(0x1f); // ASCII unit separator: cannot be confused with field text
    return QStringList{QString::number(entry.seq),
                       entry.at,
                       entry.profileId > 0 ? QString::number(entry.profileId) : QString(),
                       entry.profile,
                       entry.table,
                       entry.recordId,
                       entry.action,
                       entry.oldValues,
                       entry.newValues}
        .join(separator);
}

QString AuditChain::computeHash(const QString &prevHash, const AuditEntry &entry)
{
    const QByteArray text = (prevHash + QLatin1Char('\n') + canonicalText(entry)).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}

Result<void> AuditChain::seal(QSqlDatabase db)
{
    const auto seal = readSeal(db);
    if (!seal) {
        return seal.error();
    }
    if (!seal->has_value()) {
        return {};
    }
    const auto utf8 = storesUtf8(db);
    if (!utf8) {
        return utf8.error();
    }
    // Oldest first, one chunk at a time: a sealed entry leaves the partial index of unsealed
    // ones, so each read starts where the last one stopped.
    auto pending = Sql::prepare(db, QStringLiteral("SELECT ") + AuditHasher::selectColumns() +
                                        QStringLiteral(" FROM audit_log WHERE hash IS NULL "
                                                       "ORDER BY seq LIMIT %1")
                                            .arg(kAuditSealChunk));
    if (!pending) {
        return pending.error();
    }
    pending->setForwardOnly(true);
    std::optional<TransactionGuard> transaction; // only once there is something to write
    AuditHasher hasher;
    QByteArray prev = (*seal)->lastHash.toLatin1();
    qint64 lastSeq = 0;
    QList<qint64> seqs;
    QByteArray hashes;
    for (;;) {
        if (auto done = Sql::execPrepared(*pending, QStringLiteral("read unsealed audit entries"));
            !done) {
            return done;
        }
        seqs.clear();
        hashes = prev;
        while (pending->next()) {
            seqs.append(pending->value(AuditHasher::Seq).toLongLong());
            const QByteArrayView prevHash =
                QByteArrayView(hashes).sliced(hashes.size() - kAuditHashSize);
            if (auto hashed = appendEntryHash(db, hasher, *utf8, prevHash, *pending, hashes);
                !hashed) {
                return hashed;
            }
        }
        if (pending->lastError().isValid()) {
            return Sql::storageError(*pending, QStringLiteral("read unsealed audit entries"));
        }
        pending->finish();
        if (seqs.isEmpty()) {
            break;
        }
        if (!transaction) {
            transaction.emplace(db);
            if (!transaction->isActive()) {
                return transaction->beginError();
            }
        }
        if (auto written = writeHashes(db, seqs, hashes); !written) {
            return written;
        }
        prev = hashes.sliced(hashes.size() - kAuditHashSize);
        lastSeq = seqs.constLast();
        if (seqs.size() < kAuditSealChunk) {
            break;
        }
    }
    if (!transaction) {
        return {};
    }
    auto mark = Sql::prepare(
        db, QStringLiteral("UPDATE audit_seal SET last_seq = ?, last_hash = ? WHERE id = 1"));
    if (!mark) {
        return mark.error();
    }
    mark->addBindValue(lastSeq);
    mark->addBindValue(QString::fromLatin1(prev));
    if (auto done = Sql::execPrepared(*mark, QStringLiteral("update audit_seal")); !done) {
        return done;
    }
    return transaction->commit();
}

Result<AuditVerification> AuditChain::verify(const QSqlDatabase &db)
{
    return verify(db, {});
}

Result<AuditVerification> AuditChain::verify(const QSqlDatabase &db, const Progress &progress)
{
    const auto seal = readSeal(db);
    if (!seal) {
        return seal.error();
    }
    AuditVerification result;
    if (!seal->has_value()) {
        return result;
    }
    const auto utf8 = storesUtf8(db);
    if (!utf8) {
        return utf8.error();
    }
    const auto total = highestSeq(db);
    if (!total) {
        return total.error();
    }
    if (progress && !progress(0, *total)) {
        return verifyCancelled(0);
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + AuditHasher::selectColumns() +
                    QStringLiteral(" FROM audit_log ORDER BY seq"))) {
        return Sql::storageError(query, QStringLiteral("read audit trail"));
    }
    AuditHasher hasher;
    QByteArray prev = genesisHash().toLatin1();
    QByteArray computed;
    qint64 expected = 1;
    qint64 lastSealed = 0;
    while (query.next()) {
        const qint64 seq = query.value(AuditHasher::Seq).toLongLong();
        ++result.entries;
        if (seq != expected) {
            //: %1 is the number of an entry of the audit trail
            return broken(
                result, expected,
                Tr::tr("Entry %1 of the audit trail is missing: it was deleted.").arg(expected));
        }
        ++expected;
        const QByteArray hash = query.value(AuditHasher::Hash).toByteArray();
        if (hash.isEmpty()) {
            // Every write path seals before it commits, so a committed entry without a hash
            // was put there by hand; the next seal would otherwise chain it in unnoticed.
            ++result.unsealed;
            //: %1 is the number of an entry of the audit trail
            return broken(result, seq,
                          Tr::tr("Entry %1 of the audit trail was never sealed: it was added "
                                 "outside FundDesk.")
                              .arg(seq));
        }
        if (query.value(AuditHasher::PrevHash).toByteArray() != prev) {
            //: %1 is the number of an entry of the audit trail
            return broken(result, seq,
                          Tr::tr("Entry %1 of the audit trail does not follow the entry before "
                                 "it: an entry was inserted or removed there.")
                              .arg(seq));
        }
        computed.resize(0);
        if (auto hashed = appendEntryHash(db, hasher, *utf8, prev, query, computed); !hashed) {
            return hashed.error();
        }
        if (computed != hash) {
            //: %1 is the number of an entry of the audit trail
            return broken(result, seq,
                          Tr::tr("Entry %1 of the audit trail does not match its hash: it was "
                                 "changed after it was written.")
                              .arg(seq));
        }
        prev = hash;
        lastSealed = seq;
        if (progress && result.entries % kAuditProgressEvery == 0 &&
            !progress(result.entries, *total)) {
            return verifyCancelled(result.entries);
        }
    }
    if (query.lastError().isValid()) {
        return Sql::storageError(query, QStringLiteral("read audit trail"));
    }
    if (progress) {
        progress(result.entries, std::max(*total, result.entries)); // the walk is done
    }
    if ((*seal)->lastSeq > lastSealed) {
        return broken(
            result, lastSealed + 1,
            Tr::tr("Entry %1 of the audit trail is missing: it was deleted.").arg(lastSealed + 1));
    }
    if ((*seal)->lastSeq < lastSealed || (lastSealed > 0 && (*seal)->lastHash.toLatin1() != prev)) {
        const qint64 first = (*seal)->lastSeq < lastSealed ? (*seal)->lastSeq + 1 : lastSealed;
        //: %1 is the number of an entry of the audit trail
        return broken(result, first,
                      Tr::tr("Entry %1 of the audit trail was not written by FundDesk: it was "
                             "added to the trail afterwards.")
                          .arg(first));
    }
    return result;
}

} // namespace FundDesk::Core
