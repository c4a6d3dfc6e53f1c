#pragma once

#include "core/domain/money.h"

namespace FundDesk::Core {

// The fund's position at the end of a year, all in USD and computed from the records each
// time (never stored twice). Figures are cumulative from the fund's start unless named "InYear".
struct FundBalance
{
    int year = 0;
    Money receivedInYear = Money::usd(0);
    Money received = Money::usd(0);           // all receipts through the year
    Money pledgedOutstanding = Money::usd(0); // pledged and not yet received, through the year
    Money committed = Money::usd(0);          // approved amounts (sponsorships, activities)
    Money disbursed = Money::usd(0);          // paid out against commitments
    Money staffCosts = Money::usd(0);         // P and GS posts, when charged to contributions
    Money available = Money::usd(0);          // received - committed - staffCosts
    Money threshold = Money::usd(0);
    bool thresholdSet = false;
    bool operational = false;                 // received >= threshold (¶16)
    Money missingToThreshold = Money::usd(0); // zero once operational

    bool operator==(const FundBalance &) const = default;
};

} // namespace FundDesk::Core
