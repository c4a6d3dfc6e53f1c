#include "core/db/databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace FundDesk::Core::DatabaseLocation {

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("fund.") + QLatin1String(Suffix));
}

} // namespace FundDesk::Core::DatabaseLocation
