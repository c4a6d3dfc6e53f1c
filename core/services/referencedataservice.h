#pragma once

#include "core/domain/result.h"
#include "core/domain/state.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// Read-only view of the reference States, loaded once into memory so that lookups by ISO code
// (done for every row of every table and report) cost no SQL. Cheap to copy (implicitly
// shared lists).
class ReferenceDataService final
{
public:
    // Loads every State from the database (call ReferenceDataLoader::ensureLoaded() first).
    static Result<ReferenceDataService> load(QSqlDatabase db);

    explicit ReferenceDataService(QList<State> states = {});

    // Lookups take the upper-case ISO 3166-1 alpha-3 code ("FRA").
    std::optional<State> state(QStringView iso3) const;
    bool contains(QStringView iso3) const;
    // The State's name in that language, or an empty string for an unknown code.
    QString name(QStringView iso3, Language language) const;
    std::optional<Region> region(QStringView iso3) const;
    std::optional<RegionalGroup> regionalGroup(QStringView iso3) const;
    // Empty for an unknown code as for a State in no priority group.
    PriorityGroups priorityGroups(QStringView iso3) const;

    // In ISO code order.
    QList<State> all() const { return m_states; }
    QList<State> members() const;
    QList<State> observers() const;

    // Sorted by the State names in that language, with that language's collation
    // ("Égypte" sorts among the E's in French, not after "Zimbabwe").
    static QList<State> sortedByName(Language language, QList<State> states);

private:
    const State *lookup(QStringView iso3) const;

    QList<State> m_states; // sorted by iso3 for binary search
};

} // namespace FundDesk::Core
