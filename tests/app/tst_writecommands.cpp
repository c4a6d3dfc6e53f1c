#include "app/cli/commandlinerunner.h"
#include "app/cli/exitcode.h"
#include "core/db/database.h"
#include "core/services/fundopener.h"
#include "tests/app/support/commandlineoutcome.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;

// The number in an acknowledgement line ("recorded contribution 12" → 12), or 0.
qint64 acknowledgedId(const Outcome &outcome, const QString &prefix)
{
    const auto match =
        QRegularExpression(u"^%1 (\\d+)\\n$"_s.arg(QRegularExpression::escape(prefix)))
            .match(outcome.out);
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}
} // namespace

// The write commands of the command line: each acknowledges one line after COMMIT, exits 1
// for refused work (storing nothing) and 2 for a wrong call, and has its --help.
class TestWriteCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        // The demo fund has activities at every step of the workflow.
        m_demo = m_dir.filePath(u"demo.funddesk"_s);
        const Outcome demo = run({u"demo"_s, u"--database"_s, m_demo, u"--seed"_s, u"11"_s});
        QVERIFY2(demo.code == App::Success, qPrintable(demo.err));
    }

    void init()
    {
        m_path = m_dir.filePath(
            u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void profilesAreAddedAndListed()
    {
        const Outcome added = run({u"profile"_s, u"add"_s, u"--name"_s, u"Amina Diallo"_s,
                                   u"--role"_s, u"fund-manager"_s, u"--database"_s, m_path});
        QCOMPARE(added.code, int(App::Success));
        QVERIFY2(acknowledgedId(added, u"added profile"_s) > 0, qPrintable(added.out));
        QCOMPARE(run({u"profile"_s, u"add"_s, u"--name"_s, u"Olga Petrova"_s, u"--role"_s,
                      u"hr-office"_s, u"--database"_s, m_path})
                     .code,
                 int(App::Success));
        const Outcome list = run({u"profile"_s, u"list"_s, u"--database"_s, m_path});
        QCOMPARE(list.code, int(App::Success));
        QVERIFY(list.out.contains(u"fund-manager\tAmina Diallo"_s));
        QVERIFY(list.out.contains(u"hr-office\tOlga Petrova"_s));

        const Outcome duplicate =
            run({u"profile"_s, u"add"_s, u"--name"_s, u"amina diallo"_s, u"--role"_s,
                 u"finance-assistant"_s, u"--database"_s, m_path});
        QCOMPARE(duplicate.code, int(App::Failure));
        QVERIFY(duplicate.out.isEmpty());
        QVERIFY(duplicate.err.contains(u"already exists"_s));
        QCOMPARE(count(m_path, u"profiles"_s), 2);
    }

    void contributionsAreRecordedForNamedAndStateDonors()
    {
        const Outcome donor =
            run({u"donor"_s, u"add"_s, u"--name"_s, u"Open Society"_s, u"--kind"_s, u"foundation"_s,
                 u"--country"_s, u"USA"_s, u"--cleared"_s, u"--database"_s, m_path});
        QCOMPARE(donor.code, int(App::Success));
        QVERIFY2(acknowledgedId(donor, u"added donor"_s) > 0, qPrintable(donor.out + donor.err));

        const Outcome receipt =
            run({u"contribution"_s, u"add"_s, u"--donor"_s, u"open society"_s, u"--type"_s,
                 u"receipt"_s, u"--amount"_s, u"1234.56"_s, u"--currency"_s, u"USD"_s, u"--date"_s,
                 u"2025-03-01"_s, u"--reference"_s, u"BANK-1"_s, u"--database"_s, m_path});
        QCOMPARE(receipt.code, int(App::Success));
        const qint64 receiptId = acknowledgedId(receipt, u"recorded contribution"_s);
        QVERIFY2(receiptId > 0, qPrintable(receipt.out + receipt.err));

        const Outcome pledge =
            run({u"contribution"_s, u"add"_s, u"--donor"_s, u"FRA"_s, u"--type"_s, u"pledge"_s,
                 u"--amount"_s, u"50000"_s, u"--currency"_s, u"EUR"_s, u"--usd-rate"_s, u"1.08"_s,
                 u"--date"_s, u"2025-04-01"_s, u"--database"_s, m_path});
        QCOMPARE(pledge.code, int(App::Success));
        QVERIFY2(acknowledgedId(pledge, u"recorded contribution"_s) > 0, qPrintable(pledge.err));

        auto database = Core::FundOpener::open(m_path, Core::Database::Mode::ReadOnly);
        QVERIFY(database.ok());
        QSqlQuery query((*database)->connection());
        QVERIFY(
            query.exec(u"SELECT amount_minor, currency, reference, usd_minor FROM "
                       "contributions ORDER BY id"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), 123456);
        QCOMPARE(query.value(2).toString(), u"BANK-1"_s);
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), u"EUR"_s);
        QCOMPARE(query.value(3).toLongLong(), 5400000); // EUR 50 000 at 1.08
    }

    void wrongCallsExitTwoAndRefusedWritesExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QStringList receipt{u"contribution"_s, u"add"_s,     u"--donor"_s,    u"FRA"_s,
                                  u"--type"_s,       u"receipt"_s, u"--currency"_s, u"USD"_s};
        QTest::newRow("no action")
            << QStringList{u"contribution"_s} << int(App::Usage) << u"unknown or missing action"_s;
        QTest::newRow("bad type") << QStringList{u"contribution"_s, u"add"_s,    u"--donor"_s,
                                                 u"FRA"_s,          u"--type"_s, u"gift"_s,
                                                 u"--amount"_s,     u"1"_s,      u"--currency"_s,
                                                 u"USD"_s,          u"--date"_s, u"2025-01-01"_s}
                                  << int(App::Usage) << u"pledge or receipt"_s;
        QTest::newRow("amount not a number")
            << (receipt + QStringList{u"--amount"_s, u"12,5"_s, u"--date"_s, u"2025-01-01"_s})
            << int(App::Usage) << u"--amount"_s;
        QTest::newRow("amount overflows")
            << (receipt +
                QStringList{u"--amount"_s, u"99999999999999999999"_s, u"--date"_s, u"2025-01-01"_s})
            << int(App::Usage) << u"--amount"_s;
        QTest::newRow("date in words")
            << (receipt + QStringList{u"--amount"_s, u"10"_s, u"--date"_s, u"1 May 2025"_s})
            << int(App::Usage) << u"YYYY-MM-DD"_s;
        QTest::newRow("no rate for EUR")
            << QStringList{u"contribution"_s, u"add"_s,    u"--donor"_s,  u"FRA"_s,
                           u"--type"_s,       u"pledge"_s, u"--amount"_s, u"1"_s,
                           u"--currency"_s,   u"EUR"_s,    u"--date"_s,   u"2025-01-01"_s}
            << int(App::Usage) << u"--usd-rate"_s;
        QTest::newRow("zero amount")
            << (receipt + QStringList{u"--amount"_s, u"0"_s, u"--date"_s, u"2025-01-01"_s})
            << int(App::Failure) << u"amount"_s;
        QTest::newRow("negative amount")
            << (receipt + QStringList{u"--amount"_s, u"-5"_s, u"--date"_s, u"2025-01-01"_s})
            << int(App::Failure) << u"amount"_s;
        QTest::newRow("receipt in the future")
            << (receipt + QStringList{u"--amount"_s, u"5"_s, u"--date"_s, u"2098-01-01"_s})
            << int(App::Failure) << u"future"_s;
        QTest::newRow("unknown donor")
            << QStringList{u"contribution"_s, u"add"_s,    u"--donor"_s,  u"Nobody Ltd"_s,
                           u"--type"_s,       u"pledge"_s, u"--amount"_s, u"5"_s,
                           u"--currency"_s,   u"USD"_s,    u"--date"_s,   u"2025-01-01"_s}
            << int(App::Failure) << u"Nobody Ltd"_s;
        QTest::newRow("bad role") << QStringList{u"profile"_s, u"add"_s,    u"--name"_s,
                                                 u"X"_s,       u"--role"_s, u"boss"_s}
                                  << int(App::Usage) << u"--role"_s;
        QTest::newRow("empty profile name")
            << QStringList{u"profile"_s, u"add"_s,    u"--name"_s,
                           u"  "_s,      u"--role"_s, u"fund-manager"_s}
            << int(App::Failure) << u"name"_s;
        QTest::newRow("transition without profile")
            << QStringList{u"transition"_s, u"--item"_s, u"CB-2025-001"_s, u"--to"_s,
                           u"submitted"_s}
            << int(App::Usage) << u"--as"_s;
        QTest::newRow("unknown status")
            << QStringList{u"transition"_s, u"--item"_s, u"CB-2025-001"_s, u"--to"_s, u"done"_s,
                           u"--as"_s,       u"x"_s}
            << int(App::Usage) << u"--to"_s;
        QTest::newRow("period without year")
            << QStringList{u"period"_s, u"close"_s, u"--as"_s, u"x"_s} << int(App::Usage)
            << u"--year"_s;
        QTest::newRow("period by unknown profile")
            << QStringList{u"period"_s, u"close"_s, u"--year"_s, u"2020"_s, u"--as"_s, u"Nobody"_s}
            << int(App::Failure) << u"no profile"_s;
        QTest::newRow("stray argument")
            << QStringList{u"profile"_s, u"list"_s, u"extra"_s} << int(App::Usage) << u"extra"_s;
    }

    void wrongCallsExitTwoAndRefusedWritesExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Outcome outcome = run(arguments + QStringList{u"--database"_s, m_path});
        QCOMPARE(outcome.code, code);
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
        if (QFile::exists(m_path)) {
            QCOMPARE(count(m_path, u"contributions"_s), 0);
            QCOMPARE(count(m_path, u"profiles"_s), 0);
        }
    }

    void everyWriteCommandHasHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("contribution") << QStringList{u"contribution"_s, u"add"_s, u"--help"_s};
        QTest::newRow("donor") << QStringList{u"donor"_s, u"add"_s, u"--help"_s};
        QTest::newRow("transition") << QStringList{u"transition"_s, u"--help"_s};
        QTest::newRow("disburse") << QStringList{u"disburse"_s, u"--help"_s};
        QTest::newRow("period close") << QStringList{u"period"_s, u"close"_s, u"--help"_s};
        QTest::newRow("period reopen") << QStringList{u"period"_s, u"reopen"_s, u"--help"_s};
        QTest::newRow("profile add") << QStringList{u"profile"_s, u"add"_s, u"--help"_s};
        QTest::newRow("profile list") << QStringList{u"profile"_s, u"list"_s, u"--help"_s};
    }

    void everyWriteCommandHasHelp()
    {
        QFETCH(QStringList, arguments);
        const Outcome outcome = run(arguments);
        QCOMPARE(outcome.code, int(App::Success));
        QVERIFY(outcome.out.contains(u"--database"_s));
        QVERIFY(outcome.err.isEmpty());
    }

    void transitionsAndDisbursementsOnTheDemoFund()
    {
        // An approved activity with money left to pay, and a submitted one to screen.
        const QString approved = activityWithStatus(u"approved"_s);
        const QString submitted = activityWithStatus(u"submitted"_s);
        QVERIFY(!approved.isEmpty());
        QVERIFY(!submitted.isEmpty());
        const QString manager = u"Amina Diallo"_s;

        const Outcome moved =
            run({u"transition"_s, u"--item"_s, submitted, u"--to"_s, u"eligible"_s, u"--note"_s,
                 u"Meets ¶24"_s, u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(moved.code, int(App::Success));
        QCOMPARE(moved.out, u"moved %1 to eligible\n"_s.arg(submitted));
        QCOMPARE(activityStatus(submitted), u"eligible"_s);

        const Outcome forbidden =
            run({u"transition"_s, u"--item"_s, submitted, u"--to"_s, u"approved"_s, u"--note"_s,
                 u"x"_s, u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(forbidden.code, int(App::Failure));
        QCOMPARE(activityStatus(submitted), u"eligible"_s);

        const Outcome unknown = run({u"transition"_s, u"--item"_s, u"CB-1900-999"_s, u"--to"_s,
                                     u"eligible"_s, u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(unknown.code, int(App::Failure));
        QVERIFY(unknown.err.contains(u"CB-1900-999"_s));

        const int before = count(m_demo, u"disbursements"_s);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const Outcome paid =
            run({u"disburse"_s, u"--item"_s, approved, u"--amount"_s, u"1.00"_s, u"--currency"_s,
                 u"USD"_s, u"--payee"_s, u"Ministry"_s, u"--reference"_s, u"PAY-1"_s, u"--date"_s,
                 today, u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(paid.code, int(App::Success));
        QVERIFY2(acknowledgedId(paid, u"recorded disbursement"_s) > 0, qPrintable(paid.err));
        QCOMPARE(count(m_demo, u"disbursements"_s), before + 1);

        const Outcome refund =
            run({u"disburse"_s, u"--item"_s, approved, u"--amount"_s, u"1.00"_s, u"--currency"_s,
                 u"USD"_s, u"--payee"_s, u"Ministry"_s, u"--reference"_s, u"REF-1"_s, u"--date"_s,
                 today, u"--refund"_s, u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(refund.code, int(App::Failure)); // a refund needs its reason
        QCOMPARE(count(m_demo, u"disbursements"_s), before + 1);
    }

    void periodsCloseAndReopen()
    {
        const QString manager = u"Amina Diallo"_s;
        const Outcome closed = run({u"period"_s, u"close"_s, u"--year"_s, u"2019"_s, u"--as"_s,
                                    manager, u"--database"_s, m_demo});
        QCOMPARE(closed.code, int(App::Success));
        QCOMPARE(closed.out, u"closed 2019\n"_s);
        const Outcome noReason = run({u"period"_s, u"reopen"_s, u"--year"_s, u"2019"_s, u"--as"_s,
                                      manager, u"--database"_s, m_demo});
        QCOMPARE(noReason.code, int(App::Failure));
        const Outcome reopened =
            run({u"period"_s, u"reopen"_s, u"--year"_s, u"2019"_s, u"--reason"_s, u"Late invoice"_s,
                 u"--as"_s, manager, u"--database"_s, m_demo});
        QCOMPARE(reopened.code, int(App::Success));
        QCOMPARE(reopened.out, u"reopened 2019\n"_s);
        const Outcome byAssistant =
            run({u"period"_s, u"close"_s, u"--year"_s, u"2019"_s, u"--as"_s,
                 u"Jonas Berg"_s, u"--database"_s, m_demo});
        QCOMPARE(byAssistant.code, int(App::Failure));
    }

    void theAuditTrailStaysIntact()
    {
        const Outcome verified = run({u"audit"_s, u"verify"_s, u"--database"_s, m_demo});
        QVERIFY2(verified.code == App::Success, qPrintable(verified.err));
    }

private:
    static int count(const QString &path, const QString &table)
    {
        auto database = Core::FundOpener::open(path, Core::Database::Mode::ReadOnly);
        if (!database) {
            return -1;
        }
        QSqlQuery query((*database)->connection());
        if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
            return -1;
        }
        return query.value(0).toInt();
    }

    QString activityWithStatus(const QString &status) const
    {
        auto database = Core::FundOpener::open(m_demo, Core::Database::Mode::ReadOnly);
        if (!database) {
            return {};
        }
        QSqlQuery query((*database)->connection());
        query.prepare(u"SELECT reference FROM activities WHERE status = ? ORDER BY reference"_s);
        query.addBindValue(status);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QString activityStatus(const QString &reference) const
    {
        auto database = Core::FundOpener::open(m_demo, Core::Database::Mode::ReadOnly);
        if (!database) {
            return {};
        }
        QSqlQuery query((*database)->connection());
        query.prepare(u"SELECT status FROM activities WHERE reference = ?"_s);
        query.addBindValue(reference);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestWriteCommands)
#include "tst_writecommands.moc"
