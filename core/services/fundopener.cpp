#include "core/services/fundopener.h"

#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/referencedataloader.h"

namespace FundDesk::Core {

int FundOpener::schemaVersion()
{
    return Migrator(fundDeskMigrations()).latestVersion();
}

Result<std::unique_ptr<Database>> FundOpener::open(const QString &path, Database::Mode mode)
{
    const Migrator migrator(fundDeskMigrations());
    auto database = Database::open(path, mode, migrator.latestVersion());
    if (!database) {
        return database.error();
    }
    if (mode == Database::Mode::ReadOnly) {
        return database;
    }
    if (auto migrated = migrator.migrate(**database); !migrated) {
        return migrated.error();
    }
    if (auto loaded = ReferenceDataLoader::ensureLoaded((*database)->connection()); !loaded) {
        return loaded.error();
    }
    return database;
}

} // namespace FundDesk::Core
