#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

class Database;

// What a generated scale fund holds, and how long it took.
struct ScaleFundSummary
{
    int scale = 0;
    int years = 0;
    qint64 donors = 0;
    qint64 contributions = 0;
    qint64 meetings = 0;
    qint64 sponsorships = 0;
    qint64 activities = 0;
    qint64 transitions = 0;
    qint64 commitments = 0;
    qint64 disbursements = 0;
    qint64 auditEntries = 0;
    qint64 refusedForFunds = 0;
    qint64 milliseconds = 0;
    qint64 sealMilliseconds = 0;
    QString describe() const;
};

// A fund `scale` times the ¶20 medium scale over ten years, for measuring FundDesk at volume
// (issue 11): per unit of scale about 40 donors, 500 contributions, 800 sponsorship
// applications at 20 meetings, 200 activity applications, their workflow histories,
// commitments and some 3 000 disbursements. Written in bulk with prepared statements in one
// transaction (the services would take hours), yet by the same rules: approvals stay within
// the balance available, payments within commitments, the audit triggers record every row and
// the chain is sealed; the years before last are closed. Deterministic for a seed and a day.
class ScaleFundGenerator final
{
public:
    ScaleFundGenerator(int scale, quint32 seed, QDate today = QDate::currentDate())
        : m_scale(scale), m_seed(seed), m_today(today)
    {}

    Result<ScaleFundSummary> generate(Database &database) const;

private:
    int m_scale;
    quint32 m_seed;
    QDate m_today;
};

} // namespace FundDesk::Core
