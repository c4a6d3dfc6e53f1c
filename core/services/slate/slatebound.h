#pragma once

#include "core/services/slate/slateitem.h"
#include "core/services/slate/slateweights.h"

#include <QList>

#include <vector>

namespace FundDesk::Core {

// An upper bound on what the rest of the applicants can still add to a partial slate, used by
// SlateSearch to drop partial slates that cannot beat the best complete one found so far.
//
// It is the Lagrangian relaxation of the budget: for a price λ ≥ 0 per cent, the best
// completion of each summary maximising (objective gained − λ × cost), computed exactly by a
// backward pass with no budget at all. Any completion that fits a remaining budget R gains at
// most bound + λ × R, whatever λ is (weak duality); λ only decides how tight it is.
class SlateBound final
{
public:
    // order: the items in the search's order; groupStarts: where each State's run begins in
    // it; startBits: 1 when that State already has a pinned delegate.
    SlateBound(const QList<SlateItem> &items, const std::vector<int> &order,
               const std::vector<int> &groupStarts, const std::vector<int> &startBits,
               const SlateWeights &weights, double lambda);

    double lambda() const { return m_lambda; }
    // The bound at the start of State run `group`, for a summary with that run's start bit.
    double at(int group, int seats, int women, unsigned mask) const
    {
        return m_tables[std::size_t(group)][std::size_t(index(seats, women, mask))];
    }

    // Small enough to keep a table per State run: the search uses the bound only then.
    static bool affordable(int seats, qsizetype groups);

private:
    int index(int seats, int women, unsigned mask) const
    {
        return (seats * (m_weights.half + 1) + women) * 32 + int(mask);
    }

    SlateWeights m_weights;
    double m_lambda;
    std::vector<std::vector<double>> m_tables;
};

} // namespace FundDesk::Core
