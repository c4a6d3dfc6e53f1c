#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/money.h"
#include "core/domain/workflowitem.h"

#include <QString>

namespace FundDesk::Core {

// An item the fund has committed money to (approved at some point), as the Record payment
// dialog lists it: what it is, where it stands, and what remains to pay (USD).
struct PayableItem
{
    WorkflowItem item;
    QString reference; // an activity's reference, a sponsorship's meeting reference
    QString title;     // an activity's title, a sponsorship's applicant
    QString recipientIso3;
    ApplicationStatus status = ApplicationStatus::Approved;
    Money committed = Money::usd(0);
    Money paid = Money::usd(0); // net of refunds

    // Payments are allowed only on an Approved or Active item.
    bool isOpen() const
    {
        return status == ApplicationStatus::Approved || status == ApplicationStatus::Active;
    }
    Money remaining() const
    {
        return Money::usd(committed.minor() - paid.minor());
    }

    bool operator==(const PayableItem &) const = default;
};

} // namespace FundDesk::Core
