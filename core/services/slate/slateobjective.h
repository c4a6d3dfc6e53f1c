#pragma once

#include "core/services/slate/slateitem.h"

#include <QList>

#include <optional>

namespace FundDesk::Core {

// The value of one slate under the ordered objectives of SlateBuilder, as a tuple compared
// lexicographically. Used to pick among the search's finalists and to explain the choices.
struct SlateObjective
{
    // The objectives in their order of importance; the first that differs decides.
    enum class Level { States, Seats, Women, Groups, Priority, Score, Cost, Ids, Equal };

    int states = 0;    // distinct States
    int seats = 0;     // delegates
    int women = 0;     // min(women, ceil(seats / 2)): parity counts, more is neither
    int groups = 0;    // regional groups covered
    int priority = 0;  // delegates from LDC/LLDC/SIDS
    int score = 0;     // total reviewer score
    qint64 cost = 0;   // lower is better
    QList<qint64> ids; // sorted; lexicographically smaller is better

    static SlateObjective of(const QList<SlateItem> &items, const QList<int> &chosen);
    // The first level where a and b differ (Equal when they do not).
    static Level firstDifference(const SlateObjective &a, const SlateObjective &b);
    // True when a is strictly better than b.
    static bool better(const SlateObjective &a, const SlateObjective &b);
};

} // namespace FundDesk::Core
