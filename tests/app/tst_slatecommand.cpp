#include "app/cli/commandlinerunner.h"
#include "tests/app/support/commandlineoutcome.h"
#include "app/cli/exitcode.h"

#include <QDate>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;
} // namespace

// `funddesk slate` on a demo fund: the slate, its figures and reasons; usage errors exit 2,
// an unknown meeting exits 1 naming it.
class TestSlateCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.funddesk"_s);
        const Outcome demo = run({u"demo"_s, u"--database"_s, m_path, u"--seed"_s, u"11"_s});
        QVERIFY2(demo.code == App::Success, qPrintable(demo.err));
        // The demo's meetings are this year's and last year's, New York (1) and Geneva (2).
        m_meeting = u"PM-%1-2"_s.arg(QDate::currentDate().year());
    }

    void printsTheSlateWithFiguresAndReasons()
    {
        const Outcome outcome = run({u"slate"_s, u"--meeting"_s, m_meeting, u"--seats"_s, u"10"_s,
                                     u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Success));
        QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
        QVERIFY(outcome.out.startsWith(m_meeting));
        for (const QString &heading :
             {u"Proposed slate"_s, u"Figures"_s, u"Left out"_s, u"Seats filled"_s, u"Total cost"_s,
              u"Women"_s, u"Regional groups covered"_s, u"From LDC, LLDC or SIDS"_s}) {
            QVERIFY2(outcome.out.contains(heading), qPrintable(heading));
        }
        QVERIFY(outcome.out.contains(u"10 of 10"_s));
        // Reasons in words on both sides.
        QVERIFY(outcome.out.contains(QRegularExpression(u"Only applicant from|Chosen among"_s)));
        QVERIFY(outcome.out.contains(
            QRegularExpression(u"already has a delegate|A higher score than|Not eligible: ¶21"_s)));
    }

    void aBudgetCapsTheTotal()
    {
        const Outcome outcome = run({u"slate"_s, u"--meeting"_s, m_meeting, u"--seats"_s, u"20"_s,
                                     u"--budget"_s, u"30000"_s, u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Success));
        QVERIFY(outcome.out.contains(u"Budget"_s));
        const QRegularExpression total(u"Total cost\\s+USD\\s*([0-9,]+)\\.([0-9]{2})"_s);
        const auto match = total.match(outcome.out);
        QVERIFY2(match.hasMatch(), qPrintable(outcome.out));
        QVERIFY(match.captured(1).remove(u',').toLongLong() <= 30000);
        QVERIFY(outcome.out.contains(u"Would need a budget of"_s));
    }

    void sameDataSameSlate()
    {
        const QStringList arguments{u"slate"_s, u"--meeting"_s, m_meeting, u"--database"_s, m_path};
        QCOMPARE(run(arguments).out, run(arguments).out);
    }

    void unknownMeetingExitsOneNamingIt()
    {
        const Outcome outcome =
            run({u"slate"_s, u"--meeting"_s, u"PM-1999-7"_s, u"--database"_s, m_path});
        QCOMPARE(outcome.code, int(App::Failure));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(outcome.err.contains(u"PM-1999-7"_s));
    }

    void badCallsExitTwo_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("no meeting") << QStringList{u"--seats"_s, u"10"_s};
        QTest::newRow("zero seats") << QStringList{u"--meeting"_s, u"X"_s, u"--seats"_s, u"0"_s};
        QTest::newRow("negative seats")
            << QStringList{u"--meeting"_s, u"X"_s, u"--seats"_s, u"-3"_s};
        QTest::newRow("words for seats")
            << QStringList{u"--meeting"_s, u"X"_s, u"--seats"_s, u"ten"_s};
        QTest::newRow("too many seats")
            << QStringList{u"--meeting"_s, u"X"_s, u"--seats"_s, u"201"_s};
        QTest::newRow("bad budget")
            << QStringList{u"--meeting"_s, u"X"_s, u"--budget"_s, u"lots"_s};
        QTest::newRow("negative budget")
            << QStringList{u"--meeting"_s, u"X"_s, u"--budget"_s, u"-5"_s};
    }
    void badCallsExitTwo()
    {
        QFETCH(QStringList, extra);
        const Outcome outcome = run(QStringList{u"slate"_s, u"--database"_s, m_path} + extra);
        QCOMPARE(outcome.code, int(App::Usage));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY(!outcome.err.trimmed().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_meeting;
};

QTEST_APPLESS_MAIN(TestSlateCommand)
#include "tst_slatecommand.moc"
