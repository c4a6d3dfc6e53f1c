#pragma once

#include "core/domain/disbursement.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The filters of the Disbursements page; each unset field matches everything.
struct DisbursementQuery
{
    std::optional<int> year;
    std::optional<Region> region;
    std::optional<WorkflowItem> item;
};

// `disbursements`, with the region read from the recipient State. Writes do not open a
// transaction: DisbursementService holds the guard.
class DisbursementRepository final
{
public:
    explicit DisbursementRepository(QSqlDatabase db);

    Result<QList<Disbursement>> list(const DisbursementQuery &query = {}) const; // by date, id
    Result<DisbursementId> insert(const Disbursement &disbursement);
    // Net USD paid on the item (payments less refunds), all dates.
    Result<Money> netPaid(const WorkflowItem &item) const;
    // Net USD per (year, region), ordered by year then region.
    Result<QList<DisbursementTotal>> totals() const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
