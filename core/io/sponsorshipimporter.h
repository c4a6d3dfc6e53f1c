#pragma once

#include "core/domain/meeting.h"
#include "core/domain/sponsorshipapplication.h"
#include "core/io/kindimporter.h"
#include "core/services/referencedataservice.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

namespace FundDesk::Core {

class ImportRow;

// Sponsorship applications from CSV (issue 8 ¶4): `meeting,applicant_name,gender,state,
// ministry,title,capital_based,contact,criterion_a … criterion_e,nominating_letter,
// cost_override,override_reason,notes`. The meeting is named by its reference; `state` is the
// nominating State (ISO3). Rows are checked in memory against the fund's meetings and
// applications, then each is stored through SponsorshipService::add (validation, cost from
// the meeting's norms, ¶21 screening) as a Submitted application. A row is a duplicate when
// the same meeting, State and applicant name (case folded) is already in the file or the fund.
class SponsorshipImporter final : public KindImporter
{
public:
    SponsorshipImporter(QSqlDatabase db, ReferenceDataService reference);

    Result<void> load() override;
    bool analyse(const CsvDocument &document, const QList<int> &indexes, ImportIssues &issues,
                 const ImportProgress &progress) override;
    Result<int> write(const ImportProgress &progress) override;

private:
    struct Planned
    {
        SponsorshipApplication application;
        int line = 0;
    };

    void readRow(ImportRow &row);
    void readCriteria(ImportRow &row, SponsorshipApplication &application);
    void readCost(ImportRow &row, SponsorshipApplication &application);
    void checkDuplicate(ImportRow &row, const SponsorshipApplication &application);

    QSqlDatabase m_db;
    ReferenceDataService m_reference;
    QHash<QString, Meeting> m_meetings; // by reference, case folded
    QSet<QString> m_storedKeys;
    QHash<QString, int> m_fileKeys; // meeting, State, name → line
    QList<Planned> m_planned;
};

} // namespace FundDesk::Core
