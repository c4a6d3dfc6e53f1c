#include "core/repositories/disbursementlisting.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FundDesk::Core {

namespace {

// The column order of the listing's SELECT.
enum DisbursementListingColumn {
    DisbursementListingId,
    DisbursementListingJulianDay,
    DisbursementListingActivity,
    DisbursementListingItemId,
    DisbursementListingAmountMinor,
    DisbursementListingCurrency,
    DisbursementListingUsdMinor,
    DisbursementListingPayee,
    DisbursementListingReference,
    DisbursementListingRecipient,
    DisbursementListingRefund,
    DisbursementListingReason,
};

} // namespace

Error DisbursementListing::cancelled()
{
    return makeError(ErrorCode::Cancelled, Tr::tr("Loading the disbursements was cancelled."),
                     QStringLiteral("disbursement listing cancelled"));
}

Result<void> DisbursementListing::read(const QSqlDatabase &db, const Visit &visit)
{
    // The date as a Julian day number (QDate's) and the kind as 0/1: integers cost the driver
    // no string per row. julianday() gives the midnight before the day, hence + 0.5.
    auto query = Sql::prepare(
        db, QStringLiteral("SELECT id, CAST(julianday(date) + 0.5 AS INTEGER), "
                           "item_kind = 'activity', item_id, amount_minor, currency, usd_minor, "
                           "payee, reference, recipient_iso3, refund, refund_reason "
                           "FROM disbursements"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("disbursement listing")); !done) {
        return done;
    }
    DisbursementListRow row;
    while (query->next()) {
        row.id = query->value(DisbursementListingId).toLongLong();
        row.julianDay = qint32(query->value(DisbursementListingJulianDay).toLongLong());
        if (row.julianDay <= 0) {
            //: %1 is the disbursement's number
            return makeError(ErrorCode::Corrupt,
                             Tr::tr("The list of disbursements in the fund's database is "
                                    "damaged: disbursement %1 has no valid date.")
                                 .arg(row.id),
                             QStringLiteral("disbursements.date unreadable for id %1").arg(row.id),
                             QStringLiteral("date"));
        }
        row.item.kind = query->value(DisbursementListingActivity).toInt() != 0
                            ? WorkflowItemKind::Activity
                            : WorkflowItemKind::Sponsorship;
        row.item.id = query->value(DisbursementListingItemId).toLongLong();
        row.amountMinor = query->value(DisbursementListingAmountMinor).toLongLong();
        row.currency = query->value(DisbursementListingCurrency).toString();
        row.usdMinor = query->value(DisbursementListingUsdMinor).toLongLong();
        row.payee = query->value(DisbursementListingPayee).toString();
        row.reference = query->value(DisbursementListingReference).toString();
        row.recipientIso3 = query->value(DisbursementListingRecipient).toString();
        row.refund = query->value(DisbursementListingRefund).toInt() == 1;
        row.refundReason = query->value(DisbursementListingReason).toString();
        if (!visit(row)) {
            return cancelled();
        }
    }
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("disbursement listing"));
    }
    return {};
}

Result<qint64> DisbursementListing::count(const QSqlDatabase &db)
{
    auto query = Sql::prepare(db, QStringLiteral("SELECT count(*) FROM disbursements"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("count disbursements")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("count disbursements: no row"));
    }
    return query->value(0).toLongLong();
}

Result<QList<DisbursementItemText>> DisbursementListing::itemTexts(const QSqlDatabase &db)
{
    auto query = Sql::prepare(
        db, QStringLiteral("SELECT c.item_kind = 'activity', c.item_id, "
                           "COALESCE(a.reference, m.reference, ''), "
                           "COALESCE(a.title, s.applicant_name, '') FROM commitments AS c "
                           "LEFT JOIN activities AS a ON c.item_kind = 'activity' "
                           "AND a.id = c.item_id "
                           "LEFT JOIN sponsorships AS s ON c.item_kind = 'sponsorship' "
                           "AND s.id = c.item_id "
                           "LEFT JOIN meetings AS m ON m.id = s.meeting_id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("disbursement items")); !done) {
        return done.error();
    }
    QList<DisbursementItemText> texts;
    while (query->next()) {
        DisbursementItemText text;
        text.item.kind = query->value(0).toInt() != 0 ? WorkflowItemKind::Activity
                                                      : WorkflowItemKind::Sponsorship;
        text.item.id = query->value(1).toLongLong();
        text.reference = query->value(2).toString();
        text.title = query->value(3).toString();
        texts.append(std::move(text));
    }
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("disbursement items"));
    }
    return texts;
}

} // namespace FundDesk::Core
