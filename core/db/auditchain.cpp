#include "core/db/auditchain.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/db/transactionguard.h"

#include <QCryptographicHash>
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
    QSqlQuery pending(db);
    if (!pending.exec(kSelectEntries + QStringLiteral("WHERE hash IS NULL ORDER BY seq"))) {
        return Sql::storageError(pending, QStringLiteral("read unsealed audit entries"));
    }
    QList<AuditEntry> entries;
    while (pending.next()) {
        entries.append(entryFrom(pending));
    }
    if (entries.isEmpty()) {
        return {};
    }
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto update = Sql::prepare(
        db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?"));
    if (!update) {
        return update.error();
    }
    QString prev = (*seal)->lastHash;
    for (const AuditEntry &entry : std::as_const(entries)) {
        const QString hash = computeHash(prev, entry);
        update->bindValue(0, prev);
        update->bindValue(1, hash);
        update->bindValue(2, entry.seq);
        if (auto done = Sql::execPrepared(*update, QStringLiteral("seal audit entry")); !done) {
            return done;
        }
        prev = hash;
    }
    auto mark = Sql::prepare(
        db, QStringLiteral("UPDATE audit_seal SET last_seq = ?, last_hash = ? WHERE id = 1"));
    if (!mark) {
        return mark.error();
    }
    mark->addBindValue(entries.constLast().seq);
    mark->addBindValue(prev);
    if (auto done = Sql::execPrepared(*mark, QStringLiteral("update audit_seal")); !done) {
        return done;
    }
    return transaction.commit();
}

Result<AuditVerification> AuditChain::verify(const QSqlDatabase &db)
{
    const auto seal = readSeal(db);
    if (!seal) {
        return seal.error();
    }
    AuditVerification result;
    if (!seal->has_value()) {
        return result;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(kSelectEntries + QStringLiteral("ORDER BY seq"))) {
        return Sql::storageError(query, QStringLiteral("read audit trail"));
    }
    QString prev = genesisHash();
    qint64 expected = 1;
    qint64 lastSealed = 0;
    while (query.next()) {
        const AuditEntry entry = entryFrom(query);
        ++result.entries;
        if (entry.seq != expected) {
            //: %1 is the number of an entry of the audit trail
            return broken(
                result, expected,
                Tr::tr("Entry %1 of the audit trail is missing: it was deleted.").arg(expected));
        }
        ++expected;
        if (entry.hash.isEmpty()) {
            // Every write path seals before it commits, so a committed entry without a hash
            // was put there by hand; the next seal would otherwise chain it in unnoticed.
            ++result.unsealed;
            //: %1 is the number of an entry of the audit trail
            return broken(result, entry.seq,
                          Tr::tr("Entry %1 of the audit trail was never sealed: it was added "
                                 "outside FundDesk.")
                              .arg(entry.seq));
        }
        if (entry.prevHash != prev) {
            //: %1 is the number of an entry of the audit trail
            return broken(result, entry.seq,
                          Tr::tr("Entry %1 of the audit trail does not follow the entry before "
                                 "it: an entry was inserted or removed there.")
                              .arg(entry.seq));
        }
        if (computeHash(prev, entry) != entry.hash) {
            //: %1 is the number of an entry of the audit trail
            return broken(result, entry.seq,
                          Tr::tr("Entry %1 of the audit trail does not match its hash: it was "
                                 "changed after it was written.")
                              .arg(entry.seq));
        }
        prev = entry.hash;
        lastSealed = entry.seq;
    }
    if ((*seal)->lastSeq > lastSealed) {
        return broken(
            result, lastSealed + 1,
            Tr::tr("Entry %1 of the audit trail is missing: it was deleted.").arg(lastSealed + 1));
    }
    if ((*seal)->lastSeq < lastSealed || (lastSealed > 0 && (*seal)->lastHash != prev)) {
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
