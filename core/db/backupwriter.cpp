#include "core/db/backupwriter.h"

#include "core/coretr.h"
#include "core/db/database.h"
#include "core/db/filepermissions.h"
#include "core/db/sqlhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace FundDesk::Core {

Result<void> BackupWriter::write(const Database &database, const QString &targetPath)
{
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(database.path()).absoluteFilePath()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A backup cannot replace the fund's own database. Choose another "
                                "file name."),
                         {}, QStringLiteral("output"));
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    auto query = Sql::prepare(database.connection(), QStringLiteral("VACUUM INTO ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(partial);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("VACUUM INTO")); !done) {
        QFile::remove(partial);
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

} // namespace FundDesk::Core
