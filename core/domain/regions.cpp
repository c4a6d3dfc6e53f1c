#include "core/domain/regions.h"

#include "core/coretr.h"

#include <array>
#include <string_view>

namespace FundDesk::Core {

namespace {

template<typename Enum>
struct Naming
{
    Enum value;
    std::u16string_view csvName; // as in the reference CSV (M49 and UN DGACM wording)
    std::u16string_view key;     // as stored in the database; never change a released key
};

constexpr std::array kRegions{
    Naming<Region>{Region::Africa, u"Africa", u"africa"},
    Naming<Region>{Region::Americas, u"Americas", u"americas"},
    Naming<Region>{Region::Asia, u"Asia", u"asia"},
    Naming<Region>{Region::Europe, u"Europe", u"europe"},
    Naming<Region>{Region::Oceania, u"Oceania", u"oceania"},
};

constexpr std::array kRegionalGroups{
    Naming<RegionalGroup>{RegionalGroup::None, u"", u""},
    Naming<RegionalGroup>{RegionalGroup::African, u"African States", u"african"},
    Naming<RegionalGroup>{RegionalGroup::AsiaPacific, u"Asia-Pacific States", u"asia_pacific"},
    Naming<RegionalGroup>{RegionalGroup::EasternEuropean, u"Eastern European States",
                          u"eastern_european"},
    Naming<RegionalGroup>{RegionalGroup::LatinAmericanCaribbean,
                          u"Latin American and Caribbean States", u"latin_american_caribbean"},
    Naming<RegionalGroup>{RegionalGroup::WesternEuropeanOther,
                          u"Western European and other States", u"western_european_other"},
};

QStringView view(std::u16string_view text)
{
    return QStringView(text.data(), qsizetype(text.size()));
}

template<typename Enum, std::size_t N>
std::optional<Enum> findByCsvName(const std::array<Naming<Enum>, N> &table, QStringView name)
{
    for (const auto &entry : table) {
        if (view(entry.csvName) == name) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
std::optional<Enum> findByKey(const std::array<Naming<Enum>, N> &table, QStringView key)
{
    for (const auto &entry : table) {
        if (view(entry.key) == key) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString keyOf(const std::array<Naming<Enum>, N> &table, Enum value)
{
    for (const auto &entry : table) {
        if (entry.value == value) {
            return view(entry.key).toString();
        }
    }
    return {};
}

} // namespace

QList<Region> allRegions()
{
    QList<Region> regions;
    for (const auto &entry : kRegions) {
        regions.append(entry.value);
    }
    return regions;
}

std::optional<Region> regionFromName(QStringView csvName)
{
    return findByCsvName(kRegions, csvName);
}

QString regionKey(Region region)
{
    return keyOf(kRegions, region);
}

std::optional<Region> regionFromKey(QStringView key)
{
    return findByKey(kRegions, key);
}

QString regionDisplayName(Region region)
{
    switch (region) {
    case Region::Africa:
        //: Geographic region (UN M49)
        return Tr::tr("Africa");
    case Region::Americas:
        //: Geographic region (UN M49): North, Central and South America and the Caribbean
        return Tr::tr("Americas");
    case Region::Asia:
        //: Geographic region (UN M49)
        return Tr::tr("Asia");
    case Region::Europe:
        //: Geographic region (UN M49)
        return Tr::tr("Europe");
    case Region::Oceania:
        //: Geographic region (UN M49)
        return Tr::tr("Oceania");
    }
    return {};
}

QList<RegionalGroup> allRegionalGroups()
{
    QList<RegionalGroup> groups;
    for (const auto &entry : kRegionalGroups) {
        if (entry.value != RegionalGroup::None) {
            groups.append(entry.value);
        }
    }
    return groups;
}

std::optional<RegionalGroup> regionalGroupFromName(QStringView csvName)
{
    return findByCsvName(kRegionalGroups, csvName);
}

QString regionalGroupKey(RegionalGroup group)
{
    return keyOf(kRegionalGroups, group);
}

std::optional<RegionalGroup> regionalGroupFromKey(QStringView key)
{
    return findByKey(kRegionalGroups, key);
}

QString regionalGroupDisplayName(RegionalGroup group)
{
    switch (group) {
    case RegionalGroup::None:
        //: A State in no UN regional group (the Holy See)
        return Tr::tr("No regional group");
    case RegionalGroup::African:
        //: UN regional group; use the UN's official wording in this language
        return Tr::tr("African States");
    case RegionalGroup::AsiaPacific:
        //: UN regional group; use the UN's official wording in this language
        return Tr::tr("Asia-Pacific States");
    case RegionalGroup::EasternEuropean:
        //: UN regional group; use the UN's official wording in this language
        return Tr::tr("Eastern European States");
    case RegionalGroup::LatinAmericanCaribbean:
        //: UN regional group; use the UN's official wording in this language
        return Tr::tr("Latin American and Caribbean States");
    case RegionalGroup::WesternEuropeanOther:
        //: UN regional group; use the UN's official wording in this language
        return Tr::tr("Western European and other States");
    }
    return {};
}

QList<PriorityGroup> allPriorityGroups()
{
    return {PriorityGroup::Ldc, PriorityGroup::Lldc, PriorityGroup::Sids};
}

QString priorityGroupDisplayName(PriorityGroup group)
{
    switch (group) {
    case PriorityGroup::Ldc:
        //: UN category of countries; use the UN's official wording in this language
        return Tr::tr("Least Developed Countries");
    case PriorityGroup::Lldc:
        //: UN category of countries; use the UN's official wording in this language
        return Tr::tr("Landlocked Developing Countries");
    case PriorityGroup::Sids:
        //: UN category of countries; use the UN's official wording in this language
        return Tr::tr("Small Island Developing States");
    }
    return {};
}

QString priorityGroupShortName(PriorityGroup group)
{
    switch (group) {
    case PriorityGroup::Ldc:
        //: Abbreviation of "Least Developed Countries" as the UN writes it in this language
        return Tr::tr("LDC");
    case PriorityGroup::Lldc:
        //: Abbreviation of "Landlocked Developing Countries" as the UN writes it in this language
        return Tr::tr("LLDC");
    case PriorityGroup::Sids:
        //: Abbreviation of "Small Island Developing States" as the UN writes it in this language
        return Tr::tr("SIDS");
    }
    return {};
}

} // namespace FundDesk::Core
