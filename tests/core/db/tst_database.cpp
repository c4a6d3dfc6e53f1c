#include "core/db/database.h"
#include "core/db/writerlock.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk::Core;

class tst_Database final : public QObject
{
    Q_OBJECT

private:
    static QString pragma(const Database &db, const QString &name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next()) {
            return {};
        }
        return query.value(0).toString();
    }
    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool overwrite(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
               && file.write(bytes) == bytes.size();
    }
    // A rollback-journal file (so every page is in the file itself) with one table t of rows.
    static void writeTableFile(const QString &path, int rows, int userVersion)
    {
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
        QVERIFY(query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
            "INSERT INTO t SELECT printf('row %d %.40c', i, 'x') FROM n")
                               .arg(rows)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
    }

private slots:
    void newFileHasWalForeignKeysAndBusyTimeout()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(**db, QStringLiteral("busy_timeout")), QStringLiteral("5000"));
        QCOMPARE(pragma(**db, QStringLiteral("synchronous")), QStringLiteral("2"));
    }

    void newFileAndFolderAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/deeper/fund.funddesk"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const auto perms = QFile::permissions(path);
        QVERIFY(perms.testFlag(QFile::ReadOwner));
        QVERIFY(perms.testFlag(QFile::WriteOwner));
        QVERIFY(!perms.testFlag(QFile::ReadGroup));
        QVERIFY(!perms.testFlag(QFile::ReadOther));
        QVERIFY(!QFile::permissions(dir.filePath(QStringLiteral("nested/deeper")))
                     .testFlag(QFile::ReadOther));
    }

    void inMemoryOpensWithForeignKeys()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(db.ok());
        QVERIFY((*db)->isInMemory());
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    }

    void twoDatabasesHaveSeparateConnections()
    {
        auto a = Database::open(QString::fromLatin1(Database::InMemory));
        auto b = Database::open(QString::fromLatin1(Database::InMemory));
        QVERIFY(a.ok() && b.ok());
        QVERIFY((*a)->connection().connectionName() != (*b)->connection().connectionName());
        QSqlQuery create((*a)->connection());
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QSqlQuery probe((*b)->connection());
        QVERIFY(!probe.exec(QStringLiteral("SELECT x FROM t")));
    }

    void nonSqliteFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("Dear donor,\nthank you for your contribution.\n");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe junk \x7f", 12);
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n");
    }
    void nonSqliteFileIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.funddesk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QVERIFY(db.error().message.contains(QStringLiteral("letter.funddesk")));
        QCOMPARE(bytesOf(path), content);
    }

    void corruptedFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(query.exec(QStringLiteral("CREATE INDEX t_x ON t (x)")));
            for (int i = 0; i < 400; ++i) {
                QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('row %1 %2')")
                                       .arg(i)
                                       .arg(QString(40, QLatin1Char('x')))));
            }
        }
        // Scribble over pages in the middle of the file, keeping the header intact.
        QByteArray bytes = bytesOf(path);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size() - 100; i += 7) {
            bytes[i] = char(0xA5);
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY(db.error().code == ErrorCode::Corrupt || db.error().code == ErrorCode::NotADatabase);
        QVERIFY(!db.error().message.isEmpty());
        QCOMPARE(bytesOf(path), bytes);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 42")));
        }
        const QByteArray before = bytesOf(path);
        auto db = Database::open(path, Database::Mode::ReadWrite, 3);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::VersionTooNew);
        QVERIFY(db.error().message.contains(QStringLiteral("42")));
        QVERIFY(db.error().message.contains(QStringLiteral("3")));
        QCOMPARE(bytesOf(path), before);
    }

    void readOnlyModeRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        }
        auto db = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY((*db)->isReadOnly());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }

    void probeReadsTheVersionWithEitherCheck_data()
    {
        QTest::addColumn<int>("check");
        QTest::newRow("integrity") << int(Database::FileCheck::Integrity);
        QTest::newRow("quick") << int(Database::FileCheck::Quick);
        QTest::newRow("header") << int(Database::FileCheck::Header);
        QTest::newRow("none") << int(Database::FileCheck::None);
    }

    void probeReadsTheVersionWithEitherCheck()
    {
        QFETCH(int, check);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
        }
        const auto version = Database::probe(path, Database::FileCheck(check), 5);
        QVERIFY(version.ok());
        QCOMPARE(*version, 4);
        const auto tooNew = Database::probe(path, Database::FileCheck(check), 3);
        QVERIFY(!tooNew.ok());
        QCOMPARE(tooNew.error().code, ErrorCode::VersionTooNew);
    }

    void quickCheckRefusesADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400) "
                "INSERT INTO t SELECT printf('row %d %.40c', i, 'x') FROM n")));
        }
        QByteArray bytes = bytesOf(path);
        for (qsizetype i = 4096 + 100; i < bytes.size() - 100; i += 7) {
            bytes[i] = char(0xA5);
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto probed = Database::probe(path, Database::FileCheck::Quick, 5);
        QVERIFY(!probed.ok());
        QVERIFY(probed.error().code == ErrorCode::Corrupt
                || probed.error().code == ErrorCode::NotADatabase);
        QCOMPARE(bytesOf(path), bytes);
    }

    void aCheckStoppedFromOutsideIsCancelled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x TEXT)")));
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                "INSERT INTO t SELECT printf('row %d', i) FROM n")));
        }
        int polls = 0;
        const auto probed = Database::probe(path, Database::FileCheck::Integrity, 5, [&] {
            return ++polls < 3;
        });
        QVERIFY(!probed.ok());
        QCOMPARE(probed.error().code, ErrorCode::Cancelled);
        QVERIFY(polls >= 3); // SQLite asked while the check ran, and stopped when told
    }

    void reserveForWritingTakesTheLockAndOpenShares()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/fund.funddesk"));
        auto db = Result<std::unique_ptr<Database>>(std::unique_ptr<Database>());
        {
            const auto reserved = Database::reserveForWriting(path);
            QVERIFY(reserved.ok());
            QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
            db = Database::open(path, Database::Mode::ReadWrite, -1, Database::FileCheck::None);
            QVERIFY(db.ok()); // the same process shares its lock
        }
        QVERIFY(QFile::exists(path + QStringLiteral(".lock"))); // the open fund still holds it
        db = Result<std::unique_ptr<Database>>(std::unique_ptr<Database>());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    }

    void stopWritingRefusesChangesButReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x INTEGER)")));
        QVERIFY((*db)->checkFileInPlace().ok());
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        const auto inPlace = (*db)->checkFileInPlace();
        QVERIFY(!inPlace.ok());
        QVERIFY(inPlace.error().message.contains(QStringLiteral("fund.funddesk")));
        (*db)->stopWriting();
        QVERIFY((*db)->writingStopped());
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        QVERIFY(!query.exec(QStringLiteral("DROP TABLE t")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM t")));
        // The backup the message asks for still works.
        const QString backup = dir.filePath(QStringLiteral("rescued.funddesk"));
        QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
        QVERIFY(QFile::exists(backup));
    }

    // FileCheck::Header (issue 11, the command line's read-only commands): a few pages whatever
    // the size, yet every file that is not a usable fund is still refused before it is used.
    void headerCheckRefusesWhatIsNoFund_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("foreign") << QStringLiteral("foreign") << int(ErrorCode::NotADatabase);
        QTest::newRow("empty") << QStringLiteral("empty") << int(ErrorCode::Corrupt);
        QTest::newRow("cut short") << QStringLiteral("cut short") << int(ErrorCode::Corrupt);
        QTest::newRow("too new") << QStringLiteral("too new") << int(ErrorCode::VersionTooNew);
    }
    void headerCheckRefusesWhatIsNoFund()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        writeTableFile(path, 400, kind == QLatin1String("too new") ? 42 : 4);
        QByteArray bytes = bytesOf(path);
        if (kind == QLatin1String("foreign")) {
            bytes = QByteArrayLiteral("%PDF-1.4\n") + bytes.mid(9);
        } else if (kind == QLatin1String("empty")) {
            bytes.clear();
        } else if (kind == QLatin1String("cut short")) {
            bytes.truncate(bytes.size() / 2); // a copy that stopped halfway
        }
        QVERIFY(overwrite(path, bytes));
        for (const auto mode : {Database::Mode::ReadOnly, Database::Mode::ReadWrite}) {
            auto db = Database::open(path, mode, 5, Database::FileCheck::Header);
            QVERIFY(!db.ok());
            QCOMPARE(int(db.error().code), code);
            QVERIFY2(db.error().message.contains(QStringLiteral("fund.funddesk")),
                     qPrintable(db.error().message));
            QCOMPARE(bytesOf(path), bytes);
            QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        }
    }

    // Page damage past the schema is what Header leaves to the read that reaches it, and what
    // Quick and Integrity refuse; the damaged table's reads fail cleanly.
    void pageDamageIsRefusedByQuickAndIntegrityNotHeader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        writeTableFile(path, 400, 4);
        QByteArray bytes = bytesOf(path);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size() - 100; i += 7) {
            bytes[i] = char(0xA5); // page 1 (header and schema) intact, table t scribbled
        }
        QVERIFY(overwrite(path, bytes));

        for (const auto check : {Database::FileCheck::Quick, Database::FileCheck::Integrity}) {
            auto refused = Database::open(path, Database::Mode::ReadWrite, 5, check);
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().code == ErrorCode::Corrupt
                    || refused.error().code == ErrorCode::NotADatabase);
            QVERIFY(refused.error().message.contains(QStringLiteral("fund.funddesk")));
            QCOMPARE(bytesOf(path), bytes);
        }
        auto db = Database::open(path, Database::Mode::ReadOnly, 5, Database::FileCheck::Header);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QSqlQuery query((*db)->connection());
        QVERIFY(!(query.exec(QStringLiteral("SELECT count(*), max(x) FROM t")) && query.next()));
        QCOMPARE(bytesOf(path), bytes);
    }

    void missingFileInReadOnlyModeIsNotFound()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("absent.funddesk")),
                                 Database::Mode::ReadOnly);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
    }
};

QTEST_APPLESS_MAIN(tst_Database)
#include "tst_database.moc"
