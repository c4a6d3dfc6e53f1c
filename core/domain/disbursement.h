#pragma once

#include "core/domain/exchangerate.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

// A payment against an approved item (a sponsorship's travel costs, an activity's tranche), or
// a refund of one. A refund is stored with negative amounts and needs a reason. The region is
// never typed: it is the recipient State's region in the reference data.
struct Disbursement
{
    DisbursementId id;
    QDate date;
    Money amount = Money::usd(0); // in the currency paid; negative for a refund
    ExchangeRate usdRate;
    Money usdValue = Money::usd(0); // computed from amount and rate
    QString payee;
    QString reference;
    WorkflowItem item;
    QString recipientIso3;
    Region region = Region::Africa; // read back, from the reference data
    bool refund = false;
    QString refundReason;

    bool operator==(const Disbursement &) const = default;
};

// One cell of the Disbursements page's totals: net USD paid in one region in one year.
struct DisbursementTotal
{
    int year = 0;
    Region region = Region::Africa;
    Money usd = Money::usd(0);
    int count = 0;

    bool operator==(const DisbursementTotal &) const = default;
};

} // namespace FundDesk::Core
