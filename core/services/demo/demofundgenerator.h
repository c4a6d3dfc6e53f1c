#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

class Database;

// What a generated demo fund holds, for the command line and the first-run dialog to say.
struct DemoFundSummary
{
    QString fundName;
    int states = 0;
    int donors = 0;
    int contributions = 0;
    int activities = 0;
    int activityReviews = 0;
    int consultations = 0;
    int meetings = 0;
    int sponsorships = 0;
    int profiles = 0;
    int transitions = 0;
    int commitments = 0;
    int disbursements = 0;
    int closedYear = 0;
    QString describe() const;
};

// Fills an empty, migrated fund with realistic demo records: the fund's settings, about forty
// donors of every kind, three years of pledges and receipts in several currencies, activities
// and sponsorships moved through the ¶18 workflow by the demo's profiles (commitments,
// tranches, travel costs, one refund) and the first year closed. Every
// record goes through the real services, so the demo obeys the fund's rules. Deterministic for
// a seed and a day, and all in one transaction: a failure leaves the file as it was.
class DemoFundGenerator final
{
public:
    explicit DemoFundGenerator(quint32 seed, QDate today = QDate::currentDate())
        : m_seed(seed), m_today(today)
    {
    }

    Result<DemoFundSummary> generate(Database &database) const;

private:
    quint32 m_seed;
    QDate m_today;
};

} // namespace FundDesk::Core
