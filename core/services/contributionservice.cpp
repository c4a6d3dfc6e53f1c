#include "core/services/contributionservice.h"

#include "core/coretr.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/repositories/contributionrepository.h"
#include "core/services/contributionrules.h"
#include "core/services/periodlock.h"

#include <utility>

namespace FundDesk::Core {

namespace {

Error notFound(ContributionId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The contribution is no longer in the fund's database. Reload the "
                            "list of contributions and try again."),
                     QStringLiteral("no contribution with id %1").arg(id.value()));
}

// The stored form: trimmed conditions, and the USD value computed here from the amount and the
// rate, whatever the caller put in it.
Result<Contribution> prepared(Contribution contribution)
{
    contribution.conditions = contribution.conditions.trimmed();
    auto usd = contribution.usdRate.toUsd(contribution.amount);
    if (!usd) {
        Error error = usd.error();
        error.field = QStringLiteral("amount");
        return error;
    }
    contribution.usdValue = std::move(usd).value();
    return contribution;
}

// A pledge that receipts are paid against stays a pledge of that donor in that currency, or
// the receipts would point at something they no longer match.
Result<void> checkPledgeStillMatches(const Contribution &before, const Contribution &after,
                                     int receipts)
{
    if (before.type != ContributionType::Pledge || receipts == 0) {
        return {};
    }
    if (after.type != ContributionType::Pledge) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%n receipt(s) are recorded against this pledge, so it must stay "
                                "a pledge. Record the money received as a receipt instead.",
                                nullptr, receipts),
                         {}, QStringLiteral("type"));
    }
    if (after.donorId != before.donorId) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%n receipt(s) from this donor are recorded against this "
                                "pledge, so its donor cannot change.",
                                nullptr, receipts),
                         {}, QStringLiteral("donor"));
    }
    if (!after.amount.hasSameCurrency(before.amount)) {
        //: %1 is a currency code such as EUR
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%n receipt(s) in %1 are recorded against this pledge, so its "
                                "currency must stay %1.",
                                nullptr, receipts)
                             .arg(before.amount.currency()),
                         {}, QStringLiteral("currency"));
    }
    return {};
}

} // namespace

ContributionService::ContributionService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{}

Result<QList<Contribution>> ContributionService::all() const
{
    return ContributionRepository(m_db).all();
}

Result<QList<Contribution>> ContributionService::allWithSchedules() const
{
    return ContributionRepository(m_db).allWithSchedules();
}

Result<Contribution> ContributionService::find(ContributionId id) const
{
    auto found = ContributionRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return notFound(id);
    }
    return std::move(**found);
}

Result<void> ContributionService::validate(const Contribution &contribution) const
{
    return ContributionRules(m_db, m_today()).check(contribution);
}

Result<ContributionId> ContributionService::record(Contribution contribution)
{
    contribution.id = ContributionId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(contribution); !valid) {
        return valid.error();
    }
    if (auto open = PeriodLock(m_db).check(contribution.date); !open) {
        return open.error();
    }
    auto stored = prepared(std::move(contribution));
    if (!stored) {
        return stored.error();
    }
    auto id = ContributionRepository(m_db).insert(*stored);
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

Result<void> ContributionService::update(Contribution contribution, const QString &reason)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    ContributionRepository repository(m_db);
    const auto before = find(contribution.id);
    if (!before) {
        return before.error();
    }
    if (auto valid = validate(contribution); !valid) {
        return valid;
    }
    // A closed year refuses both moving a record out of it and moving one into it.
    for (const QDate &date : {before->date, contribution.date}) {
        if (auto open = PeriodLock(m_db).check(date); !open) {
            return open;
        }
    }
    const auto receipts = repository.receiptCountAgainst(contribution.id);
    if (!receipts) {
        return receipts.error();
    }
    if (auto matches = checkPledgeStillMatches(*before, contribution, *receipts); !matches) {
        return matches;
    }
    const QString why = reason.trimmed();
    const bool received = before->type == ContributionType::Receipt;
    if (received && why.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("This contribution has been received, so its earlier state is "
                                "kept in its history. Enter the reason for the change."),
                         {}, QStringLiteral("reason"));
    }
    // A pledge is only a promise and may be edited freely; a reason given is kept all the same.
    if (received || !why.isEmpty()) {
        const ContributionChange change{contribution.id, QDateTime::currentDateTimeUtc(), why,
                                        *before};
        if (auto kept = repository.addHistory(change); !kept) {
            return kept;
        }
    }
    auto stored = prepared(std::move(contribution));
    if (!stored) {
        return stored.error();
    }
    if (auto updated = repository.update(*stored); !updated) {
        return updated;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

Result<void> ContributionService::remove(ContributionId id, const QString &reason)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    ContributionRepository repository(m_db);
    const auto before = find(id);
    if (!before) {
        return before.error();
    }
    if (auto open = PeriodLock(m_db).check(before->date); !open) {
        return open;
    }
    const auto receipts = repository.receiptCountAgainst(id);
    if (!receipts) {
        return receipts.error();
    }
    if (*receipts > 0) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%n receipt(s) are recorded against this pledge, so it cannot be "
                                "deleted. Delete those receipts first, or keep the pledge.",
                                nullptr, *receipts),
                         QStringLiteral("pledge %1 has %2 receipts")
                             .arg(QString::number(id.value()), QString::number(*receipts)),
                         QStringLiteral("pledge"));
    }
    const QString why = reason.trimmed();
    if (before->type == ContributionType::Receipt || !why.isEmpty()) {
        const ContributionChange change{id, QDateTime::currentDateTimeUtc(), why, *before};
        if (auto kept = repository.addHistory(change); !kept) {
            return kept;
        }
    }
    if (auto removed = repository.remove(id); !removed) {
        return removed;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

Result<QList<ContributionChange>> ContributionService::history(ContributionId id) const
{
    return ContributionRepository(m_db).history(id);
}

} // namespace FundDesk::Core
