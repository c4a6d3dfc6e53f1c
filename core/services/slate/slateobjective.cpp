#include "core/services/slate/slateobjective.h"

#include <QSet>

#include <algorithm>
#include <bit>

namespace FundDesk::Core {

SlateObjective SlateObjective::of(const QList<SlateItem> &items, const QList<int> &chosen)
{
    SlateObjective value;
    QSet<int> states;
    int women = 0;
    unsigned mask = 0;
    for (const int index : chosen) {
        const SlateItem &item = items.at(index);
        states.insert(item.state);
        women += item.woman ? 1 : 0;
        mask |= unsigned(item.groupBit);
        value.priority += item.priority ? 1 : 0;
        value.score += item.score;
        value.cost += item.cost;
        value.ids.append(item.id);
    }
    value.states = int(states.size());
    value.seats = int(chosen.size());
    value.women = std::min(women, (value.seats + 1) / 2);
    value.groups = std::popcount(mask);
    std::sort(value.ids.begin(), value.ids.end());
    return value;
}

SlateObjective::Level SlateObjective::firstDifference(const SlateObjective &a,
                                                      const SlateObjective &b)
{
    if (a.states != b.states) {
        return Level::States;
    }
    if (a.seats != b.seats) {
        return Level::Seats;
    }
    if (a.women != b.women) {
        return Level::Women;
    }
    if (a.groups != b.groups) {
        return Level::Groups;
    }
    if (a.priority != b.priority) {
        return Level::Priority;
    }
    if (a.score != b.score) {
        return Level::Score;
    }
    if (a.cost != b.cost) {
        return Level::Cost;
    }
    return a.ids != b.ids ? Level::Ids : Level::Equal;
}

bool SlateObjective::better(const SlateObjective &a, const SlateObjective &b)
{
    switch (firstDifference(a, b)) {
    case Level::States:
        return a.states > b.states;
    case Level::Seats:
        return a.seats > b.seats;
    case Level::Women:
        return a.women > b.women;
    case Level::Groups:
        return a.groups > b.groups;
    case Level::Priority:
        return a.priority > b.priority;
    case Level::Score:
        return a.score > b.score;
    case Level::Cost:
        return a.cost < b.cost;
    case Level::Ids:
        return std::lexicographical_compare(a.ids.cbegin(), a.ids.cend(), b.ids.cbegin(),
                                            b.ids.cend());
    case Level::Equal:
        break;
    }
    return false;
}

} // namespace FundDesk::Core
