#pragma once

#include "core/domain/result.h"
#include "core/domain/workflowitem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace FundDesk::Core {

// One disbursement as the Disbursements page lists it: its columns as stored, without domain
// objects (the whole record: DisbursementRepository::list).
struct DisbursementListRow
{
    qint64 id = 0;
    qint32 julianDay = 0; // of the payment's date
    WorkflowItem item;
    qint64 amountMinor = 0; // negative for a refund
    QString currency;
    qint64 usdMinor = 0;
    QString payee;
    QString reference;
    QString recipientIso3;
    bool refund = false;
    QString refundReason; // empty for a payment
};

// A paid item's two texts, as PayableItemRepository reads them: an activity's reference and
// title, a sponsorship's meeting reference and applicant.
struct DisbursementItemText
{
    WorkflowItem item;
    QString reference;
    QString title;
};

// Reads the Disbursements page's rows in one forward-only statement, without Disbursement
// objects: 300 000 payments at scale 100 (issue 11). Uses only `db`, so it runs on a loader
// thread's own connection.
class DisbursementListing final
{
public:
    DisbursementListing() = delete;

    // Called once per row; returning false stops the read with ErrorCode::Cancelled.
    using Visit = std::function<bool(const DisbursementListRow &)>;

    // Rows in storage order (by id), not by date: a scan of the table is much cheaper than
    // its date index plus a lookup per row, and the caller sorts a few integers instead.
    static Result<void> read(const QSqlDatabase &db, const Visit &visit);
    // How many rows read() will visit: the caller reserves its memory once, not by doubling.
    static Result<qint64> count(const QSqlDatabase &db);
    // The texts of every committed item (a disbursement is only ever made against one).
    static Result<QList<DisbursementItemText>> itemTexts(const QSqlDatabase &db);
    // The error read() returns when its visitor stops it.
    static Error cancelled();
};

} // namespace FundDesk::Core
