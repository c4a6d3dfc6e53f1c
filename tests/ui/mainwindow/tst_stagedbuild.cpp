// StagedBuild: the pages of a fund are built one per turn of the event loop, so the window
// paints and answers between them (issue 11 point 5).
#include "ui/mainwindow/stagedbuild.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using FundDesk::Ui::StagedBuild;

class TestStagedBuild final : public QObject
{
    Q_OBJECT

private slots:
    void runsOneStepPerTurnInOrder()
    {
        StagedBuild build;
        QSignalSpy finished(&build, &StagedBuild::finished);
        QStringList ran;
        int otherEvents = 0;
        build.add([&] { ran << QStringLiteral("a"); });
        build.add([&] { ran << QStringLiteral("b"); });
        build.add([&] { ran << QStringLiteral("c"); });
        QVERIFY(ran.isEmpty()); // nothing before the event loop turns
        QVERIFY(build.isRunning());
        // Other work queued meanwhile gets its turn between the steps.
        QTimer::singleShot(0, this, [&] { ++otherEvents; });
        QCoreApplication::processEvents();
        QVERIFY(ran.size() < 3);
        QTRY_COMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(otherEvents, 1);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!build.isRunning());
    }

    void clearDropsTheStepsNotYetRun()
    {
        StagedBuild build;
        int ran = 0;
        build.add([&] { ++ran; });
        build.add([&] { ++ran; });
        build.clear();
        QVERIFY(!build.isRunning());
        build.add([&] { ran += 10; }); // a new fund's steps
        QTRY_COMPARE(ran, 10);
        QTest::qWait(20);
        QCOMPARE(ran, 10);
    }

    void aStepMayAddMore()
    {
        StagedBuild build;
        QStringList ran;
        build.add([&] {
            ran << QStringLiteral("first");
            build.add([&] { ran << QStringLiteral("added"); });
        });
        QTRY_COMPARE(ran, (QStringList{QStringLiteral("first"), QStringLiteral("added")}));
    }
};

QTEST_GUILESS_MAIN(TestStagedBuild)
#include "tst_stagedbuild.moc"
