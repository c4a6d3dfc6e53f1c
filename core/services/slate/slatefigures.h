#pragma once

#include "core/domain/money.h"
#include "core/domain/regions.h"
#include "core/services/slate/slatecandidate.h"

#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace FundDesk::Core {

// The live figures beside a slate (issue 4, point 5), recomputed whenever a pin changes.
struct SlateFigures
{
    int seats = 0;  // asked for
    int filled = 0; // delegates on the slate
    int states = 0; // distinct States
    Money totalCost;
    std::optional<Money> budget;
    int women = 0;
    int priority = 0;                   // delegates from LDC, LLDC or SIDS
    QList<RegionalGroup> groupsCovered; // in the order of allRegionalGroups()

    // Whole per cent of the delegates, rounded half up; 0 for an empty slate.
    int womenPercent() const { return percent(women); }
    int priorityPercent() const { return percent(priority); }
    // The budget left, when there is one (negative when pins overspend it).
    std::optional<Money> remaining() const;
    // "African States, Asia-Pacific States" in the current language; "none" when empty.
    QString groupsCoveredText() const;
    // The figures as label/value lines for the command line and reports.
    QList<std::pair<QString, QString>> lines(const QLocale &locale) const;

    static SlateFigures of(const QList<SlateCandidate> &selected, int seats,
                           const std::optional<Money> &budget);

private:
    int percent(int count) const { return filled == 0 ? 0 : (200 * count + filled) / (2 * filled); }
};

} // namespace FundDesk::Core
