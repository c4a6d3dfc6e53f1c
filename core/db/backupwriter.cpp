#include "core/db/backupwriter.h"

#include "core/coretr.h"
#include "core/db/database.h"
#include "core/db/filepermissions.h"
#include "core/db/sqlhelpers.h"
#include "core/db/sqliteinterrupt.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace FundDesk::Core {

namespace {

Result<void> writeBackup(const QSqlDatabase &connection, const QString &fundPath,
                         const QString &targetPath, const std::function<bool()> &keepGoing)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(fundPath).absoluteFilePath()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A backup cannot replace the fund's own database. Choose another "
                                "file name."),
                         {}, QStringLiteral("output"));
    }
    const QString partial = BackupWriter::partialPath(target);
    QFile::remove(partial);
    auto query = Sql::prepare(connection, QStringLiteral("VACUUM INTO ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(partial);
    const SqliteInterrupt interrupt(connection, keepGoing);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("VACUUM INTO")); !done) {
        QFile::remove(partial);
        if (interrupt.interrupted()) {
            return makeError(ErrorCode::Cancelled,
                             Tr::tr("The backup was cancelled; no copy was written."),
                             QStringLiteral("VACUUM INTO interrupted"));
        }
        return makeError(ErrorCode::Io,
                         Tr::tr("The backup “%1” could not be written. Check that the folder is "
                                "writable and the disk has room.")
                             .arg(QDir::toNativeSeparators(target)),
                         done.error().detail);
    }
    FilePermissions::makePrivate(partial);
    // POSIX rename replaces an older backup atomically: the old one stays if this fails.
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target).constData())
        != 0) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io,
                         Tr::tr("The backup could not be saved as “%1”. Choose another file name.")
                             .arg(QDir::toNativeSeparators(target)));
    }
    return {};
}

} // namespace

Result<void> BackupWriter::write(const Database &database, const QString &targetPath)
{
    return writeBackup(database.connection(), database.path(), targetPath, {});
}

Result<void> BackupWriter::write(const QString &fundPath, const QString &targetPath,
                                 const std::function<bool()> &keepGoing)
{
    // The window checked the file when it opened it; this connection only reads.
    auto database = Database::open(fundPath, Database::Mode::ReadOnly, -1,
                                   Database::FileCheck::None);
    if (!database) {
        return database.error();
    }
    return writeBackup((*database)->connection(), fundPath, targetPath, keepGoing);
}

QString BackupWriter::partialPath(const QString &targetPath)
{
    return QFileInfo(targetPath).absoluteFilePath() + QStringLiteral(".partial");
}

} // namespace FundDesk::Core
