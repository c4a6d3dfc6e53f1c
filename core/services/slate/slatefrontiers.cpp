#include "core/services/slate/slatefrontiers.h"

#include <algorithm>
#include <limits>

namespace FundDesk::Core {

std::vector<qint64> SlateFrontiers::idsOf(qint32 node, int item) const
{
    std::vector<qint64> ids;
    if (item >= 0) {
        ids.push_back(m_items.at(item).id);
    }
    for (; node >= 0; node = m_nodes[std::size_t(node)].parent) {
        ids.push_back(m_items.at(m_nodes[std::size_t(node)].item).id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SlateFrontiers::mergeInto(std::vector<SlateLabel> &target,
                               const std::vector<SlateLabel> &source, int item)
{
    if (source.empty()) {
        return;
    }
    // True when the source label s (still pending `item`) sorts before the stored label t on
    // the ids: the last tie-break, reached only when value and cost are equal.
    const auto sourceFirst = [&](const SlateLabel &s, const SlateLabel &t) {
        return idsOf(s.node, item) < idsOf(t.node);
    };
    const auto stored = [&](SlateLabel label) {
        if (item >= 0) {
            label.node = addNode(label.node, item);
        }
        return label;
    };
    if (!m_budget) {
        // Without a budget cost only breaks ties, so one slate per summary is enough.
        const SlateLabel &s = source.front();
        if (target.empty()) {
            target.assign(1, stored(s));
            return;
        }
        const SlateLabel &t = target.front();
        if (s.value > t.value ||
            (s.value == t.value && (s.cost < t.cost || (s.cost == t.cost && sourceFirst(s, t))))) {
            target.front() = stored(s);
        }
        return;
    }
    // Both lists are sorted by cost with strictly rising values; keep the merged staircase.
    m_merged.clear();
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < target.size() || j < source.size()) {
        const SlateLabel *next = nullptr;
        bool fromSource = false;
        if (j == source.size()) {
            next = &target[i++];
        } else if (i == target.size()) {
            next = &source[j++];
            fromSource = true;
        } else {
            const SlateLabel &a = target[i];
            const SlateLabel &b = source[j];
            if (a.cost != b.cost ? b.cost < a.cost
                                 : (a.value != b.value ? b.value > a.value : sourceFirst(b, a))) {
                next = &source[j++];
                fromSource = true;
                if (a.cost == b.cost && a.value == b.value) {
                    ++i;
                }
            } else {
                next = &target[i++];
                if (a.cost == b.cost && a.value == b.value) {
                    ++j;
                }
            }
        }
        if (!m_merged.empty() && next->value <= m_merged.back().value) {
            continue; // costs at least as much for no more
        }
        m_merged.push_back(fromSource ? stored(*next) : *next);
    }
    target.swap(m_merged);
}

// In place, from the fullest summaries down, so a slate never takes the same applicant twice.
void SlateFrontiers::take(int item)
{
    const SlateItem &candidate = m_items.at(item);
    const qint64 budget = m_budget.value_or(std::numeric_limits<qint64>::max());
    const int firstFull = key(m_seats, 0, 0, 0);
    for (int k = firstFull - 1; k >= 0; --k) {
        const std::vector<SlateLabel> &labels = m_layer[std::size_t(k)];
        if (labels.empty()) {
            continue;
        }
        const int target =
            key(seatsOf(k) + 1, std::min(womenOf(k) + (candidate.woman ? 1 : 0), m_half),
                maskOf(k) | unsigned(candidate.groupBit), 1);
        const qint64 gain = (bitOf(k) == 0 ? m_weights.states : 0) +
                            (candidate.priority ? m_weights.priority : 0) + candidate.score;
        m_shifted.clear();
        for (const SlateLabel &label : labels) {
            const qint64 cost = label.cost + candidate.cost;
            if (cost > budget) {
                break; // sorted by cost: the rest cost more
            }
            m_shifted.push_back({label.value + gain, cost, label.node});
        }
        mergeInto(m_layer[std::size_t(target)], m_shifted, item);
    }
}

// Between two States: "this State already has a delegate" no longer matters, so the two halves
// of each summary merge; the next State starts represented only if a pin is from it.
void SlateFrontiers::foldStates(int nextBit)
{
    for (std::size_t k = 0; k < m_layer.size(); k += 2) {
        std::vector<SlateLabel> &from = m_layer[k + std::size_t(1 - nextBit)];
        if (!from.empty()) {
            mergeInto(m_layer[k + std::size_t(nextBit)], from);
            from.clear();
        }
    }
}

} // namespace FundDesk::Core
