#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"
#include "core/repositories/activityrepository.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace FundDesk::Core {

class ReferenceDataService;

// Capacity-building activity applications (¶23–¶26) with their rules (ActivityRules): a
// government of a Member State applies, amounts in USD by year within the activity's years,
// at least one focus area, a needs assessment; under the ¶23 floor an application can be
// neither recommended nor approved. Every write runs in a TransactionGuard.
class ActivityService final
{
public:
    using Today = std::function<QDate()>;

    ActivityService(QSqlDatabase db, const ReferenceDataService &reference,
                    Today today = &QDate::currentDate);

    // Ordered by reference, with every list filled.
    Result<QList<ActivityApplication>> all() const;
    Result<QList<ActivityApplication>> select(const ActivityQuery &query) const;
    Result<ActivityApplication> find(ActivityId id) const;

    // The first rule broken (see ActivityRules), against the stored ¶23 floor.
    Result<void> validate(const ActivityApplication &application) const;

    // Validates and stores; an empty reference gets the next "CB-<year>-NNN" of the current
    // year. A reference already in use is a Conflict (field "reference").
    Result<ActivityId> add(ActivityApplication application);
    // Replaces the application and its lists (the form's every section). The status is not
    // the form's: the stored one is kept, and only WorkflowService::transition changes it (so
    // the transition table, the roles and the recorded note always apply).
    Result<void> update(ActivityApplication application);
    // Refused (RuleViolation) once reviews or consultation advice refer to the application.
    Result<void> remove(ActivityId id);

    // Whether the request is under the stored ¶23 floor, and why (empty when it is not).
    Result<bool> isBelowFloor(const ActivityApplication &application) const;
    Result<QString> floorExplanation(const ActivityApplication &application) const;

    // "CB-2026-015": the next free reference of that year.
    Result<QString> nextReference(int year) const;

private:
    Result<void> ensureReferenceFree(const ActivityApplication &application) const;

    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
    Today m_today;
};

} // namespace FundDesk::Core
