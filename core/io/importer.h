#pragma once

#include "core/domain/result.h"
#include "core/io/csvdocument.h"
#include "core/io/importkind.h"
#include "core/io/kindimporter.h"
#include "core/services/referencedataservice.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

namespace FundDesk::Core {

// What a file would import: its rows and every issue found. Nothing is written until
// Importer::apply(), and apply() refuses a preview with issues.
struct ImportPreview
{
    ImportKind kind = ImportKind::Contributions;
    CsvDocument document;
    ImportIssues issues; // line 0: the whole file (unreadable, empty)
    bool cancelled = false;
    std::shared_ptr<KindImporter> plan;

    bool acceptable() const { return plan && !cancelled && issues.isEmpty(); }
    qsizetype rowCount() const { return document.rows.size(); }
};

// CSV import of the four kinds, all or nothing. The window runs prepare() and apply() on the
// connection's thread and analyse() on a worker; the command line calls preview() then apply().
class Importer final
{
public:
    Importer(QSqlDatabase db, ReferenceDataService reference, ImportOptions options = {});

    // Reads what the checks need (donors, existing keys) into a plan for one kind.
    Result<std::shared_ptr<KindImporter>> prepare(ImportKind kind) const;
    // Parses and checks the file with the plan; touches no database.
    static ImportPreview analyse(ImportKind kind, std::shared_ptr<KindImporter> plan,
                                 const QByteArray &bytes, const ImportProgress &progress = {});
    Result<ImportPreview> preview(ImportKind kind, const QByteArray &bytes,
                                  const ImportProgress &progress = {}) const;

    // One transaction: every row or none. Refuses (InvalidInput) a preview with issues. The
    // number of records written.
    Result<int> apply(const ImportPreview &preview, const ImportProgress &progress = {}) const;

    // The header line of the kind, for `funddesk import --template`.
    static QByteArray templateFor(ImportKind kind);

private:
    QSqlDatabase m_db;
    ReferenceDataService m_reference;
    ImportOptions m_options;
};

} // namespace FundDesk::Core
