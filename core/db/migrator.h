#pragma once

#include "core/db/migrationstep.h"

#include <QList>

namespace FundDesk::Core {

class Database;

// Upgrades a file step by step on PRAGMA user_version, each step and its version bump in one
// transaction. A file from a newer FundDesk is refused untouched; before upgrading an existing
// file a copy is written beside it (<file>.before-v<N>.bak).
class Migrator final
{
public:
    explicit Migrator(QList<MigrationStep> steps);

    int latestVersion() const;
    static Result<int> currentVersion(const QSqlDatabase &db);

    // Refuses with VersionTooNew (naming both versions) when the file is newer than latest.
    Result<void> checkVersion(const QSqlDatabase &db) const;
    Result<void> migrate(Database &database) const;

    // Where the pre-migration copy of a file at version `from` goes (a timestamp is appended
    // when that name is taken).
    static QString backupPathFor(const QString &databasePath, int from);

private:
    QList<MigrationStep> m_steps;
};

} // namespace FundDesk::Core
