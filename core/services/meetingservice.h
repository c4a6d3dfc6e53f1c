#pragma once

#include "core/domain/meeting.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace FundDesk::Core {

// The meetings the fund sponsors delegates to, with their cost norms. Changing the norms
// re-estimates the cost of the meeting's applications in the same transaction.
class MeetingService final
{
public:
    explicit MeetingService(QSqlDatabase db);

    Result<QList<Meeting>> all() const;
    Result<Meeting> find(MeetingId id) const;
    // NotFound, naming the reference, when no meeting has it.
    Result<Meeting> findByReference(const QString &reference) const;

    // The first rule broken, with Error::field naming the form field ("reference", "name",
    // "city", "start", "end", "formalDays", "airfare", "dsaRate", "dsaDays", "terminal").
    Result<void> validate(const Meeting &meeting) const;

    Result<MeetingId> add(Meeting meeting);
    Result<void> update(Meeting meeting);
    // Refused (RuleViolation) while applications are recorded for the meeting.
    Result<void> remove(MeetingId id);

private:
    Result<void> reestimate(const Meeting &meeting);

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
