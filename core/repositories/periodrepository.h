#pragma once

#include "core/domain/periodevent.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// `closed_years` and `period_events`. Writes do not open a transaction.
class PeriodRepository final
{
public:
    explicit PeriodRepository(QSqlDatabase db);

    Result<bool> isClosed(int year) const;
    Result<QList<int>> closedYears() const; // ascending
    Result<void> close(int year, ProfileId by, const QDateTime &at);
    Result<void> reopen(int year);
    Result<void> addEvent(const PeriodEvent &event);
    Result<QList<PeriodEvent>> events() const; // oldest first

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
