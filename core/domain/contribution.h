#pragma once

#include "core/domain/exchangerate.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/publicationconsent.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

enum class ContributionType { Pledge, Receipt };
QString contributionTypeKey(ContributionType type); // pledge, receipt
std::optional<ContributionType> contributionTypeFromKey(QStringView key);
QString contributionTypeDisplayName(ContributionType type);

// One expected payment of a multi-year pledge (¶20b).
struct ScheduledPayment
{
    QDate due;
    Money amount; // in the pledge's currency

    bool operator==(const ScheduledPayment &) const = default;
};

// A pledge (money promised) or a receipt (money received). The fund's books are in USD: the
// original amount and currency, the rate used and the USD value all stay on the record.
struct Contribution
{
    ContributionId id;
    DonorId donorId;
    ContributionType type = ContributionType::Receipt;
    QDate date;
    Money amount;             // original currency
    ExchangeRate usdRate;     // USD per unit of amount's currency, as used on the day
    Money usdValue;           // amount converted with usdRate, in USD
    ContributionId pledgeId;  // a receipt paid against a pledge; invalid otherwise
    PublicationConsent publication = PublicationConsent::Publish;
    QString conditions;                 // the donor's conditions, as text (¶19)
    bool earmarked = false;             // conditions restrict use to specific activities
    bool conditionsNotEarmarkConfirmed = false; // the manager confirmed they are not an earmark
    QString reference;
    QString notes;
    QList<ScheduledPayment> schedule; // pledges only; empty means one payment on the date

    int year() const { return date.year(); }
    bool operator==(const Contribution &) const = default;
};

} // namespace FundDesk::Core
