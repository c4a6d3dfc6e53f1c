#include "app/cli/exitcode.h"
#include "core/db/backupwriter.h"
#include "core/db/writerlock.h"
#include "core/services/fundopener.h"
#include "tests/app/support/commandlineoutcome.h"
#include "tests/reliability/tmpfsmount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;

enum class Hostile {
    NotSqlite,
    NewerVersion,
    Damaged,
    LockedByAnother,
    ReadOnlyFile,
    ReadOnlyDisk
};

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

Outcome addProfile(const QString &path, const QString &name)
{
    return run({u"profile"_s, u"add"_s, u"--name"_s, name, u"--role"_s, u"fund-manager"_s,
                u"--database"_s, path});
}

// Runs sql on the file directly, as a damaged or foreign writer would.
bool rawSql(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return ok;
}
} // namespace

// The fund in a hostile environment (issue 12 ¶4): foreign, too new, damaged, locked, read-only
// files and disks, a full disk. Each gets a clear message and the file is not changed; the
// files are private to their owner (¶11).
class TestHostileEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void hostileFileGetsAClearMessageAndIsUnchanged_data()
    {
        QTest::addColumn<Hostile>("hostile");
        QTest::addColumn<QString>("writeMessage");
        QTest::addColumn<int>("readCode");
        QTest::newRow("not SQLite")
            << Hostile::NotSqlite << u"is not a FundDesk database"_s << int(App::Failure);
        QTest::newRow("newer FundDesk")
            << Hostile::NewerVersion << u"written by a newer FundDesk"_s << int(App::Failure);
        QTest::newRow("damaged") << Hostile::Damaged
                                 << u"is damaged and was not changed|is not a FundDesk database"_s
                                 << int(App::Failure);
        QTest::newRow("locked by another FundDesk")
            << Hostile::LockedByAnother << u"already open for changes in another FundDesk"_s
            << int(App::Success);
        QTest::newRow("read-only file")
            << Hostile::ReadOnlyFile << u"is read-only"_s << int(App::Success);
        QTest::newRow("read-only disk")
            << Hostile::ReadOnlyDisk << u"is read-only"_s << int(App::Success);
    }

    void hostileFileGetsAClearMessageAndIsUnchanged()
    {
        QFETCH(Hostile, hostile);
        QFETCH(QString, writeMessage);
        QFETCH(int, readCode);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder));
        std::unique_ptr<Test::TmpfsMount> mount;
        if (hostile == Hostile::ReadOnlyDisk) {
            mount = std::make_unique<Test::TmpfsMount>(folder, u"8m"_s);
            if (!mount->isMounted()) {
                QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + mount->error()));
            }
        }
        if (hostile == Hostile::ReadOnlyFile && ::geteuid() == 0) {
            QSKIP("root may write any file whatever its mode; the read-only disk row covers it");
        }
        const QString path = folder + u"/fund.funddesk"_s;
        QProcess holder;
        if (hostile == Hostile::NotSqlite) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("donor,amount\nNorway,100\n");
        } else {
            const Outcome created = addProfile(path, u"Amina"_s);
            QVERIFY2(created.code == App::Success, qPrintable(created.err));
        }
        switch (hostile) {
        case Hostile::NotSqlite:
            break;
        case Hostile::NewerVersion:
            QVERIFY(rawSql(path, u"PRAGMA user_version = 999"_s));
            break;
        case Hostile::Damaged: {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            file.seek(4 * 4096);
            file.write(QByteArray(3 * 4096, '\xA5'));
            break;
        }
        case Hostile::LockedByAnother: {
            // Another process holds the lock, as a second FundDesk would.
            holder.start(u"sleep"_s, {u"60"_s});
            QVERIFY(holder.waitForStarted());
            QFile lock(Core::WriterLock::lockPathFor(path));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QByteArray::number(holder.processId()) + "\n/usr/bin/sleep\n" +
                       QSysInfo::machineHostName().toUtf8() + '\n');
            break;
        }
        case Hostile::ReadOnlyFile:
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
            break;
        case Hostile::ReadOnlyDisk:
            QVERIFY2(mount->remountReadOnly(), qPrintable(mount->error()));
            break;
        }
        const QByteArray before = digest(path);

        const Outcome write = addProfile(path, u"Olga"_s);
        QCOMPARE(write.code, int(App::Failure));
        QVERIFY(write.out.isEmpty());
        QVERIFY2(write.err.contains(QRegularExpression(writeMessage)), qPrintable(write.err));
        if (hostile == Hostile::LockedByAnother) {
            // The message names the holder: user, host, process and since when.
            QVERIFY2(write.err.contains(QString::number(holder.processId())),
                     qPrintable(write.err));
            QVERIFY(write.err.contains(QSysInfo::machineHostName()));
            QVERIFY(write.err.contains(u" since "_s));
        }
        // Reading commands stay allowed where the file is readable.
        const Outcome check = run({u"check"_s, u"--database"_s, path});
        QVERIFY2(check.code == readCode, qPrintable(check.err));
        if (readCode == App::Success) {
            QCOMPARE(run({u"audit"_s, u"verify"_s, u"--database"_s, path}).code, int(App::Success));
            QCOMPARE(run({u"status"_s, u"--database"_s, path}).code, int(App::Success));
        }
        QCOMPARE(digest(path), before);
        if (holder.state() != QProcess::NotRunning) {
            holder.kill();
            holder.waitForFinished();
        }
    }

    void aFullDiskRefusesWritesAndKeepsTheFund()
    {
        const QString folder = m_dir.filePath(u"full"_s);
        Test::TmpfsMount mount(folder, u"6m"_s);
        if (!mount.isMounted()) {
            QSKIP(qPrintable(u"cannot mount a tmpfs here: "_s + mount.error()));
        }
        const QString path = folder + u"/fund.funddesk"_s;
        QVERIFY(addProfile(path, u"Amina"_s).code == App::Success);
        // Fill the disk.
        {
            QFile filler(folder + u"/filler"_s);
            QVERIFY(filler.open(QIODevice::WriteOnly));
            const QByteArray block(4096, 'x');
            while (filler.write(block) == block.size() && filler.flush()) {
            }
        }
        int refused = 0;
        QStringList acknowledged;
        for (int i = 0; i < 40 && refused < 3; ++i) {
            const QString name = u"Person %1 "_s.arg(i) + QString(2000, u'n');
            const Outcome outcome = addProfile(path, name);
            if (outcome.code == App::Success) {
                acknowledged << name;
                continue;
            }
            QCOMPARE(outcome.code, int(App::Failure));
            QVERIFY(outcome.out.isEmpty());
            QVERIFY2(outcome.err.contains(QRegularExpression(u"disk is (not )?full"_s)),
                     qPrintable(outcome.err));
            ++refused;
        }
        QVERIFY2(refused > 0, "the disk never filled up");
        QFile::remove(folder + u"/filler"_s);
        // The fund is whole: it opens, its trail is intact, every acknowledged write is there.
        QCOMPARE(run({u"check"_s, u"--database"_s, path}).code, int(App::Success));
        QCOMPARE(run({u"audit"_s, u"verify"_s, u"--database"_s, path}).code, int(App::Success));
        const Outcome list = run({u"profile"_s, u"list"_s, u"--database"_s, path});
        QCOMPARE(list.code, int(App::Success));
        for (const QString &name : std::as_const(acknowledged)) {
            QVERIFY(list.out.contains(name));
        }
        // And it takes writes again once there is room.
        QCOMPARE(addProfile(path, u"Olga"_s).code, int(App::Success));
    }

    void aFileDeletedOrReplacedWhileOpenIsNoticed_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("deleted") << false;
        QTest::newRow("replaced") << true;
    }

    void aFileDeletedOrReplacedWhileOpenIsNoticed()
    {
        QFETCH(bool, replace);
        const QString path = m_dir.filePath(u"moved-%1.funddesk"_s.arg(replace));
        auto database = Core::FundOpener::open(path);
        QVERIFY(database.ok());
        QVERIFY((*database)->checkFileInPlace().ok());
        const QString other = path + u".other"_s;
        QVERIFY(QFile::copy(path, other));
        QVERIFY(QFile::remove(path));
        if (replace) {
            QVERIFY(QFile::rename(other, path));
        }
        const auto inPlace = (*database)->checkFileInPlace();
        QVERIFY(!inPlace.ok());
        QVERIFY2(inPlace.error().message.contains(u"deleted, moved or replaced"_s),
                 qPrintable(inPlace.error().message));
        QVERIFY(inPlace.error().message.contains(QDir::toNativeSeparators(path)));
        // What is open can still be saved elsewhere.
        const QString rescue = m_dir.filePath(u"rescue-%1.funddesk"_s.arg(replace));
        QVERIFY(Core::BackupWriter::write(**database, rescue).ok());
        QCOMPARE(run({u"check"_s, u"--database"_s, rescue}).code, int(App::Success));
    }

    void theFundAndItsBackupsAreOwnerOnly()
    {
        const QString folder = m_dir.filePath(u"private/new-folder"_s);
        const QString path = folder + u"/fund.funddesk"_s;
        QCOMPARE(addProfile(path, u"Amina"_s).code, int(App::Success));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                          QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & mask, ownerOnly);
        QCOMPARE(QFile::permissions(folder) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // The write-ahead log and shared memory exist while a writer has the fund open.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"wal"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(query.exec(u"CREATE TABLE scratch (x)"_s));
            for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
                QVERIFY2(QFile::exists(path + suffix), qPrintable(suffix));
                QCOMPARE(QFile::permissions(path + suffix) & mask, ownerOnly);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"wal"_s);
        const QString backup = m_dir.filePath(u"private/backup.funddesk"_s);
        QCOMPARE(run({u"backup"_s, u"--output"_s, backup, u"--database"_s, path}).code,
                 int(App::Success));
        QCOMPARE(QFile::permissions(backup) & mask, ownerOnly);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHostileEnvironment)
#include "tst_hostileenvironment.moc"
