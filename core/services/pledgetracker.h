#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QList>

namespace FundDesk::Core {

// What a donor pledged for a year and what is still to come (¶20b multi-year commitments).
struct PledgeOutstanding
{
    DonorId donorId;
    int year = 0;
    Money pledgedUsd = Money::usd(0);
    Money receivedUsd = Money::usd(0);
    Money outstandingUsd = Money::usd(0);
};

// Pure computation over contributions (with their schedules): a pledge's USD value falls in the
// years of its scheduled payments (or its own year); receipts against it pay the earliest
// scheduled year first; a receipt beyond the pledge leaves nothing outstanding, never less.
class PledgeTracker final
{
public:
    static Result<QList<PledgeOutstanding>> outstanding(const QList<Contribution> &contributions);
};

} // namespace FundDesk::Core
