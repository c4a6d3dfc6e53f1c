#pragma once

#include "core/domain/language.h"
#include "core/domain/money.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

// Where the salaries of the fund's two posts are paid from (¶15).
enum class StaffCostCharging {
    RegularBudget, // contributions go only to sponsorships and activities
    Contributions, // the P and GS posts are charged to voluntary contributions
};

// The fund's own settings, stored in its database so they travel with the file.
struct FundSettings
{
    QString name;
    Money operationalThreshold = Money::usd(0); // ¶16: operational once receipts reach it
    QDate thresholdAnnounced;                   // told to donors before the first call
    StaffCostCharging staffCharging = StaffCostCharging::RegularBudget;
    Money professionalPostAnnualCost = Money::usd(0);   // P post (project manager)
    Money generalServicePostAnnualCost = Money::usd(0); // GS post (finance assistant)
    Money activityFundingFloor = Money::usd(0);         // ¶23, used by activities
    // The fund's working language: what its documents are written in unless another is chosen,
    // and the interface language a new fund starts in.
    Language language = Language::English;

    bool operator==(const FundSettings &) const = default;
};

} // namespace FundDesk::Core
