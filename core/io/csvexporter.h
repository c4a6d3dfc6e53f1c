#pragma once

#include "core/domain/result.h"
#include "core/io/importkind.h"
#include "core/reports/csvwriter.h"
#include "core/services/referencedataservice.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// The fund's records of one kind as a CSV table with the import's columns, so that an export
// imports back into an empty fund unchanged. Values are locale-free (ISO dates, plain
// amounts with a dot, the keys of the import).
class CsvExporter final
{
public:
    CsvExporter(QSqlDatabase db, ReferenceDataService reference);

    Result<CsvTable> table(ImportKind kind) const;
    Result<void> write(ImportKind kind, const QString &path) const;

private:
    Result<CsvTable> donors() const;
    Result<CsvTable> contributions() const;
    Result<CsvTable> sponsorships() const;
    Result<CsvTable> activities() const;

    QSqlDatabase m_db;
    ReferenceDataService m_reference;
};

} // namespace FundDesk::Core
