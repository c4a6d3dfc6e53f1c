#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Schema step 6 (issue 7): covering indexes for the dashboard's aggregates, so the sums of
// receipts, disbursements and commitments through a date read the index alone instead of
// one table row per record. They replace the narrower (type, date) and (date) indexes, which
// are their prefixes.
Result<void> createDashboardIndexes(QSqlDatabase &db);

} // namespace FundDesk::Core
