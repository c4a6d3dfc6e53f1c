#include "core/services/slate/slatebound.h"

#include <algorithm>
#include <limits>

namespace FundDesk::Core {

bool SlateBound::affordable(int seats, qsizetype groups)
{
    const qint64 cells = qint64(seats + 1) * ((seats + 1) / 2 + 1) * 32 * (groups + 1);
    return cells <= 8'000'000; // 64 MB of doubles at most
}

SlateBound::SlateBound(const QList<SlateItem> &items, const std::vector<int> &order,
                       const std::vector<int> &groupStarts, const std::vector<int> &startBits,
                       const SlateWeights &weights, double lambda)
    : m_weights(weights), m_lambda(lambda)
{
    const int seats = weights.seats;
    const int half = weights.half;
    const std::size_t cells = std::size_t(seats + 1) * std::size_t(half + 1) * 32;
    // after[cell * 2 + bit]: the best completion from the next position on.
    std::vector<double> after(cells * 2);
    std::vector<double> here(cells * 2);
    for (int n = 0; n <= seats; ++n) {
        for (int w = 0; w <= half; ++w) {
            for (unsigned mask = 0; mask < 32; ++mask) {
                const double value = double(weights.terminal(n, w, mask));
                const std::size_t cell = std::size_t(index(n, w, mask));
                after[cell * 2] = value;
                after[cell * 2 + 1] = value;
            }
        }
    }
    m_tables.resize(groupStarts.size());
    int group = int(groupStarts.size()) - 1;
    for (int position = int(order.size()) - 1; position >= 0; --position) {
        const SlateItem &item = items.at(order[std::size_t(position)]);
        const bool last = position + 1 == int(order.size());
        const bool sameStateNext =
            !last && items.at(order[std::size_t(position + 1)]).state == item.state;
        // The bit the next position's table is read with when the State changes.
        const int nextStartBit = last || sameStateNext ? 0 : startBits[std::size_t(group + 1)];
        const double cost = m_lambda * double(item.cost);
        for (int n = 0; n <= seats; ++n) {
            for (int w = 0; w <= half; ++w) {
                const int w2 = std::min(w + (item.woman ? 1 : 0), half);
                for (unsigned mask = 0; mask < 32; ++mask) {
                    const std::size_t cell = std::size_t(index(n, w, mask));
                    const std::size_t taken =
                        n < seats ? std::size_t(index(n + 1, w2, mask | unsigned(item.groupBit)))
                                  : 0;
                    for (int bit = 0; bit < 2; ++bit) {
                        const int skipBit = sameStateNext ? bit : nextStartBit;
                        double best = after[cell * 2 + std::size_t(skipBit)];
                        if (n < seats) {
                            const int takeBit = sameStateNext ? 1 : nextStartBit;
                            const double gain =
                                double((bit == 0 ? weights.states : 0) +
                                       (item.priority ? weights.priority : 0) + item.score);
                            best = std::max(best,
                                            gain - cost + after[taken * 2 + std::size_t(takeBit)]);
                        }
                        here[cell * 2 + std::size_t(bit)] = best;
                    }
                }
            }
        }
        after.swap(here);
        if (position == groupStarts[std::size_t(group)]) {
            std::vector<double> &table = m_tables[std::size_t(group)];
            table.resize(cells);
            const std::size_t bit = std::size_t(startBits[std::size_t(group)]);
            for (std::size_t cell = 0; cell < cells; ++cell) {
                table[cell] = after[cell * 2 + bit];
            }
            --group;
        }
    }
}

} // namespace FundDesk::Core
