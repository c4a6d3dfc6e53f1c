#pragma once

#include "core/services/slate/slatebound.h"
#include "core/services/slate/slateitem.h"
#include "core/services/slate/slatesearch.h"
#include "core/services/slate/slateweights.h"

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace FundDesk::Core {

// SlateSearch's working state (see slatesearch.h): for every summary of a partial slate —
// (seats, women capped at half the seats, groups mask, current State represented) — the
// frontier of partial slates that no other beats on both value and cost. Internal to the
// slate folder; split over slatesearch.cpp (the run), slatefrontiers.cpp (the frontiers) and
// slatepruning.cpp (the bound).

// A partial slate: (States, priority, score) packed into one number that orders like the
// tuple, its cost, and the chain of items taken (for the ids and the answer).
struct SlateLabel
{
    qint64 value = 0;
    qint64 cost = 0;
    qint32 node = -1;
};

struct SlateNode
{
    qint32 parent = -1;
    qint32 item = -1;
};

class SlateFrontiers final
{
public:
    SlateFrontiers(const QList<SlateItem> &items, int seats, std::optional<qint64> budget)
        : m_items(items), m_weights(seats), m_seats(seats), m_half(m_weights.half), m_budget(budget)
    {
        m_layer.resize(std::size_t(seats + 1) * std::size_t(m_half + 1) * 64);
    }

    SlateSearch::Outcome run();

private:
    int key(int seats, int women, unsigned mask, int bit) const
    {
        return ((seats * (m_half + 1) + women) * 32 + int(mask)) * 2 + bit;
    }
    int seatsOf(int k) const { return k / (2 * 32 * (m_half + 1)); }
    int womenOf(int k) const { return (k / 64) % (m_half + 1); }
    static unsigned maskOf(int k) { return unsigned(k / 2) % 32; }
    static int bitOf(int k) { return k % 2; }
    qint64 objective(int k, const SlateLabel &label) const
    {
        return label.value + m_weights.terminal(seatsOf(k), womenOf(k), maskOf(k));
    }

    qint32 addNode(qint32 parent, int item)
    {
        m_nodes.push_back({parent, qint32(item)});
        return qint32(m_nodes.size() - 1);
    }
    // The sorted ids of a chain, plus `item` when it is not -1.
    std::vector<qint64> idsOf(qint32 node, int item = -1) const;
    // Merges source into target, keeping the slates that neither beats on value and cost.
    // With `item` ≥ 0 the source labels are not stored yet: their node is the parent of the
    // one to add for `item`, made only for the labels that survive (most do not).
    void mergeInto(std::vector<SlateLabel> &target, const std::vector<SlateLabel> &source,
                   int item = -1);
    void take(int item);
    void foldStates(int nextBit);
    void prune(int group);
    void dive(const std::vector<int> &order, const std::vector<int> &groupStarts,
              const std::vector<int> &startBits, SlateLabel start, int startKey);
    double dualPrice(const std::vector<int> &order, qint64 budget) const;
    void chooseBound(const std::vector<int> &order, const std::vector<int> &groupStarts,
                     const std::vector<int> &startBits, const SlateLabel &start, int startKey);

    const QList<SlateItem> &m_items;
    SlateWeights m_weights;
    int m_seats;
    int m_half;
    std::optional<qint64> m_budget;
    std::unique_ptr<SlateBound> m_bound;
    qint64 m_incumbent = -1; // the best objective of a complete slate seen so far
    std::vector<SlateNode> m_nodes;
    std::vector<std::vector<SlateLabel>> m_layer;
    std::vector<SlateLabel> m_shifted;
    std::vector<SlateLabel> m_merged;
};

} // namespace FundDesk::Core
