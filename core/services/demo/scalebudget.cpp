#include "core/services/demo/scalebudget.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

ScaleBudget::ScaleBudget(int firstYear, int lastYear, qint64 staffCostPerYear, qint64 threshold)
    : m_firstYear(firstYear),
      m_staffCostPerYear(staffCostPerYear),
      m_threshold(threshold),
      m_received(lastYear - firstYear + 1, 0),
      m_committed(lastYear - firstYear + 1, 0)
{}

void ScaleBudget::addReceipt(int year, qint64 usdMinor)
{
    m_received[std::clamp(year - m_firstYear, 0, int(m_received.size()) - 1)] += usdMinor;
}

qint64 ScaleBudget::receivedThrough(int year) const
{
    qint64 total = 0;
    for (int i = 0; i <= year - m_firstYear && i < m_received.size(); ++i) {
        total += m_received[i];
    }
    return total;
}

// Staff costs run from the first year with a receipt, as BalanceService counts them.
qint64 ScaleBudget::availableThrough(int year) const
{
    qint64 available = 0;
    bool running = false;
    for (int i = 0; i <= year - m_firstYear && i < m_received.size(); ++i) {
        running = running || m_received[i] > 0;
        available += m_received[i] - m_committed[i] - (running ? m_staffCostPerYear : 0);
    }
    return available;
}

bool ScaleBudget::tryCommit(int year, qint64 usdMinor)
{
    const int index = year - m_firstYear;
    if (index < 0 || index >= m_committed.size() || receivedThrough(year) < m_threshold) {
        return false;
    }
    for (int later = year; later < m_firstYear + m_committed.size(); ++later) {
        if (availableThrough(later) < usdMinor) {
            return false;
        }
    }
    m_committed[index] += usdMinor;
    return true;
}

} // namespace FundDesk::Core::Demo
