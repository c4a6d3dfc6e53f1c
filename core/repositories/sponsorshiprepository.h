#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/result.h"
#include "core/domain/sponsorshipapplication.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The filters the schema has indexes for; each unset field matches everything.
struct SponsorshipQuery
{
    MeetingId meeting; // invalid: every meeting
    std::optional<ApplicationStatus> status;
    QString stateIso3;
};

// The `sponsorships` table; the only place with SQL for it. Writes do not open a transaction:
// the caller (SponsorshipService) holds a TransactionGuard.
class SponsorshipRepository final
{
public:
    explicit SponsorshipRepository(QSqlDatabase db);

    // Ordered by id.
    Result<QList<SponsorshipApplication>> list(const SponsorshipQuery &query = {}) const;
    Result<std::optional<SponsorshipApplication>> find(SponsorshipId id) const;
    Result<int> countForMeeting(MeetingId meeting) const;

    Result<SponsorshipId> insert(const SponsorshipApplication &application);
    // NotFound when no row has application.id.
    Result<void> update(const SponsorshipApplication &application);
    Result<void> remove(SponsorshipId id);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
