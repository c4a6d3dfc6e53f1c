#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/db/sqlhelpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk::Core;

namespace {

MigrationStep sqlStep(int version, const QString &sql)
{
    return {version, QStringLiteral("test step %1").arg(version),
            [sql](QSqlDatabase &db) { return Sql::exec(db, sql); }};
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int userVersion(const QSqlDatabase &db)
{
    auto version = Migrator::currentVersion(db);
    return version.ok() ? *version : -1;
}

bool tableExists(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(table);
    return query.exec() && query.next();
}

} // namespace

class tst_Migrator final : public QObject
{
    Q_OBJECT

private slots:
    void freshDatabaseReachesLatest()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(db.ok());
        const Migrator migrator(fundDeskMigrations());
        QVERIFY(migrator.latestVersion() >= 1);
        QVERIFY(migrator.migrate(**db).ok());
        QCOMPARE(userVersion((*db)->connection()), migrator.latestVersion());
        QVERIFY(tableExists((*db)->connection(), QStringLiteral("settings")));
        QVERIFY(tableExists((*db)->connection(), QStringLiteral("states")));
        QVERIFY(migrator.migrate(**db).ok()); // idempotent at latest
    }

    void stepsAreOrderedAndContiguous()
    {
        const auto steps = fundDeskMigrations();
        for (int i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, i + 1);
            QVERIFY(!steps.at(i).description.isEmpty());
        }
    }

    void everyEarlierVersionMigratesToLatest()
    {
        const auto steps = fundDeskMigrations();
        const Migrator full(steps);
        for (int start = 0; start < full.latestVersion(); ++start) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
            {
                auto db = Database::open(path);
                QVERIFY(db.ok());
                QVERIFY(Migrator(steps.mid(0, start)).migrate(**db).ok());
                QCOMPARE(userVersion((*db)->connection()), start);
            }
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(full.migrate(**db).ok());
            QCOMPARE(userVersion((*db)->connection()), full.latestVersion());
            if (start > 0) {
                QVERIFY(QFile::exists(Migrator::backupPathFor(path, start)));
            }
        }
    }

    // Step 7: the dashboard's average delegate cost reads one covering index, not the rows.
    void costNormsReadTheCoveringIndex()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(db.ok());
        QVERIFY(Migrator(fundDeskMigrations()).migrate(**db).ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT COALESCE(actual_minor, override_minor, estimated_minor) "
            "FROM sponsorships WHERE status IN ('approved', 'active', 'completed')")));
        QString plan;
        while (query.next()) {
            plan += query.value(3).toString() + u'\n';
        }
        QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX sponsorships_by_status_cost")),
                 qPrintable(plan));
    }

    void copyIsKeptBesideBeforeMigrating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrator({sqlStep(1, QStringLiteral("CREATE TABLE a (x INTEGER)"))})
                        .migrate(**db)
                        .ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO a VALUES (11)")));
        }
        const QString expectedCopy = Migrator::backupPathFor(path, 1);
        QVERIFY(!QFile::exists(expectedCopy));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const Migrator two({sqlStep(1, QStringLiteral("CREATE TABLE a (x INTEGER)")),
                                sqlStep(2, QStringLiteral("CREATE TABLE b (y INTEGER)"))});
            QVERIFY(two.migrate(**db).ok());
        }
        QVERIFY(QFile::exists(expectedCopy));
        QVERIFY(!QFile::permissions(expectedCopy).testFlag(QFile::ReadOther));
        auto copy = Database::open(expectedCopy, Database::Mode::ReadOnly);
        QVERIFY(copy.ok());
        QCOMPARE(userVersion((*copy)->connection()), 1);
        QVERIFY(!tableExists((*copy)->connection(), QStringLiteral("b")));
        QSqlQuery query((*copy)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT x FROM a")) && query.next());
        QCOMPARE(query.value(0).toInt(), 11);
    }

    void newerFileIsRefusedAndUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE future (x INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = bytesOf(path);
        const Migrator migrator(fundDeskMigrations());
        // Through the front door: refused at open, before WAL or anything else is written.
        auto refused = Database::open(path, Database::Mode::ReadWrite, migrator.latestVersion());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::VersionTooNew);
        QVERIFY(refused.error().message.contains(QStringLiteral("99")));
        QVERIFY(refused.error().message.contains(QString::number(migrator.latestVersion())));
        // And by the migrator itself, should a caller skip the check at open.
        {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            QVERIFY(db.ok());
            const auto result = migrator.migrate(**db);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::VersionTooNew);
        }
        QCOMPARE(bytesOf(path), before);
        QVERIFY(!QFile::exists(Migrator::backupPathFor(path, 99)));
    }

    void failingStepRollsBackAndLeavesFileByteIdentical()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        const MigrationStep first = sqlStep(1, QStringLiteral("CREATE TABLE a (x INTEGER)"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(Migrator({first}).migrate(**db).ok());
        }
        const QByteArray before = bytesOf(path);
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            const MigrationStep failing{
                2, QStringLiteral("half a step"), [](QSqlDatabase &conn) -> Result<void> {
                    if (auto made = Sql::exec(conn, QStringLiteral("CREATE TABLE b (y INTEGER)"));
                        !made) {
                        return made;
                    }
                    return Sql::exec(conn, QStringLiteral("INSERT INTO missing VALUES (1)"));
                }};
            const auto result = Migrator({first, failing}).migrate(**db);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, ErrorCode::Storage);
            QCOMPARE(userVersion((*db)->connection()), 1);
            QVERIFY(!tableExists((*db)->connection(), QStringLiteral("b")));
        }
        QCOMPARE(bytesOf(path), before);
    }
};

QTEST_APPLESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
