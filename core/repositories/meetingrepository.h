#pragma once

#include "core/domain/meeting.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The `meetings` and `meeting_airfares` tables; the only place with SQL for them. Writes do not
// open a transaction: the caller (MeetingService) holds a TransactionGuard, so a meeting and
// its airfares are stored together or not at all.
class MeetingRepository final
{
public:
    explicit MeetingRepository(QSqlDatabase db);

    // Ordered by start date, then id; with their norms.
    Result<QList<Meeting>> all() const;
    Result<std::optional<Meeting>> find(MeetingId id) const;
    Result<std::optional<Meeting>> findByReference(QStringView reference) const;

    Result<MeetingId> insert(const Meeting &meeting);
    // NotFound when no row has meeting.id.
    Result<void> update(const Meeting &meeting);
    // The schema refuses (Storage) while sponsorships refer to it.
    Result<void> remove(MeetingId id);

private:
    Result<QList<Meeting>> select(const QString &where, const QVariant &value) const;
    Result<void> readAirfares(Meeting &meeting) const;
    Result<void> writeAirfares(const Meeting &meeting);

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
