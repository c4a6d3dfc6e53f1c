#include "core/services/periodservice.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/repositories/periodrepository.h"
#include "core/services/inputchecks.h"

#include <QDateTime>

namespace FundDesk::Core {

PeriodService::PeriodService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<void> PeriodService::requireFundManager(const Profile &actor) const
{
    if (actor.role != ProfileRole::FundManager || !actor.id.isValid()) {
        //: %1 is the name of a role, such as "Fund manager"
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("Only the fund manager can close or reopen a year. The current "
                                "profile has the role “%1”.")
                             .arg(profileRoleDisplayName(actor.role)));
    }
    return {};
}

Result<void> PeriodService::close(int year, const Profile &actor)
{
    if (year < InputChecks::kEarliestDate.year() || year > InputChecks::kLatestDate.year()) {
        //: %1 is the year entered; %2 and %3 the first and last years the fund keeps
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The year %1 is outside the years the fund keeps (%2 to %3).")
                             .arg(year)
                             .arg(InputChecks::kEarliestDate.year())
                             .arg(InputChecks::kLatestDate.year()),
                         {}, QStringLiteral("year"));
    }
    if (auto allowed = requireFundManager(actor); !allowed) {
        return allowed;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    PeriodRepository repository(m_db);
    const auto closed = repository.isClosed(year);
    if (!closed) {
        return closed.error();
    }
    if (*closed) {
        //: %1 is a year
        return makeError(ErrorCode::Conflict, Tr::tr("The year %1 is already closed.").arg(year));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto done = repository.close(year, actor.id, now); !done) {
        return done;
    }
    if (auto done = repository.addEvent({0, year, PeriodEvent::Action::Close, {}, actor.id, now});
        !done) {
        return done;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

Result<void> PeriodService::reopen(int year, const QString &reason, const Profile &actor)
{
    if (auto allowed = requireFundManager(actor); !allowed) {
        return allowed;
    }
    const QString why = reason.trimmed();
    if (InputChecks::isBlank(why)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Enter the reason for reopening the year: it is kept on record."),
                         {}, QStringLiteral("reason"));
    }
    if (auto error =
            InputChecks::tooLong(why, InputChecks::kMaxLongText, QStringLiteral("reason"))) {
        return *error;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    AuditActor::Scope acting(m_db, actor);
    if (!acting.isActive()) {
        return acting.error();
    }
    PeriodRepository repository(m_db);
    const auto closed = repository.isClosed(year);
    if (!closed) {
        return closed.error();
    }
    if (!*closed) {
        //: %1 is a year
        return makeError(ErrorCode::Conflict, Tr::tr("The year %1 is not closed.").arg(year));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto done = repository.reopen(year); !done) {
        return done;
    }
    if (auto done = repository.addEvent({0, year, PeriodEvent::Action::Reopen, why, actor.id, now});
        !done) {
        return done;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

Result<QList<int>> PeriodService::closedYears() const
{
    return PeriodRepository(m_db).closedYears();
}

Result<QList<PeriodEvent>> PeriodService::events() const
{
    return PeriodRepository(m_db).events();
}

} // namespace FundDesk::Core
