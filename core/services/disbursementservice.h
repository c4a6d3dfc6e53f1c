#pragma once

#include "core/domain/disbursement.h"
#include "core/domain/payableitem.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"
#include "core/repositories/disbursementrepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace FundDesk::Core {

// Payments against approved items and refunds of them. A payment needs an item that is
// Approved or Active and cannot exceed what remains committed on it (in USD); a refund needs
// a reason and cannot exceed what was paid. The USD value is computed from amount and rate;
// the recipient State defaults to the item's (its region comes from the reference data).
class DisbursementService final
{
public:
    using Today = std::function<QDate()>;

    explicit DisbursementService(QSqlDatabase db, Today today = &QDate::currentDate);

    Result<QList<Disbursement>> list(const DisbursementQuery &query = {}) const;
    // Net USD per year and region: the plain table of the Disbursements page.
    Result<QList<DisbursementTotal>> totals() const;
    // What remains committed and unpaid on the item, in USD.
    Result<Money> remaining(const WorkflowItem &item) const;
    // Every committed item with what remains on it (the Record payment dialog's list); only
    // the isOpen() ones take payments.
    Result<QList<PayableItem>> payableItems() const;

    // Errors name the field: "date", "amount", "currency", "rate", "payee", "item", "state",
    // "reason". A refund may be given as a positive amount: it is stored negative.
    Result<DisbursementId> record(Disbursement disbursement, const Profile &actor);

private:
    Result<Disbursement> prepared(Disbursement disbursement) const;
    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
