#include "core/services/slate/slateexplainer.h"

#include "core/coretr.h"
#include "core/domain/moneyformat.h"
#include "core/services/slate/slateobjective.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace FundDesk::Core {

namespace {

QString references(const QList<EligibilityCriterion> &criteria)
{
    QStringList refs;
    for (const EligibilityCriterion criterion : criteria) {
        refs << eligibilityCriterionReference(criterion);
    }
    return QLocale().createSeparatedList(refs);
}

QString priorityNames(PriorityGroups groups)
{
    QStringList names;
    for (const PriorityGroup group : allPriorityGroups()) {
        if (groups.testFlag(group)) {
            names << priorityGroupShortName(group);
        }
    }
    return QLocale().createSeparatedList(names);
}

bool sameProfile(const SlateItem &a, const SlateItem &b)
{
    return a.woman == b.woman && a.groupBit == b.groupBit && a.priority == b.priority;
}

} // namespace

SlateExplainer::SlateExplainer(const QList<SlateCandidate> &candidates, const SlateRequest &request,
                               const QList<SlateItem> &items, const QList<int> &itemCandidate,
                               const QList<int> &chosen)
    : m_candidates(candidates),
      m_request(request),
      m_items(items),
      m_itemCandidate(itemCandidate),
      m_chosen(chosen)
{
    for (const int index : chosen) {
        m_chosenCost += items.at(index).cost;
    }
}

const SlateCandidate &SlateExplainer::candidateOf(int item) const
{
    return m_candidates.at(m_itemCandidate.at(item));
}

QList<SlateDecision> SlateExplainer::explain() const
{
    QList<SlateDecision> decisions;
    decisions.reserve(m_candidates.size());
    for (const SlateCandidate &candidate : m_candidates) {
        SlateDecision decision;
        decision.id = candidate.id;
        decision.pinned = m_request.isPinned(candidate.id);
        decision.excluded = m_request.isExcluded(candidate.id);
        decisions.append(decision);
    }
    for (int item = 0; item < m_items.size(); ++item) {
        SlateDecision &decision = decisions[m_itemCandidate.at(item)];
        decision.selected = m_chosen.contains(item);
        decision.reasons = decision.selected ? whyIn(item) : whyLeftOut(item);
    }
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (!m_itemCandidate.contains(i)) {
            decisions[i].reasons = whyNotSelectable(m_candidates.at(i));
        }
    }
    return decisions;
}

QStringList SlateExplainer::whyIn(int item) const
{
    const SlateItem &me = m_items.at(item);
    const SlateCandidate &candidate = candidateOf(item);
    QStringList reasons;
    if (me.pinned) {
        reasons << Tr::tr("Pinned by you");
    }
    int applicantsFromState = 0;
    for (const SlateItem &other : m_items) {
        applicantsFromState += other.state == me.state ? 1 : 0;
    }
    int delegatesFromState = 0;
    int delegatesFromGroup = 0;
    for (const int index : m_chosen) {
        delegatesFromState += m_items.at(index).state == me.state ? 1 : 0;
        delegatesFromGroup += m_items.at(index).groupBit == me.groupBit ? 1 : 0;
    }
    if (delegatesFromState > 1) {
        reasons << Tr::tr(
                       "One of %1 delegates from %2: no applicant from another State could "
                       "take the seat")
                       .arg(delegatesFromState)
                       .arg(candidate.stateName);
    } else if (applicantsFromState == 1) {
        reasons << Tr::tr("Only applicant from %1").arg(candidate.stateName);
    } else {
        reasons << Tr::tr("Chosen among %n applicants from %1", nullptr, applicantsFromState)
                       .arg(candidate.stateName);
    }
    if (me.woman) {
        //: Reason a delegate is on the slate: gender parity (¶12, ¶22)
        reasons << Tr::tr("Woman");
    }
    if (candidate.group != RegionalGroup::None && delegatesFromGroup == 1) {
        reasons << Tr::tr("Covers %1").arg(regionalGroupDisplayName(candidate.group));
    }
    if (candidate.priority) {
        //: %1 is a list of priority groups such as "LDC and LLDC" (¶22)
        reasons << Tr::tr("Priority State: %1").arg(priorityNames(candidate.priority));
    }
    reasons << (candidate.score ? Tr::tr("Score %1").arg(*candidate.score)
                                : Tr::tr("No reviewer score yet"));
    return reasons;
}

QStringList SlateExplainer::whyNotSelectable(const SlateCandidate &candidate) const
{
    if (m_request.isExcluded(candidate.id)) {
        return {Tr::tr("Excluded by you")};
    }
    if (!candidate.failing.isEmpty()) {
        //: %1 lists the failing criteria, such as "¶21(a) and ¶21(c)"
        return {Tr::tr("Not eligible: %1").arg(references(candidate.failing))};
    }
    //: %1 lists the criteria not yet assessed, such as "¶21(b) and ¶21(d)"
    return {Tr::tr("Not screened yet: assess %1").arg(references(candidate.unassessed))};
}

QString SlateExplainer::budgetShortfall(qint64 cents) const
{
    return Tr::tr("Would need a budget of %1 more")
        .arg(MoneyFormat::format(Money::usd(cents), QLocale()));
}

QStringList SlateExplainer::whyLeftOut(int item) const
{
    const SlateItem &me = m_items.at(item);
    const SlateCandidate &candidate = candidateOf(item);
    const int pinned = int(std::count_if(m_items.cbegin(), m_items.cend(),
                                         [](const SlateItem &i) { return i.pinned; }));
    if (pinned > m_request.seats || (m_request.budget && m_chosen.size() == pinned &&
                                     m_chosenCost > m_request.budget->minor())) {
        return {Tr::tr("The pinned applicants take the whole slate")};
    }
    if (m_chosen.size() < m_request.seats) {
        // A free seat is only left empty when the budget cannot pay for it.
        const qint64 left = m_request.budget ? m_request.budget->minor() - m_chosenCost : 0;
        return {budgetShortfall(me.cost - left)};
    }
    for (const int index : m_chosen) {
        if (m_items.at(index).state == me.state) {
            return {
                Tr::tr("%1 already has a delegate and other States wait").arg(candidate.stateName)};
        }
    }
    return afterBestSwap(item);
}

QStringList SlateExplainer::afterBestSwap(int item) const
{
    const SlateItem &me = m_items.at(item);
    const SlateObjective current = SlateObjective::of(m_items, m_chosen);
    std::optional<SlateObjective> best;
    int bestOut = -1;
    qint64 shortfall = std::numeric_limits<qint64>::max();
    for (const int out : m_chosen) {
        if (m_items.at(out).pinned) {
            continue;
        }
        QList<int> swapped = m_chosen;
        swapped.removeOne(out);
        swapped.append(item);
        const qint64 cost = m_chosenCost - m_items.at(out).cost + me.cost;
        if (m_request.budget && cost > m_request.budget->minor()) {
            shortfall = std::min(shortfall, cost - m_request.budget->minor());
            continue;
        }
        const SlateObjective value = SlateObjective::of(m_items, swapped);
        if (!best || SlateObjective::better(value, *best)) {
            best = value;
            bestOut = out;
        }
    }
    if (!best) {
        if (shortfall == std::numeric_limits<qint64>::max()) {
            return {Tr::tr("Every seat is taken by a pinned applicant")};
        }
        return {budgetShortfall(shortfall)};
    }
    const SlateItem &replaced = m_items.at(bestOut);
    const SlateCandidate &other = candidateOf(bestOut);
    switch (SlateObjective::firstDifference(*best, current)) {
    case SlateObjective::Level::States:
    case SlateObjective::Level::Seats:
        return {Tr::tr("Taking them would leave %1 without a delegate").arg(other.stateName)};
    case SlateObjective::Level::Women:
        return {Tr::tr("Taking them would leave fewer than half of the seats to women")};
    case SlateObjective::Level::Groups:
        return {Tr::tr("Taking them would leave %1 uncovered")
                    .arg(regionalGroupDisplayName(other.group))};
    case SlateObjective::Level::Priority:
        return {Tr::tr("Taking them would mean one delegate fewer from LDC, LLDC and SIDS")};
    case SlateObjective::Level::Score: {
        int lowest = -1;
        for (const int index : m_chosen) {
            const SlateItem &chosen = m_items.at(index);
            if (!chosen.pinned && sameProfile(chosen, me) &&
                (lowest < 0 || chosen.score < lowest)) {
                lowest = chosen.score;
            }
        }
        if (lowest >= 0) {
            return {Tr::tr("A higher score than %1 (the lowest selected with the same profile)")
                        .arg(lowest)};
        }
        return {Tr::tr("A higher score than %1 (the score of %2, whose place they would take)")
                    .arg(replaced.score)
                    .arg(other.applicantName)};
    }
    case SlateObjective::Level::Cost:
        return {Tr::tr("Same standing as %1, who costs %2 less")
                    .arg(other.applicantName,
                         MoneyFormat::format(Money::usd(me.cost - replaced.cost), QLocale()))};
    case SlateObjective::Level::Ids:
    case SlateObjective::Level::Equal:
        break;
    }
    return {Tr::tr("Same standing and cost as %1, whose application came first")
                .arg(other.applicantName)};
}

} // namespace FundDesk::Core
