#include "core/db/backuprestorer.h"

#include "core/coretr.h"
#include "core/db/database.h"
#include "core/db/filepermissions.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace FundDesk::Core {

namespace {

bool renameOver(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

Error ioError(const QString &message, const QString &detail = {})
{
    return makeError(ErrorCode::Io, message, detail);
}

} // namespace

Result<BackupRestorer::Outcome> BackupRestorer::restore(const QString &backupPath,
                                                        const QString &databasePath,
                                                        int newestSchemaVersion)
{
    if (!QFileInfo::exists(backupPath)) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The backup “%1” does not exist.")
                             .arg(QDir::toNativeSeparators(backupPath)));
    }
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The backup and the fund are the same file; choose a backup."));
    }
    {
        // Read-only: integrity, SQLite header and data version, before anything is touched.
        auto checked = Database::open(backupPath, Database::Mode::ReadOnly, newestSchemaVersion);
        if (!checked) {
            return checked.error();
        }
    }

    const QString folder = QFileInfo(databasePath).absolutePath();
    if (!FilePermissions::ensurePrivateDirectory(folder)) {
        return ioError(Tr::tr("The folder “%1” could not be created.")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    // Copy next to the target first, so the final step is one atomic rename.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming)) {
        QFile::remove(incoming);
        return ioError(Tr::tr("The backup could not be copied next to the fund. Check that the "
                              "disk has room; nothing was replaced."));
    }
    FilePermissions::makePrivate(incoming);

    Outcome outcome;
    if (QFileInfo::exists(databasePath)) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        outcome.keptAs = QStringLiteral("%1.replaced-%2.bak").arg(databasePath, stamp);
        if (!renameOver(databasePath, outcome.keptAs)) {
            QFile::remove(incoming);
            return ioError(Tr::tr("The current fund file could not be set aside; nothing was "
                                  "replaced."));
        }
        // The old file's WAL belongs to it: keep it with it so it stays whole.
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = databasePath + QLatin1String(suffix);
            if (QFileInfo::exists(side)) {
                renameOver(side, outcome.keptAs + QLatin1String(suffix));
            }
        }
    }
    if (!renameOver(incoming, databasePath)) {
        if (!outcome.keptAs.isEmpty()) {
            renameOver(outcome.keptAs, databasePath); // put the old fund back
        }
        QFile::remove(incoming);
        return ioError(Tr::tr("The backup could not be put in place; the fund was left as it "
                              "was."));
    }
    return outcome;
}

} // namespace FundDesk::Core
