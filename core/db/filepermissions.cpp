#include "core/db/filepermissions.h"

#include <QDir>
#include <QFile>

namespace FundDesk::Core::FilePermissions {

bool ensurePrivateDirectory(const QString &path)
{
    QDir dir(path);
    if (dir.exists()) {
        return true;
    }
    if (!dir.mkpath(QStringLiteral("."))) {
        return false;
    }
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return false;
    }
    file.close();
    return makePrivate(path);
}

bool makePrivate(const QString &path)
{
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace FundDesk::Core::FilePermissions
