#include "tools/crashharness/acknowledgedwrite.h"

#include <QSqlError>
#include <QSqlQuery>

namespace FundDesk::CrashHarness {

QString AcknowledgedWrite::check(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return QStringLiteral("cannot prepare check for “%1”: %2")
            .arg(what, query.lastError().text());
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec() || !query.next()) {
        return QStringLiteral("cannot check “%1”: %2").arg(what, query.lastError().text());
    }
    const qint64 found = query.value(0).toLongLong();
    if (!allowed.isEmpty() && !allowed.contains(found)) {
        return QStringLiteral("half-done write: “%1” (found %2)").arg(what).arg(found);
    }
    if (found < atLeast) {
        return QStringLiteral("acknowledged write lost: “%1” (found %2, expected at least %3)")
            .arg(what)
            .arg(found)
            .arg(atLeast);
    }
    return {};
}

} // namespace FundDesk::CrashHarness
