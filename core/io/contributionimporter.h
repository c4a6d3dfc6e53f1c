#pragma once

#include "core/domain/contribution.h"
#include "core/io/importdonorbook.h"
#include "core/io/kindimporter.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ImportRow;

// Contributions from CSV (issue 8 ¶4): `date,donor,donor_kind,country,type,amount,currency,
// usd_rate,publication,conditions,reference`. The fund's rules of ContributionService (¶14
// due diligence, ¶19 no earmark, dates, rates, closed years) are checked against donors and
// keys preloaded in memory. A State donor is matched by its ISO3 code, any other by kind and
// name; a donor not in the fund is created (a non-governmental one pending due diligence).
// A row is a duplicate when its reference, or without one its date, donor, type and amount,
// is already in the file or the fund.
class ContributionImporter final : public KindImporter
{
public:
    ContributionImporter(QSqlDatabase db, ReferenceDataService reference, ImportOptions options);

    Result<void> load() override;
    bool analyse(const CsvDocument &document, const QList<int> &indexes, ImportIssues &issues,
                 const ImportProgress &progress) override;
    Result<int> write(const ImportProgress &progress) override;

private:
    struct Planned
    {
        Contribution contribution;
        int newDonor = -1; // index in the donor book's plan when the donor is new
    };

    void readRow(ImportRow &row);
    // The donor's key, or empty when the row's donor columns are refused.
    QString resolveDonor(ImportRow &row, ContributionType type, Planned &planned);
    void checkDate(ImportRow &row, ContributionType type, const QDate &date);
    void readMoney(ImportRow &row, Contribution &contribution);
    void checkDuplicate(ImportRow &row, const Contribution &contribution, const QString &donor);

    QSqlDatabase m_db;
    ReferenceDataService m_reference;
    ImportOptions m_options;
    ImportDonorBook m_donors;
    QSet<QString> m_storedReferences;
    QSet<QString> m_storedKeys;
    QHash<QString, int> m_fileReferences; // reference → line
    QHash<QString, int> m_fileKeys;       // date, donor, type, amount → line
    QSet<int> m_closedYears;
    QList<Planned> m_planned;
};

} // namespace FundDesk::Core
