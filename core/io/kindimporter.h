#pragma once

#include "core/domain/result.h"
#include "core/io/csvdocument.h"
#include "core/io/importissue.h"
#include "core/io/importkind.h"

#include <QDate>
#include <QList>

#include <functional>

namespace FundDesk::Core {

class ImportRow;

// Called every few hundred rows with the rows done and the total; returning false cancels.
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;

struct ImportOptions
{
    QDate today = QDate::currentDate();
    // ¶19: a receipt with conditions needs the manager's word that they are no earmark. The
    // form asks per receipt; an import asks once for the whole file.
    bool receiptConditionsConfirmed = false;
};

// The import of one kind of record, in three steps so the slow middle one can run off the
// thread that owns the connection: load() reads what the checks need (donors, existing keys)
// into memory, analyse() checks every row with no database access, write() stores the
// analysed rows inside the caller's transaction.
class KindImporter
{
public:
    virtual ~KindImporter() = default;

    virtual Result<void> load() = 0;
    // indexes map the kind's columns to the document's fields (ImportHeader, no issues).
    // Returns false when progress cancelled.
    virtual bool analyse(const CsvDocument &document, const QList<int> &indexes,
                         ImportIssues &issues, const ImportProgress &progress) = 0;
    // The number of records written.
    virtual Result<int> write(const ImportProgress &progress) = 0;

protected:
    // The loop every analyse() shares: each row of the document, with the kind's columns, whose
    // field count is right is handed to readRow; progress is reported as it goes.
    static bool forEachRow(ImportKind kind, const CsvDocument &document, const QList<int> &indexes,
                           ImportIssues &issues, const ImportProgress &progress,
                           const std::function<void(ImportRow &)> &readRow);

    static constexpr qsizetype progressStep = 512;
    static bool report(const ImportProgress &progress, qsizetype done, qsizetype total)
    {
        return !progress || (done % progressStep != 0 && done != total) || progress(done, total);
    }
};

} // namespace FundDesk::Core
