#include "core/services/disbursementservice.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/domain/moneyformat.h"
#include "core/repositories/commitmentrepository.h"
#include "core/repositories/payableitemrepository.h"
#include "core/repositories/staterepository.h"
#include "core/repositories/workflowrepository.h"
#include "core/services/inputchecks.h"
#include "core/services/periodlock.h"

#include <QLocale>

#include <tuple>

namespace FundDesk::Core {

namespace {

Error invalid(QString message, const QString &field)
{
    return makeError(ErrorCode::InvalidInput, std::move(message), {}, field);
}

QString formatted(const Money &money)
{
    return MoneyFormat::format(money, QLocale());
}

} // namespace

DisbursementService::DisbursementService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{}

Result<QList<Disbursement>> DisbursementService::list(const DisbursementQuery &query) const
{
    return DisbursementRepository(m_db).list(query);
}

Result<QList<DisbursementTotal>> DisbursementService::totals() const
{
    return DisbursementRepository(m_db).totals();
}

Result<Money> DisbursementService::remaining(const WorkflowItem &item) const
{
    const auto commitment = CommitmentRepository(m_db).find(item);
    if (!commitment) {
        return commitment.error();
    }
    const auto paid = DisbursementRepository(m_db).netPaid(item);
    if (!paid) {
        return paid.error();
    }
    const Money committed = commitment->has_value() ? (*commitment)->amount : Money::usd(0);
    return committed.subtract(*paid);
}

// Checks the fields and computes the signed amounts and the USD value.
Result<Disbursement> DisbursementService::prepared(Disbursement d) const
{
    if (!d.date.isValid()) {
        return invalid(Tr::tr("Enter the date of the payment."), QStringLiteral("date"));
    }
    if (d.date > m_today()) {
        return invalid(Tr::tr("A payment cannot be dated in the future."), QStringLiteral("date"));
    }
    if (auto error = InputChecks::implausibleDate(d.date, QStringLiteral("date"))) {
        return *error;
    }
    d.payee = d.payee.trimmed();
    if (InputChecks::isBlank(d.payee)) {
        return invalid(Tr::tr("Enter the payee."), QStringLiteral("payee"));
    }
    d.reference = d.reference.trimmed();
    d.refundReason = d.refundReason.trimmed();
    const std::tuple<const QString *, const char *, qsizetype> texts[] = {
        {&d.payee, "payee", InputChecks::kMaxShortText},
        {&d.reference, "reference", InputChecks::kMaxShortText},
        {&d.refundReason, "reason", InputChecks::kMaxLongText}};
    for (const auto &[text, field, max] : texts) {
        if (auto error = InputChecks::tooLong(*text, max, QString::fromLatin1(field))) {
            return *error;
        }
    }
    if (d.amount.isZero()) {
        return invalid(Tr::tr("Enter an amount above zero."), QStringLiteral("amount"));
    }
    if (!d.refund && d.amount.isNegative()) {
        return invalid(Tr::tr("A payment is a positive amount; record money coming back as a "
                              "refund, with its reason."),
                       QStringLiteral("amount"));
    }
    if (d.refund) {
        if (InputChecks::isBlank(d.refundReason)) {
            return invalid(Tr::tr("Enter the reason for the refund."), QStringLiteral("reason"));
        }
        if (!d.amount.isNegative()) {
            auto negated = d.amount.negate();
            if (!negated) {
                return negated.error();
            }
            d.amount = *negated;
        }
    } else {
        d.refundReason.clear();
    }
    auto usd = d.usdRate.toUsd(d.amount);
    if (!usd) {
        Error error = usd.error();
        error.field = QStringLiteral("rate");
        return error;
    }
    if (auto error = InputChecks::implausibleUsd(*usd, QStringLiteral("amount"))) {
        return *error;
    }
    d.usdValue = *usd;
    return d;
}

Result<DisbursementId> DisbursementService::record(Disbursement disbursement, const Profile &actor)
{
    auto prepared = this->prepared(std::move(disbursement));
    if (!prepared) {
        return prepared.error();
    }
    Disbursement &d = *prepared;
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto open = PeriodLock(m_db).check(d.date); !open) {
        return open.error();
    }
    WorkflowRepository workflow(m_db);
    const auto status = workflow.status(d.item);
    if (!status) {
        return status.error();
    }
    const bool payable = status->has_value() && (**status == ApplicationStatus::Approved ||
                                                 **status == ApplicationStatus::Active);
    // A refund may still come back after an item is completed or cancelled.
    const bool refundable =
        status->has_value() && (payable || **status == ApplicationStatus::Completed ||
                                **status == ApplicationStatus::Cancelled);
    if (!(d.refund ? refundable : payable)) {
        return invalid(Tr::tr("Payments can be made only against an approved or active "
                              "sponsorship or activity."),
                       QStringLiteral("item"));
    }
    if (d.recipientIso3.isEmpty()) {
        auto recipient = workflow.recipientState(d.item);
        if (!recipient) {
            return recipient.error();
        }
        d.recipientIso3 = *recipient;
    }
    d.recipientIso3 = d.recipientIso3.toUpper();
    const auto state = StateRepository(m_db).find(d.recipientIso3);
    if (!state) {
        return state.error();
    }
    if (!state->has_value()) {
        return invalid(Tr::tr("Choose the recipient State from the list."),
                       QStringLiteral("state"));
    }
    const auto left = remaining(d.item);
    if (!left) {
        return left.error();
    }
    const auto paid = DisbursementRepository(m_db).netPaid(d.item);
    if (!paid) {
        return paid.error();
    }
    if (!d.refund && d.usdValue.minor() > left->minor()) {
        //: %1 is the payment in USD, %2 what remains committed, both with currency
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("This payment of %1 exceeds what remains committed on the item: "
                                "%2.")
                             .arg(formatted(d.usdValue), formatted(*left)),
                         {}, QStringLiteral("amount"));
    }
    if (d.refund && -d.usdValue.minor() > paid->minor()) {
        //: %1 is the refund in USD, %2 what was paid, both with currency
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("This refund of %1 exceeds what was paid on the item: %2.")
                             .arg(formatted(*d.usdValue.negate()), formatted(*paid)),
                         {}, QStringLiteral("amount"));
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    auto id = DisbursementRepository(m_db).insert(d);
    if (!id) {
        return id.error();
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<QList<PayableItem>> DisbursementService::payableItems() const
{
    return PayableItemRepository(m_db).all();
}

} // namespace FundDesk::Core
