#include "core/services/slate/slatefrontiers.h"

#include <algorithm>
#include <functional>

namespace FundDesk::Core {

// Drops the partial slates whose bound cannot reach the best complete slate seen so far. Every
// partial slate is itself complete (taking no one else), so it also raises that best.
void SlateFrontiers::prune(int group)
{
    for (std::size_t k = 0; k < m_layer.size(); ++k) {
        for (const SlateLabel &label : m_layer[k]) {
            m_incumbent = std::max(m_incumbent, objective(int(k), label));
        }
    }
    const double slack = m_bound->lambda() * double(*m_budget);
    for (std::size_t k = 0; k < m_layer.size(); ++k) {
        std::vector<SlateLabel> &labels = m_layer[k];
        if (labels.empty()) {
            continue;
        }
        const double rest = m_bound->at(group, seatsOf(int(k)), womenOf(int(k)), maskOf(int(k)));
        const auto hopeless = [&](const SlateLabel &label) {
            const double bound =
                double(label.value) + rest + slack - m_bound->lambda() * double(label.cost);
            return bound < double(m_incumbent) - 0.5; // 0.5: integers, whatever the rounding
        };
        labels.erase(std::remove_if(labels.begin(), labels.end(), hopeless), labels.end());
    }
}

// A first complete slate before the search starts, so pruning bites from the first State: one
// pass over the States, each time taking the applicant (or no one) that the bound rates best.
void SlateFrontiers::dive(const std::vector<int> &order, const std::vector<int> &groupStarts,
                          const std::vector<int> &startBits, SlateLabel start, int startKey)
{
    int n = seatsOf(startKey);
    int women = womenOf(startKey);
    unsigned mask = maskOf(startKey);
    const int groupCount = int(groupStarts.size());
    const auto rest = [&](int group, int seats, int w, unsigned m) {
        return group == groupCount ? double(m_weights.terminal(seats, w, m))
                                   : m_bound->at(group, seats, w, m);
    };
    for (int group = 0; group < groupCount; ++group) {
        const int begin = groupStarts[std::size_t(group)];
        const int end =
            group + 1 < groupCount ? groupStarts[std::size_t(group + 1)] : int(order.size());
        const qint64 newState = startBits[std::size_t(group)] == 0 ? m_weights.states : 0;
        double best = rest(group + 1, n, women, mask);
        int chosen = -1;
        for (int position = begin; position < end && n < m_seats; ++position) {
            const SlateItem &item = m_items.at(order[std::size_t(position)]);
            if (start.cost + item.cost > *m_budget) {
                continue;
            }
            const double value =
                double(newState + (item.priority ? m_weights.priority : 0) + item.score) -
                m_bound->lambda() * double(item.cost) +
                rest(group + 1, n + 1, std::min(women + (item.woman ? 1 : 0), m_half),
                     mask | unsigned(item.groupBit));
            if (value > best) {
                best = value;
                chosen = order[std::size_t(position)];
            }
        }
        if (chosen >= 0) {
            const SlateItem &item = m_items.at(chosen);
            start.value += newState + (item.priority ? m_weights.priority : 0) + item.score;
            start.cost += item.cost;
            ++n;
            women = std::min(women + (item.woman ? 1 : 0), m_half);
            mask |= unsigned(item.groupBit);
        }
    }
    m_incumbent = std::max(m_incumbent, start.value + m_weights.terminal(n, women, mask));
}

// The price of a cent for the bound. The best price is the budget's shadow price; it is
// estimated on a simpler problem with the same budget — take the seats' worth of applicants
// with the most priority and score — by minimising that problem's Lagrangian dual
// L(λ) = λ·budget + the sum of the `seats` largest (value − λ·cost), convex in λ. Any price
// keeps the search exact; a good one makes it fast.
double SlateFrontiers::dualPrice(const std::vector<int> &order, qint64 budget) const
{
    std::vector<double> values;
    std::vector<double> costs;
    double top = 0.0;
    double cheapest = 0.0;
    for (const int index : order) {
        const SlateItem &item = m_items.at(index);
        values.push_back(double((item.priority ? m_weights.priority : 0) + item.score));
        costs.push_back(double(item.cost));
        top = std::max(top, values.back());
        if (item.cost > 0 && (cheapest == 0.0 || double(item.cost) < cheapest)) {
            cheapest = double(item.cost);
        }
    }
    const std::size_t take = std::min(values.size(), std::size_t(m_seats));
    if (take == 0 || cheapest == 0.0) {
        return 0.0;
    }
    std::vector<double> net(values.size());
    const auto dual = [&](double lambda) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            net[i] = values[i] - lambda * costs[i];
        }
        std::nth_element(net.begin(), net.begin() + std::ptrdiff_t(take - 1), net.end(),
                         std::greater<>());
        double sum = lambda * double(budget);
        for (std::size_t i = 0; i < take; ++i) {
            sum += net[i];
        }
        return sum;
    };
    double low = 0.0;
    double high = top / cheapest;
    for (int step = 0; step < 60; ++step) {
        const double a = low + (high - low) / 3;
        const double b = high - (high - low) / 3;
        if (dual(a) <= dual(b)) {
            high = b;
        } else {
            low = a;
        }
    }
    return (low + high) / 2;
}

// Two prices: the dual estimate above, and three times the mean score per cent (better when
// the budget binds on who can come at all, which the estimate does not see). The one whose
// bound on the whole problem is lower prunes more; each costs one backward pass.
void SlateFrontiers::chooseBound(const std::vector<int> &order, const std::vector<int> &groupStarts,
                                 const std::vector<int> &startBits, const SlateLabel &start,
                                 int startKey)
{
    qint64 score = 0;
    qint64 cost = 0;
    for (const int index : order) {
        score += m_items.at(index).score;
        cost += m_items.at(index).cost;
    }
    const qint64 budget = *m_budget - start.cost;
    const double prices[] = {dualPrice(order, budget),
                             cost > 0 ? 3.0 * double(score) / double(cost) : 0.0};
    double lowest = 0.0;
    for (const double price : prices) {
        auto bound =
            std::make_unique<SlateBound>(m_items, order, groupStarts, startBits, m_weights, price);
        const double root = double(start.value) + price * double(budget) +
                            bound->at(0, seatsOf(startKey), womenOf(startKey), maskOf(startKey));
        if (!m_bound || root < lowest) {
            m_bound = std::move(bound);
            lowest = root;
        }
    }
}

} // namespace FundDesk::Core
