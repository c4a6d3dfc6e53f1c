#pragma once

#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

// What the fund has committed to one approved sponsorship or activity, in USD. The amount at
// approval stays on record; `amount` changes only through an approved amendment.
struct Commitment
{
    qint64 id = 0;
    WorkflowItem item;
    QDate date;                     // the day of approval
    Money original = Money::usd(0); // approved by the High Representative
    Money amount = Money::usd(0);   // current, after approved amendments
    ProfileId approverId;
    QString approverName;

    bool operator==(const Commitment &) const = default;
};

enum class AmendmentStatus { Proposed, Approved, Rejected };

// A change of an approved amount: recommended by the fund manager with a justification, then
// approved (or rejected) by the High Representative's office. Both amounts stay on record.
struct Amendment
{
    qint64 id = 0;
    qint64 commitmentId = 0;
    WorkflowItem item;
    Money oldAmount = Money::usd(0);
    Money newAmount = Money::usd(0);
    QString justification;
    ProfileId recommenderId;
    QDate recommendedOn;
    ProfileId approverId; // invalid while proposed
    QDate decidedOn;
    AmendmentStatus status = AmendmentStatus::Proposed;

    bool operator==(const Amendment &) const = default;
};

} // namespace FundDesk::Core
