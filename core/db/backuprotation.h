#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace FundDesk::Core {

class Database;

// Automatic backups: a timestamped copy in a folder, keeping only the newest `keep` of this
// fund's copies there. Names sort by time: <fund>-auto-yyyyMMdd-HHmmss.funddesk.
class BackupRotation final
{
public:
    static Result<QString> backUp(const Database &database, const QString &folder, int keep,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The same for the fund in fundPath on a connection of its own (a worker thread's), with
    // BackupWriter's keepGoing.
    static Result<QString> backUp(const QString &fundPath, const QString &folder, int keep,
                                  const QDateTime &now, const std::function<bool()> &keepGoing);
    // The file backUp() writes now.
    static QString targetFor(const QString &fundPath, const QString &folder, const QDateTime &now);
    // This fund's automatic copies in folder, newest first.
    static QStringList existing(const QString &databasePath, const QString &folder);

private:
    static Result<QString> rotate(const QString &fundPath, const QString &folder, int keep,
                                  const QDateTime &now,
                                  const std::function<Result<void>(const QString &)> &write);
};

} // namespace FundDesk::Core
