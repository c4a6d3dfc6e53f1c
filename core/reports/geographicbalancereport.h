#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"
#include "core/domain/result.h"
#include "core/reports/csvwriter.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {

class ReferenceDataService;

// One region's or one regional group's line.
struct GeographicBalanceLine
{
    QString key;  // regionKey() or regionalGroupKey()
    QString name; // translated
    int applications = 0; // applications with at least one participating State in it
    Money requested = Money::usd(0);
    Money recommended = Money::usd(0);
};

// Requested and recommended amounts by M49 region and by UN regional group, against the
// equal-share line (the total divided by the number of regions, or of groups), for ¶25c.
//
// A regional activity serves several States: its amount is split equally among the applicant
// and the co-applicants (Money::allocate, so the parts add up to the cent) and each part goes
// to that State's region and group. "Recommended" means Recommended, Approved, Active or
// Completed. Amounts are USD.
struct GeographicBalance
{
    QList<GeographicBalanceLine> byRegion; // the five M49 regions, in allRegions() order
    QList<GeographicBalanceLine> byGroup;  // the five groups, in allRegionalGroups() order
    Money totalRequested = Money::usd(0);
    Money totalRecommended = Money::usd(0);
    // total / count, to the cent, halves to even.
    Money regionEqualShareRequested = Money::usd(0);
    Money regionEqualShareRecommended = Money::usd(0);
    Money groupEqualShareRequested = Money::usd(0);
    Money groupEqualShareRecommended = Money::usd(0);
};

class GeographicBalanceReport final
{
public:
    GeographicBalanceReport() = delete;

    // Errors only on overflow of a sum.
    static Result<GeographicBalance> compute(const QList<ActivityApplication> &applications,
                                             const ReferenceDataService &reference);

    // For CSV and the page: a line per region (or group) then the equal-share line; amounts
    // as plain decimals ("1234.56").
    static CsvTable regionTable(const GeographicBalance &balance);
    static CsvTable groupTable(const GeographicBalance &balance);

    // amount / parts, rounded to the cent with halves to the even cent.
    static Money equalShare(const Money &total, int parts);
};

} // namespace FundDesk::Core
