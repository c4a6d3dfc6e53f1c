#include "core/services/periodlock.h"

#include "core/coretr.h"
#include "core/repositories/periodrepository.h"

namespace FundDesk::Core {

PeriodLock::PeriodLock(QSqlDatabase db) : m_db(std::move(db)) {}

Result<bool> PeriodLock::isClosed(int year) const
{
    return PeriodRepository(m_db).isClosed(year);
}

Result<void> PeriodLock::check(const QDate &date) const
{
    if (!date.isValid()) {
        return {};
    }
    const auto closed = isClosed(date.year());
    if (!closed) {
        return closed.error();
    }
    if (*closed) {
        //: %1 is a year such as 2025
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("The year %1 is closed, so its records cannot be changed. The "
                                "fund manager can reopen the year, giving a reason.")
                             .arg(date.year()),
                         QStringLiteral("year %1 is closed").arg(date.year()),
                         QStringLiteral("date"));
    }
    return {};
}

} // namespace FundDesk::Core
