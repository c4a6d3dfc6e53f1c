#include "core/services/profileservice.h"

#include "core/coretr.h"
#include "core/db/auditchain.h"
#include "core/db/sqlhelpers.h"
#include "core/db/transactionguard.h"
#include "core/repositories/profilerepository.h"
#include "core/services/inputchecks.h"

namespace FundDesk::Core {

ProfileService::ProfileService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Profile>> ProfileService::list() const
{
    return ProfileRepository(m_db).all();
}

Result<Profile> ProfileService::find(ProfileId id) const
{
    auto found = ProfileRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The profile is no longer in the fund's database."),
                         QStringLiteral("no profile %1").arg(id.value()));
    }
    return **found;
}

Result<ProfileId> ProfileService::add(Profile profile)
{
    profile.name = profile.name.trimmed();
    if (InputChecks::isBlank(profile.name)) {
        return makeError(ErrorCode::InvalidInput, Tr::tr("Enter the name of the profile."), {},
                         QStringLiteral("name"));
    }
    if (auto error = InputChecks::tooLong(profile.name, InputChecks::kMaxShortText,
                                          QStringLiteral("name"))) {
        return *error;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto existing = list();
    if (!existing) {
        return existing.error();
    }
    for (const Profile &other : *existing) {
        if (other.name.compare(profile.name, Qt::CaseInsensitive) == 0) {
            //: %1 is the name of a person's profile
            return makeError(ErrorCode::Conflict,
                             Tr::tr("A profile named “%1” already exists.").arg(other.name), {},
                             QStringLiteral("name"));
        }
    }
    auto id = ProfileRepository(m_db).insert(profile);
    if (!id) {
        return id.error();
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> ProfileService::changeRole(ProfileId id, ProfileRole role)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto found = find(id); !found) {
        return found.error();
    }
    auto query = Sql::prepare(m_db, QStringLiteral("UPDATE profiles SET role = ? WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(profileRoleKey(role));
    query->addBindValue(id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("change role")); !done) {
        return done;
    }
    if (auto sealed = AuditChain::seal(m_db); !sealed) {
        return sealed;
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
