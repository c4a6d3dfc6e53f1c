#pragma once

#include "core/domain/contribution.h"
#include "core/domain/contributionchange.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The `contributions`, `pledge_schedule` and `contribution_history` tables; the only place with
// SQL for them. Writes do not open a transaction: the caller (ContributionService) holds a
// TransactionGuard, so a contribution and its schedule are stored together or not at all.
// No rules here beyond what the schema enforces; a refusal by the schema is a Storage error.
class ContributionRepository final
{
public:
    explicit ContributionRepository(QSqlDatabase db);

    Result<int> count() const;
    // How many contributions (pledges and receipts) a donor has.
    Result<int> countForDonor(DonorId donor) const;
    // How many receipts are recorded against a pledge.
    Result<int> receiptCountAgainst(ContributionId pledge) const;

    // Ordered by date, then id. all() leaves the schedules empty (for tables);
    // allWithSchedules() fills them, in one more query.
    Result<QList<Contribution>> all() const;
    Result<QList<Contribution>> allWithSchedules() const;
    // With its schedule; nullopt when no contribution has that id.
    Result<std::optional<Contribution>> find(ContributionId id) const;

    // Stores every field but the id, with the schedule, and returns the new id.
    Result<ContributionId> insert(const Contribution &contribution);
    // Replaces every field and the whole schedule; NotFound when no row has contribution.id.
    Result<void> update(const Contribution &contribution);
    // Deletes the row and its schedule; NotFound when no row has that id.
    Result<void> remove(ContributionId id);

    // The history of a contribution, oldest first. It outlives a deleted contribution.
    Result<void> addHistory(const ContributionChange &change);
    Result<QList<ContributionChange>> history(ContributionId id) const;

private:
    Result<void> insertSchedule(ContributionId pledge, const QList<ScheduledPayment> &schedule);
    Result<void> deleteSchedule(ContributionId pledge);
    Result<QList<Contribution>> select(bool withSchedules) const;
    Result<int> countWhere(const QString &condition, qint64 value, const QString &what) const;

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
