#pragma once

#include "core/services/slate/slateitem.h"

#include <QList>

#include <optional>

namespace FundDesk::Core {

// The exact search behind SlateBuilder: the best set of items under SlateBuilder's ordered
// objectives (see slatebuilder.h), found by dynamic programming over the applicants grouped by
// State. A partial slate is summarised by (seats taken, women up to half the seats, regional
// groups covered, whether the current State already has a delegate); within one summary only
// the slates not beaten on both (States, priority, score) and cost are kept — a Pareto frontier
// that is a single slate when there is no budget. Any completion adds the same to two slates
// with one summary, so a dropped slate can never become the best: the result is exact.
class SlateSearch final
{
public:
    struct Outcome
    {
        QList<int> chosen; // indices into the items, ascending
        // The pinned items alone break the seats or the budget: the slate is the pins only.
        bool pinsExceedSeats = false;
        bool pinsExceedBudget = false;
    };

    // budget in cents; nullopt for no budget. Scores are clamped to 0–100, seats to ≥ 0.
    static Outcome solve(const QList<SlateItem> &items, int seats, std::optional<qint64> budget);
};

} // namespace FundDesk::Core
