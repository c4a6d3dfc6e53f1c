#pragma once

#include "core/domain/payableitem.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// Every committed sponsorship and activity with its commitment and net paid, in one query
// (commitments are few: one per approved item).
class PayableItemRepository final
{
public:
    explicit PayableItemRepository(QSqlDatabase db);

    // Activities first, then sponsorships, each by reference.
    Result<QList<PayableItem>> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
