#include "core/db/backuprotation.h"

#include "core/db/backupwriter.h"
#include "core/db/database.h"
#include "core/db/filepermissions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace FundDesk::Core {

namespace {
QString prefixFor(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName() + QStringLiteral("-auto-");
}
} // namespace

QStringList BackupRotation::existing(const QString &databasePath, const QString &folder)
{
    const QDir dir(folder);
    QStringList names = dir.entryList({prefixFor(databasePath) + QStringLiteral("*.funddesk")},
                                      QDir::Files, QDir::Name);
    std::reverse(names.begin(), names.end());
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        paths << dir.filePath(name);
    }
    return paths;
}

QString BackupRotation::targetFor(const QString &fundPath, const QString &folder,
                                  const QDateTime &now)
{
    return QDir(folder).filePath(prefixFor(fundPath)
                                 + now.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                                 + QStringLiteral(".funddesk"));
}

Result<QString> BackupRotation::backUp(const Database &database, const QString &folder, int keep,
                                       const QDateTime &now)
{
    return rotate(database.path(), folder, keep, now, [&database](const QString &target) {
        return BackupWriter::write(database, target);
    });
}

Result<QString> BackupRotation::backUp(const QString &fundPath, const QString &folder, int keep,
                                       const QDateTime &now,
                                       const std::function<bool()> &keepGoing)
{
    return rotate(fundPath, folder, keep, now, [&](const QString &target) {
        return BackupWriter::write(fundPath, target, keepGoing);
    });
}

Result<QString> BackupRotation::rotate(const QString &fundPath, const QString &folder, int keep,
                                       const QDateTime &now,
                                       const std::function<Result<void>(const QString &)> &write)
{
    if (!FilePermissions::ensurePrivateDirectory(folder)) {
        return makeError(ErrorCode::Io, QStringLiteral("backup folder"), folder);
    }
    const QString target = targetFor(fundPath, folder, now);
    if (auto written = write(target); !written) {
        return written.error();
    }
    const QStringList copies = existing(fundPath, folder);
    for (qsizetype i = std::max(1, keep); i < copies.size(); ++i) {
        QFile::remove(copies.at(i));
    }
    return target;
}

} // namespace FundDesk::Core
