#pragma once

#include "core/services/slate/slate.h"
#include "core/services/slate/slatecandidate.h"
#include "core/services/slate/slaterequest.h"

#include <QList>

namespace FundDesk::Core {

// Proposes the slate of sponsored delegates for one meeting (¶22, ¶12): pure, exact and
// deterministic — the same candidates and request always give the same slate.
//
// Only selectable candidates (no ¶21 criterion failing or unassessed) can be chosen. Among the
// sets of them, the slate is the best under these objectives, each one only breaking the ties
// of those before it:
//   (0) every pinned applicant is in, every excluded one out (hard);
//   (1) at most `seats` delegates, total cost ≤ budget when there is one (hard);
//   (2) the most distinct States, then the most seats filled: a second delegate from a State
//       only when no applicant from an unrepresented State could take the seat;
//   (3) gender parity: the most women, counted up to half the seats filled (rounded up) —
//       more women than that is neither better nor worse;
//   (4) the most of the five UN regional groups covered;
//   (5) the most delegates from LDC, LLDC and SIDS;
//   (6) the highest total reviewer score (no score counts as 0);
//   (7) the lowest total cost; then the smallest application ids (sorted, compared in order).
// When the pins alone exceed the seats or the budget, the slate is the pins and a warning.
class SlateBuilder final
{
public:
    static Slate build(const QList<SlateCandidate> &candidates, const SlateRequest &request);
};

} // namespace FundDesk::Core
