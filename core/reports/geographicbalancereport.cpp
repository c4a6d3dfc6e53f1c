#include "core/reports/geographicbalancereport.h"

#include "core/coretr.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::Core {

namespace {

Result<void> addTo(Money &sum, const Money &part)
{
    auto total = sum.add(part);
    if (!total) {
        return total.error();
    }
    sum = *total;
    return {};
}

// Adds one State's share of an application to its line.
Result<void> addShare(GeographicBalanceLine &line, const Money &share, bool recommended)
{
    if (auto added = addTo(line.requested, share); !added) {
        return added;
    }
    return recommended ? addTo(line.recommended, share) : Result<void>();
}

CsvTable table(const QString &firstColumn, const QList<GeographicBalanceLine> &lines,
               const Money &shareRequested, const Money &shareRecommended)
{
    CsvTable result;
    //: columns of the geographic balance table (¶25c); amounts in US dollars
    result.header << firstColumn << Tr::tr("Applications") << Tr::tr("Requested (USD)")
                  << Tr::tr("Recommended (USD)");
    for (const GeographicBalanceLine &line : lines) {
        result.rows.append(QVariantList{line.name, line.applications,
                                        line.requested.toPlainString(),
                                        line.recommended.toPlainString()});
    }
    //: last line of the geographic balance table: what each would get if shared equally
    result.rows.append(QVariantList{Tr::tr("Equal share"), QString(),
                                    shareRequested.toPlainString(),
                                    shareRecommended.toPlainString()});
    return result;
}

} // namespace

Money GeographicBalanceReport::equalShare(const Money &total, int parts)
{
    if (parts <= 0) {
        return Money::usd(0);
    }
    const qint64 minor = total.minor();
    qint64 quotient = minor / parts;
    const qint64 twiceRemainder = 2 * (minor % parts);
    if (twiceRemainder > parts || (twiceRemainder == parts && quotient % 2 != 0)) {
        ++quotient;
    }
    return Money::usd(quotient);
}

Result<GeographicBalance> GeographicBalanceReport::compute(
    const QList<ActivityApplication> &applications, const ReferenceDataService &reference)
{
    GeographicBalance balance;
    for (Region region : allRegions()) {
        balance.byRegion.append({regionKey(region), regionDisplayName(region)});
    }
    for (RegionalGroup group : allRegionalGroups()) {
        balance.byGroup.append({regionalGroupKey(group), regionalGroupDisplayName(group)});
    }
    const QList<Region> regions = allRegions();
    const QList<RegionalGroup> groups = allRegionalGroups();

    for (const ActivityApplication &application : applications) {
        const auto total = application.requestedTotal();
        if (!total) {
            return total.error();
        }
        const bool recommended = application.isRecommendedOrBeyond();
        if (auto added = addTo(balance.totalRequested, *total); !added) {
            return added.error();
        }
        if (recommended) {
            if (auto added = addTo(balance.totalRecommended, *total); !added) {
                return added.error();
            }
        }
        const QStringList states = application.participatingStates();
        const auto shares = total->allocate(QList<qint64>(states.size(), 1));
        if (!shares) {
            return shares.error();
        }
        QList<bool> regionCounted(regions.size(), false);
        QList<bool> groupCounted(groups.size(), false);
        for (qsizetype i = 0; i < states.size(); ++i) {
            if (const auto region = reference.region(states[i])) {
                const qsizetype index = regions.indexOf(*region);
                if (auto added = addShare(balance.byRegion[index], (*shares)[i], recommended);
                    !added) {
                    return added.error();
                }
                regionCounted[index] = true;
            }
            const qsizetype group = groups.indexOf(
                reference.regionalGroup(states[i]).value_or(RegionalGroup::None));
            if (group >= 0) {
                if (auto added = addShare(balance.byGroup[group], (*shares)[i], recommended);
                    !added) {
                    return added.error();
                }
                groupCounted[group] = true;
            }
        }
        for (qsizetype i = 0; i < regions.size(); ++i) {
            balance.byRegion[i].applications += regionCounted[i] ? 1 : 0;
        }
        for (qsizetype i = 0; i < groups.size(); ++i) {
            balance.byGroup[i].applications += groupCounted[i] ? 1 : 0;
        }
    }
    balance.regionEqualShareRequested = equalShare(balance.totalRequested, int(regions.size()));
    balance.regionEqualShareRecommended =
        equalShare(balance.totalRecommended, int(regions.size()));
    balance.groupEqualShareRequested = equalShare(balance.totalRequested, int(groups.size()));
    balance.groupEqualShareRecommended = equalShare(balance.totalRecommended, int(groups.size()));
    return balance;
}

CsvTable GeographicBalanceReport::regionTable(const GeographicBalance &balance)
{
    //: first column of the geographic balance table: the M49 region
    return table(Tr::tr("Region"), balance.byRegion, balance.regionEqualShareRequested,
                 balance.regionEqualShareRecommended);
}

CsvTable GeographicBalanceReport::groupTable(const GeographicBalance &balance)
{
    //: first column of the geographic balance table: the UN regional group
    return table(Tr::tr("Regional group"), balance.byGroup, balance.groupEqualShareRequested,
                 balance.groupEqualShareRecommended);
}

} // namespace FundDesk::Core
