#include "core/repositories/profilerepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

namespace {

Result<Profile> profileFrom(const QSqlQuery &query)
{
    Profile profile;
    profile.id = ProfileId(query.value(0).toLongLong());
    profile.name = query.value(1).toString();
    const auto role = profileRoleFromKey(query.value(2).toString());
    if (!role) {
        return Sql::storageError(query, QStringLiteral("profile %1: unknown role %2")
                                            .arg(profile.id.value())
                                            .arg(query.value(2).toString()));
    }
    profile.role = *role;
    return profile;
}

} // namespace

ProfileRepository::ProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Profile>> ProfileRepository::all() const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT id, name, role FROM profiles "
                                                   "ORDER BY name COLLATE NOCASE, id"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("list profiles")); !done) {
        return done.error();
    }
    QList<Profile> profiles;
    while (query->next()) {
        auto profile = profileFrom(*query);
        if (!profile) {
            return profile.error();
        }
        profiles.append(*profile);
    }
    return profiles;
}

Result<std::optional<Profile>> ProfileRepository::find(ProfileId id) const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT id, name, role FROM profiles "
                                                   "WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find profile")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<Profile>();
    }
    auto profile = profileFrom(*query);
    if (!profile) {
        return profile.error();
    }
    return std::optional<Profile>(*profile);
}

Result<ProfileId> ProfileRepository::insert(const Profile &profile)
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("INSERT INTO profiles (name, role) VALUES (?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(profile.name);
    query->addBindValue(profileRoleKey(profile.role));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert profile")); !done) {
        return done.error();
    }
    return ProfileId(query->lastInsertId().toLongLong());
}

} // namespace FundDesk::Core
