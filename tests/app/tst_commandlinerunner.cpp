#include "app/cli/commandlinerunner.h"
#include "tests/app/support/commandlineoutcome.h"
#include "app/cli/exitcode.h"
#include "core/db/database.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;
} // namespace

class tst_CommandLineRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void headlessModeIsChosenForCommandsOnly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("headless");
        QTest::newRow("no arguments") << QStringList() << false;
        QTest::newRow("database only") << QStringList{QStringLiteral("--database"), QStringLiteral("f")} << false;
        QTest::newRow("database=") << QStringList{QStringLiteral("--database=f")} << false;
        QTest::newRow("check") << QStringList{QStringLiteral("check")} << true;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << true;
        QTest::newRow("version") << QStringList{QStringLiteral("--version")} << true;
        QTest::newRow("typo") << QStringList{QStringLiteral("chek")} << true;
    }
    void headlessModeIsChosenForCommandsOnly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, headless);
        QCOMPARE(App::CommandLineRunner::wantsCommandLine(arguments), headless);
    }

    void helpListsTheCommands()
    {
        const Outcome outcome = run({QStringLiteral("--help")});
        QCOMPARE(outcome.code, int(App::Success));
        QVERIFY(outcome.out.contains(QStringLiteral("check")));
        QVERIFY(outcome.out.contains(QStringLiteral("demo")));
        QVERIFY(outcome.out.contains(QStringLiteral("--database")));
        // Every command's name stands apart from its summary, the longest too.
        const QStringList lines = outcome.out.split(u'\n');
        const qsizetype heading = lines.indexOf(QStringLiteral("Commands:"));
        QVERIFY(heading >= 0);
        QVERIFY(lines.contains(QStringLiteral("  contribution  Record a pledge or a receipt: "
                                              "“contribution add”.")));
        for (qsizetype i = heading + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            QVERIFY2(lines.at(i).indexOf(QStringLiteral("  "), 2) > 2, qPrintable(lines.at(i)));
        }
    }

    void versionPrintsTheVersion()
    {
        const Outcome outcome = run({QStringLiteral("--version")});
        QCOMPARE(outcome.code, int(App::Success));
        QCOMPARE(outcome.out.trimmed(), QStringLiteral("FundDesk " FUNDDESK_VERSION));
    }

    void badUsageExitsTwoWithAReasonOnStderr_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("check"), QStringLiteral("--colour")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("check"), QStringLiteral("--database")};
        QTest::newRow("bad seed") << QStringList{QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("many")};
    }
    void badUsageExitsTwoWithAReasonOnStderr()
    {
        QFETCH(QStringList, arguments);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.code, int(App::Usage));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(!outcome.err.trimmed().isEmpty());
    }

    void demoCreatesAFundThatChecksClean()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.funddesk"));
        const Outcome demo = run({QStringLiteral("demo"), QStringLiteral("--database"), path,
                                  QStringLiteral("--seed"), QStringLiteral("3")});
        QCOMPARE(demo.code, int(App::Success));
        QVERIFY(demo.err.isEmpty());
        QVERIFY(!QFile::permissions(path).testFlag(QFile::ReadOther));

        const Outcome check = run({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(check.code, int(App::Success));
        QVERIFY(check.out.contains(QStringLiteral("integrity ok")));

        auto db = Core::Database::open(path, Core::Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM states")) && query.next());
        QCOMPARE(query.value(0).toInt(), 195);
    }

    void demoNeverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("precious.funddesk"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        const Outcome outcome = run({QStringLiteral("demo"), QStringLiteral("--database"), path});
        QCOMPARE(outcome.code, int(App::Failure));
        QVERIFY(outcome.err.contains(QStringLiteral("precious.funddesk")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("keep me"));
    }

    void checkFailsWithOneLineOnProblems_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::newRow("missing file") << QByteArray() << false;
        QTest::newRow("not sqlite") << QByteArray("name,amount\nX,1\n") << true;
    }
    void checkFailsWithOneLineOnProblems()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fund.funddesk"));
        if (create) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const Outcome outcome = run({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(outcome.code, int(App::Failure));
        QCOMPARE(outcome.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(outcome.err.contains(QStringLiteral("fund.funddesk")));
        QCOMPARE(QFile::exists(path), create); // check never creates a file
    }

    void backupThenRestoreThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString fund = dir.filePath(QStringLiteral("fund.funddesk"));
        const QString copy = dir.filePath(QStringLiteral("copy.funddesk"));
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--database"), fund}).code,
                 int(App::Success));
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("--database"), fund}).code,
                 int(App::Usage)); // --output is required
        const Outcome backup = run({QStringLiteral("backup"), QStringLiteral("--database"), fund,
                                    QStringLiteral("--output"), copy});
        QCOMPARE(backup.code, int(App::Success));
        QVERIFY(QFile::exists(copy));

        const Outcome restore = run({QStringLiteral("restore"), copy, QStringLiteral("--database"), fund});
        QCOMPARE(restore.code, int(App::Success));
        QVERIFY(restore.out.contains(QStringLiteral(".replaced-")));
        QCOMPARE(run({QStringLiteral("check"), QStringLiteral("--database"), fund}).code,
                 int(App::Success));

        QFile junk(dir.filePath(QStringLiteral("junk.funddesk")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a fund");
        junk.close();
        const Outcome refused = run({QStringLiteral("restore"), junk.fileName(),
                                     QStringLiteral("--database"), fund});
        QCOMPARE(refused.code, int(App::Failure));
        QVERIFY(refused.err.contains(QStringLiteral("junk.funddesk")));
    }

    void checkRefusesANewerFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.funddesk"));
        {
            auto db = Core::Database::open(path);
            QVERIFY(db.ok());
            QSqlQuery query((*db)->connection());
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 500")));
        }
        const Outcome outcome = run({QStringLiteral("check"), QStringLiteral("--database"), path});
        QCOMPARE(outcome.code, int(App::Failure));
        QVERIFY(outcome.err.contains(QStringLiteral("500")));
    }
};

QTEST_GUILESS_MAIN(tst_CommandLineRunner)
#include "tst_commandlinerunner.moc"
