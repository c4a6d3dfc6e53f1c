#include "core/services/pledgetracker.h"

#include "core/coretr.h"

#include <QHash>

#include <map>
#include <utility>

namespace FundDesk::Core {

namespace {

// One year of one pledge: its share of the pledge's USD value and what has paid it so far.
struct YearShare
{
    int year = 0;
    Money pledged = Money::usd(0);
    Money received = Money::usd(0);
};

struct PledgeState
{
    DonorId donorId;
    QList<YearShare> years;     // ascending
    Money paid = Money::usd(0); // all receipts against the pledge
};

Error scheduleCurrencyError(const Contribution &pledge, const ScheduledPayment &payment)
{
    //: %1 is the pledge's currency, %2 the currency of one of its scheduled payments
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("A scheduled payment of a pledge in %1 is in %2. Enter every "
                            "scheduled payment in the pledge's currency.")
                         .arg(pledge.amount.currency(), payment.amount.currency()),
                     QStringLiteral("PledgeTracker: schedule currency differs, pledge %1")
                         .arg(pledge.id.value()),
                     QStringLiteral("schedule"));
}

// Spreads the pledge's USD value over its scheduled payments in proportion to their amounts,
// with Money::allocate so the years add up to the pledge's USD value to the cent.
Result<QList<YearShare>> yearShares(const Contribution &pledge)
{
    if (pledge.schedule.isEmpty()) {
        return QList<YearShare>{YearShare{pledge.year(), pledge.usdValue, Money::usd(0)}};
    }
    QList<qint64> ratios;
    ratios.reserve(pledge.schedule.size());
    for (const ScheduledPayment &payment : pledge.schedule) {
        if (!payment.amount.hasSameCurrency(pledge.amount)) {
            return scheduleCurrencyError(pledge, payment);
        }
        ratios.append(payment.amount.minor());
    }
    const auto parts = pledge.usdValue.allocate(ratios);
    if (!parts) {
        return parts.error();
    }
    std::map<int, Money> byYear;
    for (qsizetype i = 0; i < parts->size(); ++i) {
        const int year = pledge.schedule.at(i).due.year();
        const auto [it, inserted] = byYear.try_emplace(year, parts->at(i));
        if (!inserted) {
            auto sum = it->second.add(parts->at(i));
            if (!sum) {
                return sum.error();
            }
            it->second = *sum;
        }
    }
    QList<YearShare> shares;
    shares.reserve(qsizetype(byYear.size()));
    for (const auto &[year, pledged] : byYear) {
        shares.append(YearShare{year, pledged, Money::usd(0)});
    }
    return shares;
}

Result<void> addTo(Money &total, const Money &amount)
{
    auto sum = total.add(amount);
    if (!sum) {
        return sum.error();
    }
    total = *sum;
    return {};
}

// The earliest year is paid first; what goes beyond the whole pledge stays on its last year,
// where it shows as received but cannot make anything outstanding negative.
Result<void> applyPayment(QList<YearShare> &years, Money paid)
{
    for (qsizetype i = 0; i < years.size() && paid.minor() > 0; ++i) {
        YearShare &share = years[i];
        Money portion = paid;
        if (i < years.size() - 1) {
            const auto open = share.pledged.subtract(share.received);
            if (!open) {
                return open.error();
            }
            if (open->minor() <= 0) {
                continue;
            }
            if (open->minor() < paid.minor()) {
                portion = *open;
            }
        }
        if (auto added = addTo(share.received, portion); !added) {
            return added;
        }
        const auto rest = paid.subtract(portion);
        if (!rest) {
            return rest.error();
        }
        paid = *rest;
    }
    return {};
}

} // namespace

Result<QList<PledgeOutstanding>> PledgeTracker::outstanding(
    const QList<Contribution> &contributions)
{
    QList<PledgeState> pledges;
    QHash<ContributionId, qsizetype> pledgeIndex; // saved pledges only: receipts point at ids
    for (const Contribution &contribution : contributions) {
        if (contribution.type != ContributionType::Pledge) {
            continue;
        }
        auto shares = yearShares(contribution);
        if (!shares) {
            return shares.error();
        }
        if (contribution.id.isValid()) {
            pledgeIndex.insert(contribution.id, pledges.size());
        }
        pledges.append(PledgeState{contribution.donorId, std::move(*shares), Money::usd(0)});
    }

    // Only the total paid against a pledge matters: filling the earliest years first gives the
    // same result whatever the order of the receipts.
    for (const Contribution &receipt : contributions) {
        if (receipt.type != ContributionType::Receipt || !receipt.pledgeId.isValid()) {
            continue; // not against a pledge: counts in no pledge
        }
        const auto found = pledgeIndex.constFind(receipt.pledgeId);
        if (found == pledgeIndex.cend()) {
            continue; // its pledge is not in the list given, so there is nothing to pay down
        }
        if (auto added = addTo(pledges[*found].paid, receipt.usdValue); !added) {
            return added.error();
        }
    }

    // Sorted by donor, then year, for a stable listing.
    std::map<std::pair<qint64, int>, PledgeOutstanding> rows;
    for (PledgeState &pledge : pledges) {
        if (auto applied = applyPayment(pledge.years, pledge.paid); !applied) {
            return applied.error();
        }
        for (const YearShare &share : std::as_const(pledge.years)) {
            const auto open = share.pledged.subtract(share.received);
            if (!open) {
                return open.error();
            }
            PledgeOutstanding &row = rows[{pledge.donorId.value(), share.year}];
            row.donorId = pledge.donorId;
            row.year = share.year;
            // Per pledge and year, never below zero: one overpaid pledge does not hide another.
            const Money outstanding = open->isNegative() ? Money::usd(0) : *open;
            for (const auto &[total, amount] : {std::pair{&row.pledgedUsd, share.pledged},
                                                std::pair{&row.receivedUsd, share.received},
                                                std::pair{&row.outstandingUsd, outstanding}}) {
                if (auto added = addTo(*total, amount); !added) {
                    return added.error();
                }
            }
        }
    }

    QList<PledgeOutstanding> result;
    result.reserve(qsizetype(rows.size()));
    for (auto &[key, row] : rows) {
        result.append(std::move(row));
    }
    return result;
}

} // namespace FundDesk::Core
