#pragma once

#include <QtGlobal>

namespace FundDesk::Core {

// One selectable applicant as the slate search sees it: plain numbers, so the search does not
// touch strings or Money in its inner loop. Costs are USD cents.
struct SlateItem
{
    qint64 id = 0; // the application id: the last tie-break
    int state = 0; // any number identifying the State; equal numbers, same State
    bool woman = false;
    int groupBit = 0;      // 1 << k for regional group k (0–4); 0 for a State in no group
    bool priority = false; // the State is an LDC, LLDC or SIDS
    int score = 0;         // 0–100
    qint64 cost = 0;       // ≥ 0
    bool pinned = false;
};

} // namespace FundDesk::Core
