#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace FundDesk::Bench {

// One line of the results table: FundDesk's figure beside its bare limit and the budget.
struct Figure
{
    QString what;
    double fundDesk = -1; // ms or MB; negative: not measured
    double bare = -1;
    QString unit = QStringLiteral("ms");
    QString budget; // as written in issue 11, empty when it sets none
    bool withinBudget = true;
    QString note;
};

// The median of `runs` timings of `work`, in milliseconds; `prepare` runs before each, untimed.
inline double medianMs(int runs, const std::function<void()> &work,
                       const std::function<void()> &prepare = {})
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        if (prepare) {
            prepare();
        }
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// Peak resident memory of this process so far (VmHWM), in MB.
double peakMemoryMb();

} // namespace FundDesk::Bench
