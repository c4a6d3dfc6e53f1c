#pragma once

// The bad-input catalogue of issue 12: the hostile and awkward texts every form and import
// column is tried with, and a snapshot of every table's row count to prove a refusal stored
// nothing (the audit_log included, so not even a trigger fired).

#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <ctime>

namespace BadInput {

// Refused as empty: nothing visible in them.
inline QString spacesOnly()
{
    return QStringLiteral(" \t\u00A0\u3000 ");
}
inline QString zeroWidthOnly()
{
    return QStringLiteral("\u200B\u200C\u200D\u2060\uFEFF");
}
inline QString directionMarksOnly()
{
    return QStringLiteral("\u200E\u200F\u202B\u202C\u2067\u2069");
}

// Refused as too long, and never a hang.
inline QString veryLong()
{
    return QString(100'000, QLatin1Char('x'));
}

// Valid text that must be stored and read back exactly as given.
inline QString sqlLooking()
{
    return QStringLiteral("Robert'); DROP TABLE donors;-- \"x\" %_");
}
inline QString htmlLooking()
{
    return QStringLiteral("<b>x</b><script>alert('y')</script> &amp; &lt;i&gt;");
}
inline QString mixedScripts()
{
    return QStringLiteral("Fondation Ωmega 基金会 مؤسسة الأمن Фонд №1 ❤");
}
inline QString rightToLeftWithMarks()
{
    return QStringLiteral("\u202Bمؤسسة\u202C \u200Fالسلام\u200E (Geneva)");
}
inline QString zeroWidthInside()
{
    return QStringLiteral("Ko\u200Bre\u200Da \u2060Fund\uFEFF");
}

// Every valid-but-awkward text, as _data rows: name and value.
inline QList<std::pair<const char *, QString>> awkwardValidTexts()
{
    return {{"sql-looking", sqlLooking()},
            {"html-looking", htmlLooking()},
            {"mixed scripts", mixedScripts()},
            {"right-to-left with marks", rightToLeftWithMarks()},
            {"zero-width inside", zeroWidthInside()}};
}

// CPU time of the process in milliseconds: the machine that runs the tests is shared, so a
// bound on wall time would measure the neighbours; CPU time measures FundDesk.
inline qint64 cpuMilliseconds()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

// Row counts of every table of the fund, audit_log included.
inline QMap<QString, qint64> tableCounts(const QSqlDatabase &db)
{
    QMap<QString, qint64> counts;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))) {
        return counts;
    }
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery count(db);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)) && count.next()) {
            counts.insert(table, count.value(0).toLongLong());
        }
    }
    return counts;
}

inline qint64 auditEntries(const QSqlDatabase &db)
{
    return tableCounts(db).value(QStringLiteral("audit_log"), -1);
}

} // namespace BadInput
