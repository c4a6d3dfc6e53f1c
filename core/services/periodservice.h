#pragma once

#include "core/domain/periodevent.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// Closing and reopening years (the fund manager's year-end). Every close and reopen is kept
// in period_events, a reopening with its reason.
class PeriodService final
{
public:
    explicit PeriodService(QSqlDatabase db);

    Result<void> close(int year, const Profile &actor);
    Result<void> reopen(int year, const QString &reason, const Profile &actor);
    Result<QList<int>> closedYears() const;
    Result<QList<PeriodEvent>> events() const;

private:
    Result<void> requireFundManager(const Profile &actor) const;
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
