#pragma once

#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The `profiles` table; the only place with SQL for it.
class ProfileRepository final
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    Result<QList<Profile>> all() const; // by name
    Result<std::optional<Profile>> find(ProfileId id) const;
    Result<ProfileId> insert(const Profile &profile);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
