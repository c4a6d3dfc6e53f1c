#include "core/repositories/staterepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

// The column order of kSelect; readState() reads by these positions.
enum Column {
    Iso3,
    M49,
    NameAr,
    NameZh,
    NameEn,
    NameFr,
    NameRu,
    NameEs,
    RegionKey,
    Subregion,
    GroupKey,
    Ldc,
    Lldc,
    Sids,
    Member,
};

// Name columns in Language order, so NameAr + languageIndex(language) is that language's name.
const QString kSelect = QStringLiteral(
    "SELECT iso3, m49, name_ar, name_zh, name_en, name_fr, name_ru, name_es, region, subregion, "
    "regional_group, ldc, lldc, sids, member FROM states");

Error corruptRow(const QString &iso3, const QString &column, const QString &value)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The list of States in the fund's database is damaged: the State "
                            "“%1” has an unknown value in “%2”.")
                         .arg(iso3, column),
                     QStringLiteral("states.%1 = \"%2\" for %3").arg(column, value, iso3), column);
}

Result<State> readState(const QSqlQuery &query)
{
    State state;
    state.iso3 = query.value(Iso3).toString();
    state.m49 = query.value(M49).toString();
    for (Language language : allLanguages()) {
        state.setName(language, query.value(NameAr + int(languageIndex(language))).toString());
    }
    const QString regionValue = query.value(RegionKey).toString();
    const auto region = regionFromKey(regionValue);
    if (!region) {
        return corruptRow(state.iso3, QStringLiteral("region"), regionValue);
    }
    state.region = *region;
    state.subregion = query.value(Subregion).toString();
    const QString groupValue = query.value(GroupKey).toString();
    const auto group = regionalGroupFromKey(groupValue);
    if (!group) {
        return corruptRow(state.iso3, QStringLiteral("regional_group"), groupValue);
    }
    state.regionalGroup = *group;
    state.priority.setFlag(PriorityGroup::Ldc, query.value(Ldc).toInt() == 1);
    state.priority.setFlag(PriorityGroup::Lldc, query.value(Lldc).toInt() == 1);
    state.priority.setFlag(PriorityGroup::Sids, query.value(Sids).toInt() == 1);
    state.member = query.value(Member).toInt() == 1;
    return state;
}

int asInt(bool value)
{
    return value ? 1 : 0;
}

} // namespace

StateRepository::StateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> StateRepository::count() const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM states"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("count states")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("count states: no row"));
    }
    return query->value(0).toInt();
}

Result<void> StateRepository::insert(const State &state)
{
    // Checked first so a duplicate is a Conflict naming the State, not a bare SQL error.
    auto existing = Sql::prepare(
        m_db, QStringLiteral("SELECT iso3 FROM states WHERE iso3 = :iso3 OR m49 = :m49"));
    if (!existing) {
        return existing.error();
    }
    existing->bindValue(QStringLiteral(":iso3"), state.iso3);
    existing->bindValue(QStringLiteral(":m49"), state.m49);
    if (auto done = Sql::execPrepared(*existing, QStringLiteral("find duplicate state")); !done) {
        return done;
    }
    if (existing->next()) {
        return makeError(ErrorCode::Conflict,
                         Tr::tr("The State with ISO code “%1” or M49 code “%2” is already in "
                                "the list.")
                             .arg(state.iso3, state.m49),
                         QStringLiteral("duplicate state %1/%2 (stored: %3)")
                             .arg(state.iso3, state.m49, existing->value(0).toString()),
                         QStringLiteral("iso3"));
    }

    auto query = Sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO states (iso3, m49, name_ar, name_zh, name_en, name_fr, name_ru, "
                  "name_es, region, subregion, regional_group, ldc, lldc, sids, member) "
                  "VALUES (:iso3, :m49, :name_ar, :name_zh, :name_en, :name_fr, :name_ru, "
                  ":name_es, :region, :subregion, :regional_group, :ldc, :lldc, :sids, :member)"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":iso3"), state.iso3);
    query->bindValue(QStringLiteral(":m49"), state.m49);
    query->bindValue(QStringLiteral(":name_ar"), state.name(Language::Arabic));
    query->bindValue(QStringLiteral(":name_zh"), state.name(Language::Chinese));
    query->bindValue(QStringLiteral(":name_en"), state.name(Language::English));
    query->bindValue(QStringLiteral(":name_fr"), state.name(Language::French));
    query->bindValue(QStringLiteral(":name_ru"), state.name(Language::Russian));
    query->bindValue(QStringLiteral(":name_es"), state.name(Language::Spanish));
    query->bindValue(QStringLiteral(":region"), regionKey(state.region));
    query->bindValue(QStringLiteral(":subregion"), state.subregion);
    query->bindValue(QStringLiteral(":regional_group"), regionalGroupKey(state.regionalGroup));
    query->bindValue(QStringLiteral(":ldc"), asInt(state.priority.testFlag(PriorityGroup::Ldc)));
    query->bindValue(QStringLiteral(":lldc"), asInt(state.priority.testFlag(PriorityGroup::Lldc)));
    query->bindValue(QStringLiteral(":sids"), asInt(state.priority.testFlag(PriorityGroup::Sids)));
    query->bindValue(QStringLiteral(":member"), asInt(state.member));
    return Sql::execPrepared(*query, QStringLiteral("insert state %1").arg(state.iso3));
}

Result<QList<State>> StateRepository::all() const
{
    auto query = Sql::prepare(m_db, kSelect + QStringLiteral(" ORDER BY iso3"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("all states")); !done) {
        return done.error();
    }
    QList<State> states;
    while (query->next()) {
        auto state = readState(*query);
        if (!state) {
            return state.error();
        }
        states.append(std::move(state).value());
    }
    return states;
}

Result<std::optional<State>> StateRepository::find(QStringView iso3) const
{
    auto query = Sql::prepare(m_db, kSelect + QStringLiteral(" WHERE iso3 = :iso3"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":iso3"), iso3.toString());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find state")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<State>{};
    }
    auto state = readState(*query);
    if (!state) {
        return state.error();
    }
    return std::optional<State>{std::move(state).value()};
}

} // namespace FundDesk::Core
