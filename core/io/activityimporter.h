#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/fundsettings.h"
#include "core/io/kindimporter.h"
#include "core/services/referencedataservice.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ImportRow;

// Capacity-building activity applications from CSV (issue 8 ¶4): `reference,applicant,
// co_applicants,partners,title,summary,objectives,expected_outputs,outcomes,start,end,
// requested,currency,co_funding,co_funding_source,needs_assessment,needs_document,
// focus_areas`. Lists are written in one field: co-applicants and focus areas separated by
// spaces, partners as `kind:name` separated by `;`, the request as `year:amount` pairs
// ("2026:50000.00 2027:25000.00"). Each row is read, then checked with ActivityRules (the
// form's rules and ¶ messages) in memory; write() validates again through ActivityService and
// stores each as a Submitted application, an empty reference getting the next CB-YYYY-NNN.
// A row is a duplicate when its reference, or without one its applicant, title and start, is
// already in the file or the fund.
class ActivityImporter final : public KindImporter
{
public:
    ActivityImporter(QSqlDatabase db, ReferenceDataService reference, ImportOptions options);

    Result<void> load() override;
    bool analyse(const CsvDocument &document, const QList<int> &indexes, ImportIssues &issues,
                 const ImportProgress &progress) override;
    Result<int> write(const ImportProgress &progress) override;

private:
    struct Planned
    {
        ActivityApplication application;
        int line = 0;
    };

    void readRow(ImportRow &row);
    void readStates(ImportRow &row, ActivityApplication &application);
    void readPartners(ImportRow &row, ActivityApplication &application);
    void readMoney(ImportRow &row, ActivityApplication &application);
    void readFocusAreas(ImportRow &row, ActivityApplication &application);
    void checkRules(ImportRow &row, const ActivityApplication &application);
    void checkDuplicate(ImportRow &row, const ActivityApplication &application);

    QSqlDatabase m_db;
    ReferenceDataService m_reference;
    ImportOptions m_options;
    FundSettings m_settings;
    QSet<QString> m_storedReferences; // case folded
    QSet<QString> m_storedKeys;
    QHash<QString, int> m_fileReferences; // → line
    QHash<QString, int> m_fileKeys;       // applicant, title, start → line
    QList<Planned> m_planned;
};

} // namespace FundDesk::Core
