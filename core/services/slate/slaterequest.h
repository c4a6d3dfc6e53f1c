#pragma once

#include "core/domain/ids.h"
#include "core/domain/money.h"

#include <QSet>

#include <optional>

namespace FundDesk::Core {

// What the manager asks the slate builder for: a seat count and/or a budget (USD), and the
// applicants pinned in or excluded by hand. An id both pinned and excluded counts as excluded.
struct SlateRequest
{
    // The ¶20 scenarios: 10 delegates at the small scale, 20 at the medium one.
    static constexpr int smallScaleSeats = 10;
    static constexpr int mediumScaleSeats = 20;
    static constexpr int maximumSeats = 200;

    int seats = smallScaleSeats;
    std::optional<Money> budget;
    QSet<SponsorshipId> pinned;
    QSet<SponsorshipId> excluded;

    bool isPinned(SponsorshipId id) const { return pinned.contains(id) && !excluded.contains(id); }
    bool isExcluded(SponsorshipId id) const { return excluded.contains(id); }
};

} // namespace FundDesk::Core
