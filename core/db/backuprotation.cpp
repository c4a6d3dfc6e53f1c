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

Result<QString> BackupRotation::backUp(const Database &database, const QString &folder, int keep,
                                       const QDateTime &now)
{
    if (!FilePermissions::ensurePrivateDirectory(folder)) {
        return makeError(ErrorCode::Io, QStringLiteral("backup folder"), folder);
    }
    const QString target =
        QDir(folder).filePath(prefixFor(database.path())
                              + now.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                              + QStringLiteral(".funddesk"));
    if (auto written = BackupWriter::write(database, target); !written) {
        return written.error();
    }
    const QStringList copies = existing(database.path(), folder);
    for (qsizetype i = std::max(1, keep); i < copies.size(); ++i) {
        QFile::remove(copies.at(i));
    }
    return target;
}

} // namespace FundDesk::Core
