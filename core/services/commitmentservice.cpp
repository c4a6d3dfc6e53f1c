#include "core/services/commitmentservice.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/domain/moneyformat.h"
#include "core/repositories/commitmentrepository.h"
#include "core/repositories/disbursementrepository.h"
#include "core/services/balanceservice.h"
#include "core/services/periodlock.h"
#include "core/services/inputchecks.h"

#include <QLocale>

namespace FundDesk::Core {

namespace {

QString usd(const Money &money)
{
    return MoneyFormat::format(money, QLocale());
}

Error roleError(ProfileRole needed, const Profile &actor)
{
    //: %1 and %2 are role names, such as "Fund manager"
    return makeError(ErrorCode::RuleViolation,
                     Tr::tr("This needs the role “%1”; the current profile has the role “%2”.")
                         .arg(profileRoleDisplayName(needed), profileRoleDisplayName(actor.role)),
                     {}, QStringLiteral("profile"));
}

} // namespace

CommitmentService::CommitmentService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{}

Result<std::optional<Commitment>> CommitmentService::commitment(const WorkflowItem &item) const
{
    return CommitmentRepository(m_db).find(item);
}

Result<QList<Amendment>> CommitmentService::amendments(const WorkflowItem &item) const
{
    return CommitmentRepository(m_db).amendments(item);
}

Result<void> CommitmentService::checkCanCommit(const Money &amount, int year) const
{
    const auto balance = BalanceService(m_db).balance(year);
    if (!balance) {
        return balance.error();
    }
    if (!balance->operational) {
        if (!balance->thresholdSet) {
            return makeError(ErrorCode::RuleViolation,
                             Tr::tr("The fund is not operational: no minimum threshold of "
                                    "contributions has been set (¶16). Set it in the fund's "
                                    "settings before approving."));
        }
        //: %1 is the threshold, %2 the amount still missing, both with currency
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("The fund is not operational yet: it becomes operational once "
                                "the contributions received reach %1 (¶16); %2 is still missing.")
                             .arg(usd(balance->threshold), usd(balance->missingToThreshold)));
    }
    const auto order = amount.compare(balance->available);
    if (order && *order == std::strong_ordering::greater) {
        const auto shortfall = amount.subtract(balance->available);
        if (!shortfall) {
            return shortfall.error();
        }
        //: %1 is the shortfall, %2 the available balance, both with currency
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("This is %1 short of the available programme balance of %2.")
                             .arg(usd(*shortfall), usd(balance->available)),
                         {}, QStringLiteral("amount"));
    }
    return {};
}

Result<qint64> CommitmentService::commitOnApproval(const WorkflowItem &item, const Money &amount,
                                                   const Profile &approver)
{
    const QDate today = m_today();
    if (auto open = PeriodLock(m_db).check(today); !open) {
        return open.error();
    }
    if (amount.currency() != QLatin1String("USD") || amount.isNegative()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The approved amount must be a positive amount in USD."), {},
                         QStringLiteral("amount"));
    }
    if (auto fits = checkCanCommit(amount, today.year()); !fits) {
        return fits.error();
    }
    Commitment commitment;
    commitment.item = item;
    commitment.date = today;
    commitment.original = amount;
    commitment.amount = amount;
    commitment.approverId = approver.id;
    return CommitmentRepository(m_db).insert(commitment);
}

Result<qint64> CommitmentService::proposeAmendment(const WorkflowItem &item, const Money &newAmount,
                                                   const QString &justification,
                                                   const Profile &actor)
{
    if (actor.role != ProfileRole::FundManager) {
        return roleError(ProfileRole::FundManager, actor);
    }
    const QString why = justification.trimmed();
    if (InputChecks::isBlank(why)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Enter the justification for changing the approved amount."), {},
                         QStringLiteral("justification"));
    }
    if (auto error = InputChecks::tooLong(why, InputChecks::kMaxLongText,
                                          QStringLiteral("justification"))) {
        return *error;
    }
    if (auto error = InputChecks::implausibleUsd(newAmount, QStringLiteral("amount"))) {
        return *error;
    }
    if (newAmount.currency() != QLatin1String("USD") || newAmount.isNegative()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The approved amount must be a positive amount in USD."), {},
                         QStringLiteral("amount"));
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    if (auto open = PeriodLock(m_db).check(m_today()); !open) {
        return open.error();
    }
    CommitmentRepository repository(m_db);
    const auto current = repository.find(item);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("Only an approved item has an amount to amend."));
    }
    Amendment amendment;
    amendment.commitmentId = (*current)->id;
    amendment.item = item;
    amendment.oldAmount = (*current)->amount;
    amendment.newAmount = newAmount;
    amendment.justification = why;
    amendment.recommenderId = actor.id;
    amendment.recommendedOn = m_today();
    auto id = repository.insertAmendment(amendment);
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

Result<void> CommitmentService::decideAmendment(qint64 amendmentId, bool approve,
                                                const Profile &actor)
{
    if (actor.role != ProfileRole::HighRepresentativeOffice) {
        return roleError(ProfileRole::HighRepresentativeOffice, actor);
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    const QDate today = m_today();
    if (auto open = PeriodLock(m_db).check(today); !open) {
        return open;
    }
    CommitmentRepository repository(m_db);
    const auto found = repository.findAmendment(amendmentId);
    if (!found) {
        return found.error();
    }
    if (!found->has_value() || (*found)->status != AmendmentStatus::Proposed) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("This amendment has already been decided, or no longer exists."));
    }
    Amendment amendment = **found;
    if (amendment.recommenderId == actor.id) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("Whoever recommended a change cannot also approve it. Another "
                                "profile of the High Representative's office must decide."),
                         {}, QStringLiteral("profile"));
    }
    if (approve) {
        const auto increase = amendment.newAmount.subtract(amendment.oldAmount);
        if (!increase) {
            return increase.error();
        }
        if (increase->minor() > 0) {
            if (auto fits = checkCanCommit(*increase, today.year()); !fits) {
                return fits;
            }
        }
        const auto paid = DisbursementRepository(m_db).netPaid(amendment.item);
        if (!paid) {
            return paid.error();
        }
        if (paid->minor() > amendment.newAmount.minor()) {
            //: %1 is the amount already paid, with currency
            return makeError(ErrorCode::RuleViolation,
                             Tr::tr("%1 has already been paid on this item; the approved amount "
                                    "cannot go below it.")
                                 .arg(usd(*paid)),
                             {}, QStringLiteral("amount"));
        }
        if (auto done = repository.setAmount(amendment.commitmentId, amendment.newAmount); !done) {
            return done;
        }
    }
    amendment.status = approve ? AmendmentStatus::Approved : AmendmentStatus::Rejected;
    amendment.approverId = actor.id;
    amendment.decidedOn = today;
    if (auto done = repository.decideAmendment(amendment); !done) {
        return done;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
