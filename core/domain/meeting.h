#pragma once

#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"

#include <QDate>
#include <QMap>
#include <QString>

namespace FundDesk::Core {

// What the fund expects one sponsored delegate to cost at a meeting, all in USD: a return
// airfare estimated by the M49 region the delegate travels from, the daily subsistence
// allowance (DSA) for the days of the session, and the terminal expenses of the trip.
struct CostNorms
{
    QMap<Region, Money> airfare; // a region without an entry costs USD 0 of airfare
    Money dsaDailyRate;
    int dsaDays = 0;
    Money terminalExpenses;

    Money airfareFrom(Region region) const { return airfare.value(region); }
    bool operator==(const CostNorms &) const = default;
};

// A session of the permanent mechanism on ICT security that the fund sponsors delegates to
// (¶9a, ¶21). The reference ("PM-2026-1") is what people and the command line use.
struct Meeting
{
    MeetingId id;
    QString reference;
    QString name;
    QString city;
    QDate start;
    QDate end;
    int formalMeetingDays = 0; // the days of formal meetings, all attended (¶21d)
    CostNorms norms;

    // Calendar days from start to end, both included; 0 when the dates are not set.
    int spanDays() const
    {
        return start.isValid() && end.isValid() ? int(start.daysTo(end)) + 1 : 0;
    }
    bool operator==(const Meeting &) const = default;
};

} // namespace FundDesk::Core
