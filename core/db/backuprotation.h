#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

class Database;

// Automatic backups: a timestamped copy in a folder, keeping only the newest `keep` of this
// fund's copies there. Names sort by time: <fund>-auto-yyyyMMdd-HHmmss.funddesk.
class BackupRotation final
{
public:
    static Result<QString> backUp(const Database &database, const QString &folder, int keep,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // This fund's automatic copies in folder, newest first.
    static QStringList existing(const QString &databasePath, const QString &folder);
};

} // namespace FundDesk::Core
