#include "core/services/slate/slatefigures.h"

#include "core/coretr.h"
#include "core/domain/moneyformat.h"

#include <QSet>

namespace FundDesk::Core {

std::optional<Money> SlateFigures::remaining() const
{
    if (!budget) {
        return std::nullopt;
    }
    auto left = budget->subtract(totalCost);
    return left ? std::optional<Money>(*left) : std::nullopt;
}

QString SlateFigures::groupsCoveredText() const
{
    if (groupsCovered.isEmpty()) {
        //: No regional group is covered by the slate
        return Tr::tr("none");
    }
    QStringList names;
    for (const RegionalGroup group : groupsCovered) {
        names << regionalGroupDisplayName(group);
    }
    return QLocale().createSeparatedList(names);
}

QList<std::pair<QString, QString>> SlateFigures::lines(const QLocale &locale) const
{
    const auto money = [&](const Money &m) { return MoneyFormat::format(m, locale); };
    QList<std::pair<QString, QString>> rows{
        {Tr::tr("Seats filled"), Tr::tr("%1 of %2").arg(filled).arg(seats)},
        {Tr::tr("States"), QString::number(states)},
        {Tr::tr("Total cost"), money(totalCost)},
    };
    if (budget) {
        const auto left = remaining();
        rows.append(
            {Tr::tr("Budget"),
             left ? Tr::tr("%1 (%2 left)").arg(money(*budget), money(*left)) : money(*budget)});
    }
    rows.append({Tr::tr("Women"), Tr::tr("%1 (%2 %)").arg(women).arg(womenPercent())});
    rows.append({Tr::tr("Regional groups covered"),
                 Tr::tr("%1 of 5: %2").arg(groupsCovered.size()).arg(groupsCoveredText())});
    rows.append({Tr::tr("From LDC, LLDC or SIDS"),
                 Tr::tr("%1 (%2 %)").arg(priority).arg(priorityPercent())});
    return rows;
}

SlateFigures SlateFigures::of(const QList<SlateCandidate> &selected, int seats,
                              const std::optional<Money> &budget)
{
    SlateFigures figures;
    figures.seats = seats;
    figures.budget = budget;
    figures.filled = int(selected.size());
    QSet<QString> states;
    QSet<RegionalGroup> groups;
    for (const SlateCandidate &candidate : selected) {
        states.insert(candidate.stateIso3);
        if (candidate.group != RegionalGroup::None) {
            groups.insert(candidate.group);
        }
        figures.women += candidate.gender == Gender::Woman ? 1 : 0;
        figures.priority += candidate.priority ? 1 : 0;
        if (auto sum = figures.totalCost.add(candidate.cost)) {
            figures.totalCost = *sum;
        }
    }
    figures.states = int(states.size());
    for (const RegionalGroup group : allRegionalGroups()) {
        if (groups.contains(group)) {
            figures.groupsCovered.append(group);
        }
    }
    return figures;
}

} // namespace FundDesk::Core
