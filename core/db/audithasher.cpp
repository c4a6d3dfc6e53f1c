#include "core/db/audithasher.h"

#include <QVariant>

namespace FundDesk::Core {

QString AuditHasher::selectColumns()
{
    return QStringLiteral(
        "seq, CAST(at AS BLOB), profile_id, CAST(profile AS BLOB), "
        "CAST(table_name AS BLOB), CAST(record_id AS BLOB), "
        "CAST(action AS BLOB), CAST(old_values AS BLOB), "
        "CAST(new_values AS BLOB), CAST(prev_hash AS BLOB), "
        "CAST(hash AS BLOB)");
}

bool AuditHasher::appendHash(QByteArrayView prevHash, const QSqlQuery &row, QByteArray &out)
{
    constexpr char separator = 0x1f; // as in AuditChain::canonicalText()
    m_text.resize(0);                // keeps the capacity of the previous entry
    m_text.append(prevHash).append('\n');
    m_text.append(QByteArray::number(row.value(Seq).toLongLong())).append(separator);
    const qsizetype textStart = m_text.size();
    m_text.append(row.value(At).toByteArray()).append(separator);
    if (const qint64 profileId = row.value(ProfileId).toLongLong(); profileId > 0) {
        m_text.append(QByteArray::number(profileId));
    }
    for (const int column : {Profile, Table, RecordId, Action, Old, New}) {
        m_text.append(separator).append(row.value(column).toByteArray());
    }
    if (!QByteArrayView(m_text).sliced(textStart).isValidUtf8()) {
        return false;
    }
    const AuditSha256::Digest digest = m_sha.hash(m_text);
    static constexpr char digits[] = "0123456789abcdef";
    const qsizetype at = out.size();
    out.resize(at + 2 * qsizetype(digest.size()));
    char *hex = out.data() + at;
    for (const unsigned char byte : digest) {
        *hex++ = digits[byte >> 4];
        *hex++ = digits[byte & 0x0f];
    }
    return true;
}

} // namespace FundDesk::Core
