#include "app/cli/exitcode.h"
#include "tests/app/support/commandlineoutcome.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {

using FundDesk::Test::Outcome;
using FundDesk::Test::run;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray kGood =
    "date,donor,donor_kind,country,type,amount,currency,usd_rate,publication,conditions,"
    "reference\r\n"
    "2025-01-15,France,member_state,FRA,receipt,250000.00,EUR,1.08,publish,,R-1\r\n"
    "2025-02-01,,member_state,KEN,pledge,1000,USD,,anonymous,,\r\n"
    "2025-03-01,Acme Corp,private_sector,USA,pledge,5000,USD,,withhold,,R-3\r\n";

} // namespace

// `funddesk import` and `funddesk export`: templates, dry runs, per-row errors with exit 1 and
// nothing written, a new fund created at a new path, and export → import round trips.
class TestImportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void writesTemplates()
    {
        const QString path = m_dir.filePath(u"template.csv"_s);
        const Outcome outcome =
            run({u"import"_s, u"--template"_s, u"contributions"_s, u"--output"_s, path});
        QCOMPARE(outcome.code, int(App::Success));
        QCOMPARE(readAll(path), QByteArray("date,donor,donor_kind,country,type,amount,currency,"
                                           "usd_rate,publication,conditions,reference\r\n"));
        const Outcome wrong = run({u"import"_s, u"--template"_s, u"gifts"_s, u"--output"_s, path});
        QCOMPARE(wrong.code, int(App::Usage));
        QVERIFY(wrong.err.contains(u"donors, contributions, sponsorships, activities"_s));
    }

    void importsIntoANewFund()
    {
        const QString csv = m_dir.filePath(u"good.csv"_s);
        QVERIFY(writeFile(csv, kGood));
        const QString fund = m_dir.filePath(u"new/fund.funddesk"_s);
        const Outcome dry =
            run({u"import"_s, u"contributions"_s, csv, u"--database"_s, fund, u"--dry-run"_s});
        QCOMPARE(dry.code, int(App::Success));
        QVERIFY(dry.out.contains(u"3 row(s) checked"_s));
        QVERIFY(!QFile::exists(fund)); // a dry run creates nothing

        const Outcome outcome = run({u"import"_s, u"contributions"_s, csv, u"--database"_s, fund});
        QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
        QVERIFY(outcome.out.contains(u"3 record(s) imported"_s));
        QVERIFY(QFile::exists(fund));

        const QString exported = m_dir.filePath(u"exported.csv"_s);
        const Outcome export_ =
            run({u"export"_s, u"contributions"_s, u"--output"_s, exported, u"--database"_s, fund});
        QCOMPARE(export_.code, int(App::Success));
        QVERIFY(export_.out.contains(u"3 record(s) exported"_s));
        const QByteArray bytes = readAll(exported);
        QVERIFY(
            bytes.contains("2025-01-15,France,member_state,FRA,receipt,250000.00,EUR,1.08,"
                           "publish,,R-1\r\n"));
        QVERIFY(bytes.contains("2025-02-01,Kenya,member_state,KEN,pledge,1000.00,USD,,anonymous"));

        // Importing the same file again: every row is a duplicate, nothing is written.
        const Outcome again = run({u"import"_s, u"contributions"_s, csv, u"--database"_s, fund});
        QCOMPARE(again.code, int(App::Failure));
        QVERIFY(again.err.contains(u"Line 2, column reference: The fund already has"_s));
        QVERIFY(again.err.contains(u"3 problem(s) found; nothing was imported."_s));
    }

    void printsEveryProblemAndWritesNothing()
    {
        const QString fund = m_dir.filePath(u"bad.funddesk"_s);
        QCOMPARE(run({u"import"_s, u"contributions"_s, writeGood(), u"--database"_s, fund}).code,
                 int(App::Success));
        const QString csv = m_dir.filePath(u"bad.csv"_s);
        QVERIFY(writeFile(csv, QByteArray(kGood)
                                   .replace("R-", "S-")
                                   .replace("5000,USD", "5,000,USD")
                                   .replace("2025-02-01", "2025-02-31")));
        for (const bool dryRun : {true, false}) {
            QStringList arguments{u"import"_s, u"contributions"_s, csv, u"--database"_s, fund};
            if (dryRun) {
                arguments << u"--dry-run"_s;
            }
            const Outcome outcome = run(arguments);
            QCOMPARE(outcome.code, int(App::Failure));
            QVERIFY2(outcome.err.contains(u"Line 3, column date: “2025-02-31” is not a date"_s),
                     qPrintable(outcome.err));
            QVERIFY(
                outcome.err.contains(u"Line 4: This row has 12 fields but the header has 11"_s));
            QVERIFY2(outcome.err.contains(u"2 problem(s) found; nothing was imported."_s),
                     qPrintable(outcome.err));
        }
        const QString exported = m_dir.filePath(u"bad-export.csv"_s);
        QCOMPARE(
            run({u"export"_s, u"contributions"_s, u"--output"_s, exported, u"--database"_s, fund})
                .code,
            int(App::Success));
        QCOMPARE(readAll(exported).count('\n'), 4); // the header and the 3 first rows only
    }

    void usageErrors()
    {
        QCOMPARE(run({u"import"_s, u"gifts"_s, u"x.csv"_s}).code, int(App::Usage));
        QCOMPARE(run({u"import"_s, u"contributions"_s}).code, int(App::Usage));
        QCOMPARE(run({u"export"_s, u"contributions"_s}).code, int(App::Usage));
        const Outcome missing = run({u"import"_s, u"donors"_s, m_dir.filePath(u"none.csv"_s),
                                     u"--database"_s, m_dir.filePath(u"x.funddesk"_s)});
        QCOMPARE(missing.code, int(App::Failure));
        QVERIFY(missing.err.contains(u"could not be opened"_s));
    }

    // A whole demo fund's donors and contributions go out and come back unchanged.
    void demoFundRoundTrips()
    {
        const QString demo = m_dir.filePath(u"demo.funddesk"_s);
        QCOMPARE(run({u"demo"_s, u"--database"_s, demo, u"--seed"_s, u"5"_s}).code,
                 int(App::Success));
        const QString copy = m_dir.filePath(u"copy.funddesk"_s);
        for (const QString &kind : {u"donors"_s, u"contributions"_s}) {
            const QString first = m_dir.filePath(kind + u"-1.csv"_s);
            const QString second = m_dir.filePath(kind + u"-2.csv"_s);
            QCOMPARE(run({u"export"_s, kind, u"--output"_s, first, u"--database"_s, demo}).code,
                     int(App::Success));
            const Outcome imported =
                run({u"import"_s, kind, first, u"--database"_s, copy, u"--confirm-conditions"_s});
            QVERIFY2(imported.code == App::Success, qPrintable(imported.err.left(2000)));
            QCOMPARE(run({u"export"_s, kind, u"--output"_s, second, u"--database"_s, copy}).code,
                     int(App::Success));
            QVERIFY(readAll(first).count('\n') > 5);
            QCOMPARE(readAll(second), readAll(first));
        }
    }

private:
    QString writeGood()
    {
        const QString csv = m_dir.filePath(u"good-again.csv"_s);
        return writeFile(csv, kGood) ? csv : QString();
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
