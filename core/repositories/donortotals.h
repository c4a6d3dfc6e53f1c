#pragma once

#include "core/domain/ids.h"
#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>

namespace FundDesk::Core {

// What a donor has given and still owes, in USD minor units.
struct DonorTotal
{
    qint64 receivedUsdMinor = 0;    // all its receipts
    qint64 outstandingUsdMinor = 0; // per pledge, its value less the receipts against it, ≥ 0
};

// Every donor's totals in one aggregate statement. The same figures as summing receipts and
// PledgeTracker::outstanding over allWithSchedules(): a pledge's years add up to its value and
// receipts fill the earliest years first, so its outstanding over all years is
// max(0, value − paid). Reading 50 000 whole contributions for 4 000 sums took most of the
// Donors table's 483 ms at scale 100 (issue 11).
class DonorTotals final
{
public:
    DonorTotals() = delete;

    // Donors without contributions are absent (their totals are zero).
    static Result<QHash<DonorId, DonorTotal>> byDonor(const QSqlDatabase &db);
};

} // namespace FundDesk::Core
