#include "core/db/backuprestorer.h"
#include "core/db/backuprotation.h"
#include "core/db/backupwriter.h"
#include "core/db/database.h"
#include "core/db/transactionguard.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk::Core;

// Backups: consistent while another connection writes; restore checks before it replaces.
class tst_Backups final : public QObject
{
    Q_OBJECT

    static int rows(const QString &path)
    {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db) {
            return -1;
        }
        QSqlQuery query((*db)->connection());
        return query.exec(QStringLiteral("SELECT count(*) FROM t")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

    static std::unique_ptr<Database> fundWithRows(const QString &path, int count)
    {
        auto db = Database::open(path);
        if (!db) {
            return {};
        }
        QSqlQuery query((*db)->connection());
        query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS t (x INTEGER)"));
        for (int i = 0; i < count; ++i) {
            query.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(i));
        }
        return std::move(db).value();
    }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void backupWhileAnotherConnectionWritesHoldsOnlyCommittedWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        auto writer = fundWithRows(path, 10);
        QVERIFY(writer);
        auto reader = Database::open(path, Database::Mode::ReadOnly);
        QVERIFY(reader.ok());

        TransactionGuard open(writer->connection());
        QSqlQuery insert(writer->connection());
        for (int i = 0; i < 500; ++i) {
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO t VALUES (%1)").arg(i)));
        }
        const QString copy = dir.filePath(QStringLiteral("copy.funddesk"));
        QVERIFY(BackupWriter::write(**reader, copy).ok());
        QVERIFY(open.commit().ok());

        QCOMPARE(rows(copy), 10); // the uncommitted 500 are not in the copy
        QCOMPARE(rows(path), 510);
        QVERIFY(!QFile::permissions(copy).testFlag(QFile::ReadOther));
    }

    void backupRefusesToOverwriteTheFundItself()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = fundWithRows(path, 3);
        QVERIFY(db);
        QVERIFY(!BackupWriter::write(*db, path).ok());
        QCOMPARE(rows(path), 3);
    }

    void restoreReplacesAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        const QString backup = dir.filePath(QStringLiteral("backup.funddesk"));
        {
            auto db = fundWithRows(fund, 5);
            QVERIFY(BackupWriter::write(*db, backup).ok());
            QSqlQuery more(db->connection());
            QVERIFY(more.exec(QStringLiteral("INSERT INTO t VALUES (99)")));
        }
        const auto restored = BackupRestorer::restore(backup, fund, 10);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QCOMPARE(rows(fund), 5);
        QVERIFY(QFile::exists(restored->keptAs));
        QCOMPARE(rows(restored->keptAs), 6);
    }

    void damagedOrNewerBackupIsRefusedAndTheFundUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not sqlite") << QStringLiteral("junk");
        QTest::newRow("newer") << QStringLiteral("newer");
        QTest::newRow("missing") << QStringLiteral("missing");
        QTest::newRow("damaged") << QStringLiteral("damaged");
    }
    void damagedOrNewerBackupIsRefusedAndTheFundUntouched()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        const QString backup = dir.filePath(QStringLiteral("backup.funddesk"));
        fundWithRows(fund, 4).reset();
        const QByteArray before = bytesOf(fund);
        if (kind == QLatin1String("junk")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("this is a spreadsheet, not a fund");
        } else if (kind == QLatin1String("newer")) {
            auto db = fundWithRows(backup, 1);
            QSqlQuery query(db->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 77")));
        } else if (kind == QLatin1String("damaged")) {
            {
                auto db = fundWithRows(backup, 3000);
                QSqlQuery query(db->connection());
                QVERIFY(query.exec(QStringLiteral("CREATE INDEX t_x ON t (x)")));
                QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            }
            QByteArray bytes = bytesOf(backup);
            for (qsizetype i = 4096 + 50; i < bytes.size() - 50; i += 11) {
                bytes[i] = char(0x5A);
            }
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const auto restored = BackupRestorer::restore(backup, fund, 10);
        QVERIFY(!restored.ok());
        QVERIFY(!restored.error().message.isEmpty());
        QCOMPARE(bytesOf(fund), before);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.replaced-*")}, QDir::Files).size(), 0);
    }

    void rotationKeepsTheNewestN()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = fundWithRows(fund, 2);
        QVERIFY(db);
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QDateTime when(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            auto written = BackupRotation::backUp(*db, folder, 3, when.addSecs(i * 60));
            QVERIFY(written.ok());
            made << *written;
        }
        const QStringList kept = BackupRotation::existing(fund, folder);
        QCOMPARE(kept, QStringList({made[4], made[3], made[2]}));
        QCOMPARE(rows(kept.constFirst()), 2);
    }

    // The window's backup: from the file, on a connection of the calling (worker) thread.
    void backsUpFromTheFileOnItsOwnConnection()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = fundWithRows(fund, 7);
        QVERIFY(db);
        const QString target = dir.filePath(QStringLiteral("copy.funddesk"));
        const auto written = BackupWriter::write(fund, target, [] { return true; });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
        QCOMPARE(rows(target), 7);
        QVERIFY(!QFile::exists(BackupWriter::partialPath(target)));
        QVERIFY(!BackupWriter::write(fund, fund, [] { return true; }).ok()); // never over itself
    }

    void cancelledBackupLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = fundWithRows(fund, 0);
        QVERIFY(db);
        // Enough rows for SQLite to ask keepGoing while it copies.
        QSqlQuery fill(db->connection());
        QVERIFY(fill.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                         "FROM c WHERE x < 50000) INSERT INTO t SELECT x FROM c")));
        const QString target = dir.filePath(QStringLiteral("copy.funddesk"));
        int asked = 0;
        const auto written = BackupWriter::write(fund, target, [&asked] { return ++asked < 2; });
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QVERIFY(!written.error().message.isEmpty());
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(BackupWriter::partialPath(target)));
    }

    void rotationFromTheFile()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        auto db = fundWithRows(fund, 3);
        QVERIFY(db);
        const QString folder = dir.filePath(QStringLiteral("backups"));
        const QDateTime when(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
        const auto written = BackupRotation::backUp(fund, folder, 2, when, [] { return true; });
        QVERIFY(written.ok());
        QCOMPARE(*written, BackupRotation::targetFor(fund, folder, when));
        QCOMPARE(rows(*written), 3);
    }
};

QTEST_APPLESS_MAIN(tst_Backups)
#include "tst_backups.moc"
