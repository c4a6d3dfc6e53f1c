#pragma once

#include "core/db/auditsha256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>

namespace FundDesk::Core {

// Hashes audit entries straight from the rows of a query, as raw UTF-8 bytes. The text hashed
// is byte for byte what AuditChain::computeHash() builds from an AuditEntry (the previous hash,
// "\n", then the canonical fields joined by U+001F), without the round trip through QString
// and QStringList: sealing and verifying a million entries is mostly this loop. One instance
// reuses its text buffer and SHA-256 state for a whole walk.
class AuditHasher final
{
public:
    // The positions of the columns in selectColumns().
    enum Column { Seq, At, ProfileId, Profile, Table, RecordId, Action, Old, New, PrevHash, Hash };

    // "seq, CAST(at AS BLOB), …": every text column read as its stored UTF-8 bytes.
    static QString selectColumns();

    // Appends the 64 lowercase hex digits of the entry's hash to `out`. False (and nothing
    // appended) when a field is not valid UTF-8: the QString path would have replaced those
    // bytes, so the caller hashes that entry the old way to stay identical.
    bool appendHash(QByteArrayView prevHash, const QSqlQuery &row, QByteArray &out);

private:
    AuditSha256 m_sha;
    QByteArray m_text;
};

} // namespace FundDesk::Core
