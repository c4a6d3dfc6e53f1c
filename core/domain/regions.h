#pragma once

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The M49 geographic region of a State (¶25c geographic balance).
enum class Region { Africa, Americas, Asia, Europe, Oceania };

// The five UN regional groups. None is for the Holy See, which belongs to no group.
enum class RegionalGroup {
    None,
    African,
    AsiaPacific,
    EasternEuropean,
    LatinAmericanCaribbean,
    WesternEuropeanOther,
};

// The priority groups of ¶22, as flags because a State can be in several (LDC and LLDC).
enum class PriorityGroup {
    Ldc = 0x1,  // Least Developed Countries
    Lldc = 0x2, // Landlocked Developing Countries
    Sids = 0x4, // Small Island Developing States
};
Q_DECLARE_FLAGS(PriorityGroups, PriorityGroup)

// Three ways to name each value:
// - "Name" parses the English wording of the reference CSV ("Africa", "African States").
// - "Key" is the stable lower-case key stored in the database; it never changes with wording
//   or translation. RegionalGroup::None has the empty key.
// - "DisplayName" is translated for the user.

QList<Region> allRegions();
std::optional<Region> regionFromName(QStringView csvName);
QString regionKey(Region region);
std::optional<Region> regionFromKey(QStringView key);
QString regionDisplayName(Region region);

// The five groups, without None.
QList<RegionalGroup> allRegionalGroups();
// "" parses as None; an unknown name as nullopt.
std::optional<RegionalGroup> regionalGroupFromName(QStringView csvName);
QString regionalGroupKey(RegionalGroup group);
std::optional<RegionalGroup> regionalGroupFromKey(QStringView key);
QString regionalGroupDisplayName(RegionalGroup group);

QList<PriorityGroup> allPriorityGroups();
QString priorityGroupDisplayName(PriorityGroup group);
// "LDC", "LLDC", "SIDS": for table headers and narrow columns.
QString priorityGroupShortName(PriorityGroup group);

} // namespace FundDesk::Core

Q_DECLARE_OPERATORS_FOR_FLAGS(FundDesk::Core::PriorityGroups)
