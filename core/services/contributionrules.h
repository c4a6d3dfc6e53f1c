#pragma once

#include "core/domain/contribution.h"
#include "core/domain/donor.h"
#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace FundDesk::Core {

// The fund's rules for one contribution (¶14, ¶19, ¶20b), checked in the order of the form's
// fields so the first refusal is the one nearest the top of the form. Reads the donor and the
// pledge it refers to; writes nothing. Used by ContributionService, inside its transaction.
class ContributionRules final
{
public:
    ContributionRules(QSqlDatabase db, QDate today);

    // The first rule broken, with Error::field naming the form field.
    Result<void> check(const Contribution &contribution) const;

private:
    Result<Donor> checkDonor(const Contribution &contribution) const;
    Result<void> checkDate(const Contribution &contribution) const;
    static Result<void> checkMoney(const Contribution &contribution);
    Result<void> checkPledge(const Contribution &contribution, const Donor &donor) const;
    static Result<void> checkConditions(const Contribution &contribution);
    static Result<void> checkSchedule(const Contribution &contribution);

    QSqlDatabase m_db;
    QDate m_today;
};

} // namespace FundDesk::Core
