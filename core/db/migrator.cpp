#include "core/db/migrator.h"

#include "core/coretr.h"
#include "core/db/database.h"
#include "core/db/filepermissions.h"
#include "core/db/sqlhelpers.h"
#include "core/db/transactionguard.h"
#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace FundDesk::Core {

namespace {

// An earlier copy for the same upgrade (a retried migration) is kept, never overwritten.
QString unusedPath(const QString &preferred)
{
    if (!QFileInfo::exists(preferred)) {
        return preferred;
    }
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    return QStringLiteral("%1.%2").arg(preferred, stamp);
}

Result<void> writeCopyBeside(QSqlDatabase &db, const QString &preferredTarget)
{
    const QString target = unusedPath(preferredTarget);
    // VACUUM INTO writes a consistent, compact copy even while WAL frames are pending.
    auto query = Sql::prepare(db, QStringLiteral("VACUUM INTO ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(target);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("VACUUM INTO backup")); !done) {
        return makeError(ErrorCode::Io,
                         Tr::tr("Before upgrading the fund's data, FundDesk could not keep a copy "
                                "at “%1”, so nothing was changed. Free some disk space and try "
                                "again.")
                             .arg(QDir::toNativeSeparators(target)),
                         done.error().detail);
    }
    FilePermissions::makePrivate(target);
    return {};
}

} // namespace

Migrator::Migrator(QList<MigrationStep> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const MigrationStep &a, const MigrationStep &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.constLast().version;
}

Result<int> Migrator::currentVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return Sql::storageError(query, QStringLiteral("PRAGMA user_version"));
    }
    return query.value(0).toInt();
}

Result<void> Migrator::checkVersion(const QSqlDatabase &db) const
{
    const auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (*current > latestVersion()) {
        return makeError(ErrorCode::VersionTooNew,
                         Tr::tr("This fund's data was written by a newer FundDesk (data version "
                                "%1); this FundDesk reads data versions up to %2. The file was "
                                "not changed: update FundDesk to open it.")
                             .arg(*current)
                             .arg(latestVersion()),
                         QStringLiteral("user_version %1 > %2").arg(*current).arg(latestVersion()));
    }
    return {};
}

QString Migrator::backupPathFor(const QString &databasePath, int from)
{
    return QStringLiteral("%1.before-v%2.bak").arg(databasePath).arg(from + 1);
}

Result<void> Migrator::migrate(Database &database) const
{
    QSqlDatabase db = database.connection();
    if (auto checked = checkVersion(db); !checked) {
        return checked;
    }
    const int current = *currentVersion(db);
    if (current == latestVersion()) {
        return {};
    }
    if (current > 0 && !database.isInMemory()) {
        if (auto copied = writeCopyBeside(db, backupPathFor(database.path(), current)); !copied) {
            return copied;
        }
    }
    for (const MigrationStep &step : m_steps) {
        if (step.version <= current) {
            continue;
        }
        TransactionGuard transaction(db);
        if (!transaction.isActive()) {
            return transaction.beginError();
        }
        if (auto applied = step.apply(db); !applied) {
            qCWarning(lcDb).noquote() << "migration step" << step.version << "failed:"
                                      << applied.error().detail;
            return applied;
        }
        // user_version is part of the header page, so it commits or rolls back with the step.
        if (auto bumped = Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(step.version));
            !bumped) {
            return bumped;
        }
        if (auto committed = transaction.commit(); !committed) {
            return committed;
        }
        qCDebug(lcDb) << "migrated to version" << step.version << step.description;
    }
    return {};
}

} // namespace FundDesk::Core
