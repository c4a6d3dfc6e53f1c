#pragma once

#include "core/io/importdonorbook.h"
#include "core/io/kindimporter.h"

#include <QHash>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ImportRow;

// Donors from CSV: `name,donor_kind,country,due_diligence,due_diligence_date,
// due_diligence_note,contact,notes`, with DonorService's rules (a State by its ISO3 code and
// of the right kind, a name for any other donor, a clearance only for non-governmental
// donors, ¶14). A donor already in the file or the fund (same State, or same kind and name)
// is a duplicate.
class DonorImporter final : public KindImporter
{
public:
    DonorImporter(QSqlDatabase db, ReferenceDataService reference);

    Result<void> load() override;
    bool analyse(const CsvDocument &document, const QList<int> &indexes, ImportIssues &issues,
                 const ImportProgress &progress) override;
    Result<int> write(const ImportProgress &progress) override;

private:
    void readRow(ImportRow &row);
    bool readDueDiligence(ImportRow &row, Donor &donor);

    QSqlDatabase m_db;
    ReferenceDataService m_reference;
    ImportDonorBook m_donors;
    QHash<QString, int> m_fileKeys; // donor key → line
};

} // namespace FundDesk::Core
