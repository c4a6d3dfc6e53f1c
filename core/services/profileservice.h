#pragma once

#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// The local profiles of this laptop (¶15, ¶18). A name is required and unique.
class ProfileService final
{
public:
    explicit ProfileService(QSqlDatabase db);

    Result<QList<Profile>> list() const; // by name
    Result<Profile> find(ProfileId id) const;
    Result<ProfileId> add(Profile profile);
    // Staff change posts; a recommender who becomes the High Representative's office still
    // cannot approve what they recommended (WorkflowService checks the history, not the role).
    Result<void> changeRole(ProfileId id, ProfileRole role);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
