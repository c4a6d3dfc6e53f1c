#include "core/services/referencedataservice.h"

#include "core/repositories/staterepository.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <utility>
#include <vector>

namespace FundDesk::Core {

namespace {

// Collation depends only on the language here, so the territory is chosen once: these are the
// locales of the translation files.
QLocale collationLocale(Language language)
{
    switch (language) {
    case Language::Arabic:
        return QLocale(QLocale::Arabic);
    case Language::Chinese:
        return QLocale(QLocale::Chinese, QLocale::SimplifiedChineseScript, QLocale::China);
    case Language::English:
        return QLocale(QLocale::English);
    case Language::French:
        return QLocale(QLocale::French);
    case Language::Russian:
        return QLocale(QLocale::Russian);
    case Language::Spanish:
        return QLocale(QLocale::Spanish);
    }
    return QLocale(QLocale::English);
}

bool byIso3(const State &state, QStringView iso3)
{
    return QStringView(state.iso3) < iso3;
}

QList<State> filtered(const QList<State> &states, bool member)
{
    QList<State> result;
    std::copy_if(states.cbegin(), states.cend(), std::back_inserter(result),
                 [member](const State &state) { return state.member == member; });
    return result;
}

} // namespace

Result<ReferenceDataService> ReferenceDataService::load(QSqlDatabase db)
{
    auto states = StateRepository(std::move(db)).all();
    if (!states) {
        return states.error();
    }
    return ReferenceDataService(std::move(states).value());
}

ReferenceDataService::ReferenceDataService(QList<State> states) : m_states(std::move(states))
{
    std::sort(m_states.begin(), m_states.end(),
              [](const State &a, const State &b) { return a.iso3 < b.iso3; });
}

const State *ReferenceDataService::lookup(QStringView iso3) const
{
    const auto it = std::lower_bound(m_states.cbegin(), m_states.cend(), iso3, byIso3);
    if (it == m_states.cend() || QStringView(it->iso3) != iso3) {
        return nullptr;
    }
    return &*it;
}

std::optional<State> ReferenceDataService::state(QStringView iso3) const
{
    const State *found = lookup(iso3);
    return found ? std::optional<State>(*found) : std::nullopt;
}

bool ReferenceDataService::contains(QStringView iso3) const
{
    return lookup(iso3) != nullptr;
}

QString ReferenceDataService::name(QStringView iso3, Language language) const
{
    const State *found = lookup(iso3);
    return found ? found->name(language) : QString();
}

std::optional<Region> ReferenceDataService::region(QStringView iso3) const
{
    const State *found = lookup(iso3);
    return found ? std::optional<Region>(found->region) : std::nullopt;
}

std::optional<RegionalGroup> ReferenceDataService::regionalGroup(QStringView iso3) const
{
    const State *found = lookup(iso3);
    return found ? std::optional<RegionalGroup>(found->regionalGroup) : std::nullopt;
}

PriorityGroups ReferenceDataService::priorityGroups(QStringView iso3) const
{
    const State *found = lookup(iso3);
    return found ? found->priority : PriorityGroups();
}

QList<State> ReferenceDataService::members() const
{
    return filtered(m_states, true);
}

QList<State> ReferenceDataService::observers() const
{
    return filtered(m_states, false);
}

QList<State> ReferenceDataService::sortedByName(Language language, QList<State> states)
{
    QCollator collator(collationLocale(language));
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    // Sort keys once instead of collating both names in every comparison.
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(std::size_t(states.size()));
    for (qsizetype i = 0; i < states.size(); ++i) {
        keys.emplace_back(collator.sortKey(states.at(i).name(language)), i);
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) {
        return a.first.compare(b.first) < 0;
    });
    QList<State> sorted;
    sorted.reserve(states.size());
    for (const auto &key : keys) {
        sorted.append(std::move(states[key.second]));
    }
    return sorted;
}

} // namespace FundDesk::Core
