#pragma once

#include <QtGlobal>

#include <algorithm>
#include <bit>

namespace FundDesk::Core {

// SlateBuilder's ordered objectives folded into one integer that orders exactly like them:
// each weight exceeds the largest possible total of every objective after it. A partial slate
// keeps States, priority and score in `value`; seats, women and groups come from its summary.
struct SlateWeights
{
    explicit SlateWeights(int seatCount) : seats(seatCount), half((seatCount + 1) / 2)
    {
        priority = qint64(100) * seats + 1;
        groups = qint64(seats + 1) * priority;
        women = 6 * groups;
        filled = qint64(half + 1) * women;
        states = qint64(seats + 1) * filled;
    }

    // The part of the objective that the summary (seats, women so far capped at half the
    // seats, groups mask) decides at the end.
    qint64 terminal(int n, int womenSoFar, unsigned mask) const
    {
        return n * filled + std::min(womenSoFar, (n + 1) / 2) * women +
               std::popcount(mask) * groups;
    }
    qint64 statesOf(qint64 value) const { return value / states; }
    qint64 priorityOf(qint64 value) const { return (value % states) / priority; }
    qint64 scoreOf(qint64 value) const { return value % priority; }

    int seats;
    int half;
    qint64 priority = 1;
    qint64 groups = 1;
    qint64 women = 1;
    qint64 filled = 1;
    qint64 states = 1;
};

} // namespace FundDesk::Core
