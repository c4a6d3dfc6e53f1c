// How much of the fund's file each command checks before using it (issue 11): read-only
// commands the header (a few pages at any size), writes quick_check, `check` integrity_check.
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "tests/app/support/commandlineoutcome.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool overwrite(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && file.write(bytes) == bytes.size();
}

// Where a table's root page starts in the file, and the page size (read on a connection of
// its own, closed before the file is changed).
std::pair<qint64, int> rootPageOf(const QString &path, const QString &table)
{
    std::pair<qint64, int> found{0, 0};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"pages"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA page_size"_s) && query.next()) {
                found.second = query.value(0).toInt();
            }
            query.prepare(u"SELECT rootpage FROM sqlite_schema WHERE type = 'table' AND name = ?"_s);
            query.addBindValue(table);
            if (query.exec() && query.next()) {
                found.first = query.value(0).toLongLong();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"pages"_s);
    return found;
}

// Scribbles over the root page of one table, as a bad sector or a broken copy would: the
// header and the schema stay intact.
QByteArray damageTable(const QString &path, const QString &table)
{
    const auto [page, pageSize] = rootPageOf(path, table);
    if (page < 2 || pageSize <= 0) {
        return {};
    }
    QByteArray bytes = bytesOf(path);
    const qint64 start = (page - 1) * pageSize;
    for (qint64 i = start; i < start + pageSize && i < bytes.size(); ++i) {
        bytes[i] = char(0xA5);
    }
    return overwrite(path, bytes) ? bytes : QByteArray();
}

} // namespace

class TestOpenFund final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.funddesk"_s);
        const Outcome demo = run({u"demo"_s, u"--database"_s, m_template, u"--seed"_s, u"5"_s});
        QVERIFY2(demo.code == App::Success, qPrintable(demo.err));
        // Every page is in the file itself, so damage written there is what SQLite reads.
        QVERIFY(!QFile::exists(m_template + u"-wal"_s));
    }

    void init()
    {
        m_path = m_dir.filePath(u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_template, m_path));
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    }

    void eachUseHasItsCheck()
    {
        QCOMPARE(App::fileCheckFor(App::FundUse::Read), Core::Database::FileCheck::Header);
        QCOMPARE(App::fileCheckFor(App::FundUse::Backup), Core::Database::FileCheck::Quick);
        QCOMPARE(App::fileCheckFor(App::FundUse::Write), Core::Database::FileCheck::Quick);
        QCOMPARE(App::fileCheckFor(App::FundUse::Check), Core::Database::FileCheck::Integrity);
    }

    // Damage in a table the command does not read: a read-only command (header only) works,
    // while a write, a backup and `check` refuse the file, naming it, and leave it unchanged.
    void onlyWritesBackupsAndCheckReadEveryPage()
    {
        m_donorsCsv = m_dir.filePath(u"donors.csv"_s);
        {
            QFile csv(m_donorsCsv);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("name,donor_kind,country,due_diligence,due_diligence_date,"
                      "due_diligence_note,contact,notes\r\n"
                      "Open Society,foundation,USA,cleared,2026-01-05,,,\r\n");
        }
        const QByteArray damaged = damageTable(m_path, u"audit_log"_s);
        QVERIFY(!damaged.isEmpty());

        const Outcome status = run({u"status"_s, u"--database"_s, m_path, u"--year"_s, u"2026"_s});
        QVERIFY2(status.code == App::Success, qPrintable(status.err));
        const Outcome profiles = run({u"profile"_s, u"list"_s, u"--database"_s, m_path});
        QVERIFY2(profiles.code == App::Success, qPrintable(profiles.err));

        const QStringList refused[] = {
            {u"profile"_s, u"add"_s, u"--name"_s, u"Amina Diallo"_s, u"--role"_s,
             u"fund-manager"_s, u"--database"_s, m_path},
            {u"donor"_s, u"add"_s, u"--name"_s, u"Open Society"_s, u"--kind"_s, u"foundation"_s,
             u"--country"_s, u"USA"_s, u"--database"_s, m_path},
            {u"backup"_s, u"--database"_s, m_path, u"--output"_s, m_dir.filePath(u"copy.funddesk"_s)},
            {u"check"_s, u"--database"_s, m_path},
            // import checks the pages beside parsing its file: refused all the same
            {u"import"_s, u"donors"_s, m_donorsCsv, u"--database"_s, m_path},
        };
        for (const QStringList &arguments : refused) {
            const Outcome outcome = run(arguments);
            QVERIFY2(outcome.code == App::Failure, qPrintable(arguments.join(u' ')));
            QVERIFY2(outcome.err.contains(u"damaged"_s), qPrintable(outcome.err));
            QVERIFY2(outcome.err.contains(u"fund-onlyWritesBackupsAndCheckReadEveryPage.funddesk"_s),
                     qPrintable(outcome.err));
            QVERIFY(outcome.out.isEmpty());
            QCOMPARE(bytesOf(m_path), damaged);
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"copy.funddesk"_s)));
    }

    // Damage in a table the command reads: a clear one-line error and exit 1, never a crash.
    void aReadOnlyCommandOnADamagedTableFailsCleanly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("status") << QStringList{u"status"_s, u"--year"_s, u"2026"_s};
        QTest::newRow("dashboard") << QStringList{u"dashboard"_s, u"--year"_s, u"2026"_s};
        QTest::newRow("export") << QStringList{u"export"_s, u"contributions"_s, u"--output"_s,
                                               m_dir.filePath(u"contributions.csv"_s)};
    }
    void aReadOnlyCommandOnADamagedTableFailsCleanly()
    {
        QFETCH(QStringList, arguments);
        const QByteArray damaged = damageTable(m_path, u"contributions"_s);
        QVERIFY(!damaged.isEmpty());
        const Outcome outcome = run(arguments + QStringList{u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Failure));
        QCOMPARE(outcome.err.trimmed().count(u'\n'), 0);
        QVERIFY2(outcome.err.contains(u"funddesk check"_s), qPrintable(outcome.err));
        QCOMPARE(bytesOf(m_path), damaged);
    }

    // What is no fund at all is refused by every command before it reads or writes anything.
    void whatIsNoFundIsRefusedByEveryCommand_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("foreign") << u"foreign"_s << u"not a FundDesk database"_s;
        QTest::newRow("empty") << u"empty"_s << u"is empty"_s;
        QTest::newRow("cut short") << u"cut short"_s << u"damaged"_s;
        QTest::newRow("too new") << u"too new"_s << u"500"_s;
    }
    void whatIsNoFundIsRefusedByEveryCommand()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        if (kind == u"too new"_s) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 500"_s));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"future"_s);
        }
        QByteArray bytes = bytesOf(m_path);
        if (kind == u"foreign"_s) {
            bytes = "name,amount\nFRA,100\n";
        } else if (kind == u"empty"_s) {
            bytes.clear();
        } else if (kind == u"cut short"_s) {
            bytes.truncate(bytes.size() / 3);
        }
        QVERIFY(overwrite(m_path, bytes));
        const QStringList commands[] = {
            {u"status"_s},
            {u"dashboard"_s},
            {u"profile"_s, u"list"_s},
            {u"profile"_s, u"add"_s, u"--name"_s, u"Amina Diallo"_s, u"--role"_s, u"fund-manager"_s},
            {u"check"_s},
        };
        for (const QStringList &command : commands) {
            const Outcome outcome = run(command + QStringList{u"--database"_s, m_path});
            QVERIFY2(outcome.code == App::Failure, qPrintable(command.join(u' ')));
            QVERIFY2(outcome.err.contains(says), qPrintable(outcome.err));
            QVERIFY2(outcome.err.contains(u"fund-whatIsNoFundIsRefusedByEveryCommand.funddesk"_s),
                     qPrintable(outcome.err));
            QCOMPARE(bytesOf(m_path), bytes);
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    QString m_donorsCsv;
};

QTEST_GUILESS_MAIN(TestOpenFund)
#include "tst_openfund.moc"
