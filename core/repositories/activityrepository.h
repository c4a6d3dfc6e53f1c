#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace FundDesk::Core {

// What ActivityRepository::select() narrows to in SQL, on indexed columns; empty fields do
// not filter.
struct ActivityQuery
{
    std::optional<ApplicationStatus> status;
    QString applicantIso3;
    std::optional<int> startYear;
    std::optional<FocusArea> focusArea;
};

// The `activities` table and its child tables; the only place with SQL for them. Writes do
// not open a transaction: the caller (ActivityService) holds a TransactionGuard, so an
// application and its lists are stored together or not at all.
class ActivityRepository final
{
public:
    explicit ActivityRepository(QSqlDatabase db);

    // Ordered by reference; with every list filled.
    Result<QList<ActivityApplication>> all() const;
    Result<QList<ActivityApplication>> select(const ActivityQuery &query) const;
    Result<std::optional<ActivityApplication>> find(ActivityId id) const;

    // The highest NNN of the references "prefixNNN"; 0 when there is none.
    Result<int> highestReferenceNumber(const QString &prefix) const;
    // How many reviews and consultation advices refer to the application.
    Result<int> referenceCount(ActivityId id) const;

    // Stores every field but the id, with the lists, and returns the new id.
    Result<ActivityId> insert(const ActivityApplication &application);
    // Replaces every field and every list; NotFound when no row has application.id.
    Result<void> update(const ActivityApplication &application);
    Result<void> remove(ActivityId id);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
