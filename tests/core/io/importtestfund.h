#pragma once

// A fresh fund in memory, opened the way both front doors open one (FundOpener: migrated,
// reference States loaded), for the import and export tests.

#include "core/db/database.h"
#include "core/io/importer.h"
#include "core/services/fundopener.h"
#include "core/services/referencedataservice.h"

#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace ImportTest {

using namespace FundDesk::Core;

inline const QDate kToday(2026, 6, 30);

struct Fund
{
    std::unique_ptr<Database> database;
    ReferenceDataService reference;

    static Fund open()
    {
        Fund fund;
        auto database = FundOpener::open(QString::fromLatin1(Database::InMemory));
        Q_ASSERT(database.ok());
        fund.database = std::move(database).value();
        fund.reference = ReferenceDataService::load(fund.db()).value();
        return fund;
    }

    QSqlDatabase db() const { return database->connection(); }

    qint64 count(const QString &table) const
    {
        QSqlQuery query(db());
        return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
                   ? query.value(0).toLongLong()
                   : -1;
    }

    Importer importer(bool conditionsConfirmed = false) const
    {
        ImportOptions options;
        options.today = kToday;
        options.receiptConditionsConfirmed = conditionsConfirmed;
        return Importer(db(), reference, options);
    }

    ImportPreview preview(ImportKind kind, const QByteArray &bytes) const
    {
        return importer().preview(kind, bytes).value();
    }

    // Previews and applies; the number written, or -1 when refused.
    int import(ImportKind kind, const QByteArray &bytes) const
    {
        const Importer files = importer();
        const auto preview = files.preview(kind, bytes);
        if (!preview) {
            return -1;
        }
        const auto written = files.apply(*preview);
        return written ? *written : -1;
    }
};

// True when some issue is on that line and column and its message holds the text.
inline bool hasIssue(const ImportPreview &preview, int line, const QString &column,
                     const QString &text)
{
    for (const ImportIssue &issue : preview.issues) {
        if (issue.line == line && issue.column == column && issue.message.contains(text)) {
            return true;
        }
    }
    return false;
}

inline QString describe(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportIssue &issue : preview.issues) {
        lines.append(QStringLiteral("%1 %2: %3").arg(issue.line).arg(issue.column, issue.message));
    }
    return lines.join(u'\n');
}

} // namespace ImportTest
