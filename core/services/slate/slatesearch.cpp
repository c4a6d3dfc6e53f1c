#include "core/services/slate/slatesearch.h"

#include "core/services/slate/slatefrontiers.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

namespace FundDesk::Core {

SlateSearch::Outcome SlateFrontiers::run()
{
    SlateSearch::Outcome outcome;
    QSet<int> pinnedStates;
    std::vector<int> order;
    SlateLabel start;
    int women = 0;
    unsigned mask = 0;
    int pins = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const SlateItem &item = m_items.at(i);
        if (!item.pinned) {
            order.push_back(i);
            continue;
        }
        ++pins;
        outcome.chosen.append(i);
        start.value += (pinnedStates.contains(item.state) ? 0 : m_weights.states) +
                       (item.priority ? m_weights.priority : 0) + item.score;
        pinnedStates.insert(item.state);
        start.cost += item.cost;
        start.node = addNode(start.node, i);
        women += item.woman ? 1 : 0;
        mask |= unsigned(item.groupBit);
    }
    outcome.pinsExceedSeats = pins > m_seats;
    outcome.pinsExceedBudget = m_budget && start.cost > *m_budget;
    if (outcome.pinsExceedSeats || outcome.pinsExceedBudget) {
        return outcome;
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return m_items.at(a).state < m_items.at(b).state; });
    std::vector<int> groupStarts;
    std::vector<int> startBits;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const int state = m_items.at(order[i]).state;
        if (i == 0 || state != m_items.at(order[i - 1]).state) {
            groupStarts.push_back(int(i));
            startBits.push_back(pinnedStates.contains(state) ? 1 : 0);
        }
    }
    if (m_budget && !order.empty() &&
        SlateBound::affordable(m_seats, qsizetype(groupStarts.size()))) {
        chooseBound(order, groupStarts, startBits, start,
                    key(pins, std::min(women, m_half), mask, 0));
    }
    const int first = startBits.empty() ? 0 : startBits.front();
    const int startKey = key(pins, std::min(women, m_half), mask, first);
    m_layer[std::size_t(startKey)].push_back(start);
    if (m_bound) {
        dive(order, groupStarts, startBits, start, startKey);
    }
    int group = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (group < int(groupStarts.size()) && groupStarts[std::size_t(group)] == int(i)) {
            if (i > 0) {
                foldStates(startBits[std::size_t(group)]);
            }
            if (m_bound) {
                prune(group);
            }
            ++group;
        }
        take(order[i]);
    }

    // The finalists: the best slate of each summary, compared on every objective.
    bool found = false;
    SlateLabel best;
    std::array<qint64, 4> bestTuple{};
    for (std::size_t k = 0; k < m_layer.size(); ++k) {
        const int n = seatsOf(int(k));
        for (const SlateLabel &label : m_layer[k]) {
            // States first, then the summary's part, then priority and score; cost last.
            const std::array<qint64, 4> tuple{
                m_weights.statesOf(label.value),
                m_weights.terminal(n, womenOf(int(k)), maskOf(int(k))),
                label.value % m_weights.states, -label.cost};
            if (!found || tuple > bestTuple ||
                (tuple == bestTuple && idsOf(label.node) < idsOf(best.node))) {
                found = true;
                best = label;
                bestTuple = tuple;
            }
        }
    }
    outcome.chosen.clear();
    for (qint32 node = best.node; node >= 0; node = m_nodes[std::size_t(node)].parent) {
        outcome.chosen.append(m_nodes[std::size_t(node)].item);
    }
    std::sort(outcome.chosen.begin(), outcome.chosen.end());
    return outcome;
}

SlateSearch::Outcome SlateSearch::solve(const QList<SlateItem> &items, int seats,
                                        std::optional<qint64> budget)
{
    QList<SlateItem> clean = items;
    seats = std::max(seats, 0);
    qint64 pinnedCost = 0;
    int pins = 0;
    std::vector<qint64> costs;
    for (SlateItem &item : clean) {
        item.score = std::clamp(item.score, 0, 100);
        item.cost = std::max<qint64>(item.cost, 0);
        if (item.pinned) {
            pinnedCost += item.cost;
            ++pins;
        } else {
            costs.push_back(item.cost);
        }
    }
    // A budget that the dearest possible slate fits in changes nothing: drop it, so the search
    // keeps one slate per summary instead of a frontier.
    if (budget && pins <= seats) {
        std::sort(costs.begin(), costs.end(), std::greater<>());
        qint64 dearest = pinnedCost;
        for (std::size_t i = 0; i < costs.size() && i < std::size_t(seats - pins); ++i) {
            dearest += costs[i];
        }
        if (dearest <= *budget) {
            budget.reset();
        }
    }
    return SlateFrontiers(clean, seats, budget).run();
}

} // namespace FundDesk::Core
