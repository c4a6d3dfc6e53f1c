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
} // namespace

// `funddesk dashboard` and `funddesk chart` on a demo fund: the key figures, a chart's CSV,
// and usage errors (exit 2) that say what to type.
class TestDashboardCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.funddesk"_s);
        const Outcome demo = run({u"demo"_s, u"--database"_s, m_path, u"--seed"_s, u"7"_s});
        QVERIFY2(demo.code == App::Success, qPrintable(demo.err));
    }

    void dashboardPrintsTheKeyFigures()
    {
        const Outcome outcome =
            run({u"dashboard"_s, u"--year"_s, u"2026"_s, u"--database"_s, m_path});
        QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
        QVERIFY(outcome.out.contains(u"Key figures, 2026"_s));
        QVERIFY(outcome.out.contains(u"Received, all years"_s));
        QVERIFY(outcome.out.contains(u"Available for programmes"_s));
        QVERIFY(outcome.out.contains(u"USD"_s));
        QVERIFY(outcome.out.contains(u"Operational status"_s));
    }

    void chartWritesTheTableAsCsv()
    {
        const QString file = m_dir.filePath(u"region.csv"_s);
        const Outcome outcome = run({u"chart"_s, u"spending-by-region"_s, u"--year"_s, u"2026"_s,
                                     u"--output"_s, file, u"--database"_s, m_path});
        QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first(), "Key,Region,Disbursed (USD),Committed (USD)\r");
        QVERIFY(lines.at(1).startsWith("africa,Africa,"));
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, five regions, the empty tail after CRLF
    }

    void chartHelpListsTheCharts()
    {
        const Outcome outcome = run({u"chart"_s, u"--help"_s});
        QCOMPARE(outcome.code, int(App::Success));
        QVERIFY(outcome.out.contains(u"fund-size-by-month"_s));
        QVERIFY(outcome.out.contains(u"priority-delegates"_s));
    }

    void usageErrors()
    {
        Outcome outcome = run({u"chart"_s, u"no-such-chart"_s, u"--output"_s, u"x.csv"_s,
                               u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Usage));
        QVERIFY(outcome.err.contains(u"no-such-chart"_s));
        outcome = run({u"chart"_s, u"key-figures"_s, u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Usage));
        QVERIFY(outcome.err.contains(u"--output"_s));
        outcome = run({u"dashboard"_s, u"--year"_s, u"soon"_s, u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Usage));
        QVERIFY(outcome.err.contains(u"soon"_s));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDashboardCommands)
#include "tst_dashboardcommands.moc"
