#include "core/io/kindimporter.h"

#include "core/io/importrow.h"

namespace FundDesk::Core {

bool KindImporter::forEachRow(ImportKind kind, const CsvDocument &document,
                              const QList<int> &indexes, ImportIssues &issues,
                              const ImportProgress &progress,
                              const std::function<void(ImportRow &)> &readRow)
{
    const QStringList columns = importColumns(kind);
    for (qsizetype i = 0; i < document.rows.size(); ++i) {
        ImportRow row(document.rows.at(i), columns, indexes, document.lines.at(i), issues);
        if (row.checkFieldCount()) {
            readRow(row);
        }
        if (!report(progress, i + 1, document.rows.size())) {
            return false;
        }
    }
    return true;
}

} // namespace FundDesk::Core
