#include "core/services/fundopener.h"

#include "core/coretr.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/referencedataloader.h"

#include <QFileInfo>

namespace FundDesk::Core {

namespace {

Error openCancelled()
{
    return makeError(ErrorCode::Cancelled,
                     Tr::tr("Opening the fund was cancelled; the file was not changed."),
                     QStringLiteral("cancelled between steps"));
}

Result<std::unique_ptr<Database>> openAndPrepare(const QString &path, Database::Mode mode,
                                                 Database::FileCheck check)
{
    const Migrator migrator(fundDeskMigrations());
    auto database = Database::open(path, mode, migrator.latestVersion(), check);
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

} // namespace

int FundOpener::schemaVersion()
{
    return Migrator(fundDeskMigrations()).latestVersion();
}

Result<std::unique_ptr<Database>> FundOpener::open(const QString &path, Database::Mode mode)
{
    return openAndPrepare(path, mode, Database::FileCheck::Integrity);
}

Result<std::unique_ptr<Database>> FundOpener::open(const QString &path, Database::Mode mode,
                                                   Database::FileCheck check)
{
    return openAndPrepare(path, mode, check);
}

Result<std::unique_ptr<Database>> FundOpener::openChecked(const QString &path,
                                                          Database::Mode mode)
{
    return openAndPrepare(path, mode, Database::FileCheck::None);
}

Result<FundFileInspection> FundOpener::inspect(const QString &path, const Progress &progress)
{
    FundFileInspection inspection;
    if (!QFileInfo::exists(path)) {
        return inspection;
    }
    inspection.exists = true;
    if (!progress(FundOpenStep::CheckingFile, 0, 0)) {
        return openCancelled();
    }
    const auto version = Database::probe(path, Database::FileCheck::Quick, schemaVersion(), [&] {
        return progress(FundOpenStep::CheckingFile, 0, 0);
    });
    if (!version) {
        return version.error();
    }
    inspection.dataVersion = *version;
    if (!progress(FundOpenStep::VerifyingAuditTrail, 0, 0)) {
        return openCancelled();
    }
    auto database = Database::open(path, Database::Mode::ReadOnly, schemaVersion(),
                                   Database::FileCheck::None);
    if (!database) {
        return database.error();
    }
    auto verified = AuditChain::verify((*database)->connection(), [&](qint64 done, qint64 total) {
        return progress(FundOpenStep::VerifyingAuditTrail, done, total);
    });
    if (!verified) {
        return verified.error();
    }
    inspection.audit = *verified;
    return inspection;
}

Result<void> FundOpener::prepareForWriting(const QString &path, const Progress &progress)
{
    if (!progress(FundOpenStep::Upgrading, 0, 0)) {
        return openCancelled();
    }
    auto database = openAndPrepare(path, Database::Mode::ReadWrite, Database::FileCheck::None);
    if (!database) {
        return database.error();
    }
    return {};
}

} // namespace FundDesk::Core
