#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace FundDesk::CrashHarness {

// A write whose acknowledgement line the harness read before it killed (or after it ended) the
// process: after every kill, `sql` with `values` bound must return at least `atLeast` as its
// single value, or the fund has lost an acknowledged write.
struct AcknowledgedWrite
{
    QString what; // for the report: the acknowledgement line
    QString sql;  // SELECT count(*) … with ? placeholders
    QVariantList values;
    qint64 atLeast = 1;
    // When set, the count must be one of these (all or nothing: 0 or every row of an import),
    // whether or not the write was acknowledged.
    QList<qint64> allowed;

    // Empty when present, or what is wrong.
    QString check(const QSqlDatabase &db) const;
};

} // namespace FundDesk::CrashHarness
