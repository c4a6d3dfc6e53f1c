#pragma once

#include <QList>

namespace FundDesk::Core::Demo {

// The scale generator's running copy of the balance rule (BalanceService, ¶15–¶16): by the end
// of every year, approvals may not exceed receipts less the two posts' salaries. Approvals are
// offered in date order; one that any year from its own on cannot afford is refused, and none
// before the receipts reach the operational threshold (¶16).
class ScaleBudget final
{
public:
    ScaleBudget(int firstYear, int lastYear, qint64 staffCostPerYear, qint64 threshold);

    void addReceipt(int year, qint64 usdMinor);
    bool tryCommit(int year, qint64 usdMinor);
    qint64 receivedThrough(int year) const;

private:
    qint64 availableThrough(int year) const;
    int m_firstYear;
    qint64 m_staffCostPerYear;
    qint64 m_threshold;
    QList<qint64> m_received;
    QList<qint64> m_committed;
};

} // namespace FundDesk::Core::Demo
