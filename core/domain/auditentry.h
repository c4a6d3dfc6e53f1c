#pragma once

#include <QString>

namespace FundDesk::Core {

// One entry of the hash-chained audit trail, as stored. oldValues/newValues are JSON objects
// of the record's columns (empty for an insert's old or a delete's new values).
struct AuditEntry
{
    qint64 seq = 0;
    QString at;           // UTC, ISO 8601 with milliseconds: "2026-06-30T09:15:02.123Z"
    qint64 profileId = 0; // 0 when no profile was set
    QString profile;
    QString table;
    QString recordId;
    QString action; // insert, update, delete
    QString oldValues;
    QString newValues;
    QString prevHash;
    QString hash; // empty until sealed

    bool operator==(const AuditEntry &) const = default;
};

} // namespace FundDesk::Core
