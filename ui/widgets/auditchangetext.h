#pragma once

#include "core/domain/auditentry.h"

#include <QString>
#include <QStringList>

namespace FundDesk::Ui {

// Turns an audit entry's old and new values (JSON objects of the record's columns) into lines a
// person reads: "title: “Old” → “New”" for each column that changed; for an insert or a delete
// the values the record had.
class AuditChangeText final
{
public:
    AuditChangeText() = delete;

    static QStringList lines(const Core::AuditEntry &entry);
    // "Created", "Changed", "Deleted"
    static QString actionName(const QString &action);
    // The entry's UTC time in the locale's short format, in local time.
    static QString when(const QString &isoUtc);
};

} // namespace FundDesk::Ui
