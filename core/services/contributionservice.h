#pragma once

#include "core/domain/contribution.h"
#include "core/domain/contributionchange.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace FundDesk::Core {

// Pledges and receipts with the fund's rules: amount > 0, a known ISO currency, a rate > 0 when
// not USD, receipts not dated in the future, a donor required, no earmarking (¶19), due
// diligence before receipt (¶14), a receipt against a pledge of the same donor.
class ContributionService final
{
public:
    using Today = std::function<QDate()>;

    explicit ContributionService(QSqlDatabase db, Today today = &QDate::currentDate);

    Result<QList<Contribution>> all() const; // without schedules, for tables
    Result<QList<Contribution>> allWithSchedules() const; // for PledgeTracker
    Result<Contribution> find(ContributionId id) const; // with its schedule

    // The first rule broken, Error::field naming the form field ("donor", "type", "date",
    // "amount", "currency", "rate", "pledge", "conditions", "schedule"). Refusals that cite a
    // rule of the report use ErrorCode::RuleViolation.
    Result<void> validate(const Contribution &contribution) const;

    // Validates, computes usdValue from amount and usdRate, stores it (with its schedule).
    Result<ContributionId> record(Contribution contribution);
    // A received contribution keeps its earlier state in its history; reason is required then.
    Result<void> update(Contribution contribution, const QString &reason);
    // Refused while receipts are recorded against the pledge; a receipt's last state is kept.
    Result<void> remove(ContributionId id, const QString &reason);

    Result<QList<ContributionChange>> history(ContributionId id) const;

private:
    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
