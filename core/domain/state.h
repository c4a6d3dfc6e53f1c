#pragma once

#include "core/domain/language.h"
#include "core/domain/regions.h"

#include <QString>

#include <array>
#include <utility>

namespace FundDesk::Core {

// One State of the reference list: a UN Member State or a non-member observer State.
// Codes and names are exactly as UNSD publishes them (M49); subregion stays in English.
struct State
{
    QString iso3; // ISO 3166-1 alpha-3, upper case: "FRA"
    QString m49;  // M49 numeric code with leading zeros: "250"
    std::array<QString, languageCount> names; // indexed by languageIndex()
    Region region = Region::Africa;
    QString subregion;
    RegionalGroup regionalGroup = RegionalGroup::None;
    PriorityGroups priority;
    bool member = true; // false for the observer States (Holy See, State of Palestine)

    QString name(Language language) const { return names[languageIndex(language)]; }
    void setName(Language language, QString name)
    {
        names[languageIndex(language)] = std::move(name);
    }

    bool operator==(const State &other) const = default;
};

} // namespace FundDesk::Core
