#include "core/services/slate/slatebuilder.h"

#include "core/coretr.h"
#include "core/domain/moneyformat.h"
#include "core/services/slate/slateexplainer.h"
#include "core/services/slate/slatesearch.h"

#include <QHash>

#include <algorithm>

namespace FundDesk::Core {

namespace {

int groupBit(RegionalGroup group)
{
    const int index = int(allRegionalGroups().indexOf(group));
    return index < 0 ? 0 : 1 << index;
}

} // namespace

Slate SlateBuilder::build(const QList<SlateCandidate> &candidates, const SlateRequest &request)
{
    QList<SlateItem> items;
    QList<int> itemCandidate;
    QHash<QString, int> stateNumbers;
    for (int i = 0; i < candidates.size(); ++i) {
        const SlateCandidate &candidate = candidates.at(i);
        if (!candidate.selectable() || request.isExcluded(candidate.id)) {
            continue;
        }
        SlateItem item;
        item.id = candidate.id.value();
        item.state = stateNumbers.value(candidate.stateIso3, int(stateNumbers.size()));
        stateNumbers.insert(candidate.stateIso3, item.state);
        item.woman = candidate.gender == Gender::Woman;
        item.groupBit = groupBit(candidate.group);
        item.priority = bool(candidate.priority);
        item.score = candidate.score.value_or(0);
        item.cost = candidate.cost.minor();
        item.pinned = request.isPinned(candidate.id);
        items.append(item);
        itemCandidate.append(i);
    }
    std::optional<qint64> budget;
    if (request.budget) {
        budget = request.budget->minor();
    }
    const SlateSearch::Outcome outcome = SlateSearch::solve(items, request.seats, budget);

    Slate slate;
    QList<SlateCandidate> chosen;
    for (const int index : outcome.chosen) {
        slate.selected.append(SponsorshipId(items.at(index).id));
        chosen.append(candidates.at(itemCandidate.at(index)));
    }
    std::sort(slate.selected.begin(), slate.selected.end());
    slate.figures = SlateFigures::of(chosen, request.seats, request.budget);
    if (outcome.pinsExceedSeats) {
        slate.warnings << Tr::tr(
                              "You pinned %1 applicants for %n seat(s): the slate is the pinned "
                              "applicants only. Unpin some or add seats.",
                              nullptr, request.seats)
                              .arg(chosen.size());
    }
    if (outcome.pinsExceedBudget && request.budget) {
        const QLocale locale;
        slate.warnings << Tr::tr(
                              "The pinned applicants cost %1, more than the budget of %2: the "
                              "slate is the pinned applicants only.")
                              .arg(MoneyFormat::format(slate.figures.totalCost, locale),
                                   MoneyFormat::format(*request.budget, locale));
    }
    slate.decisions =
        SlateExplainer(candidates, request, items, itemCandidate, outcome.chosen).explain();
    return slate;
}

} // namespace FundDesk::Core
