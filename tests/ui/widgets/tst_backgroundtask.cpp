// BackgroundTask (issue 11 point 5): long work of the window runs on a thread of its own while
// a window-modal progress dialog shows how far it is, and Cancel stops it.
#include "ui/widgets/backgroundtask.h"

#include <QApplication>
#include <QMainWindow>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace FundDesk;
using Ui::BackgroundTask;

class TestBackgroundTask final : public QObject
{
    Q_OBJECT

private slots:
    void runsOnAnotherThreadWhileTheWindowAnswers()
    {
        QMainWindow window;
        window.show();
        QThread *workThread = nullptr;
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        const auto result = BackgroundTask::run(&window, QStringLiteral("Working…"),
                                                [&workThread](const BackgroundTask::KeepGoing &) {
                                                    workThread = QThread::currentThread();
                                                    QThread::msleep(200);
                                                    return Core::Result<void>();
                                                });
        QVERIFY(result.ok());
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY2(ticks >= 5, "the window's thread kept handling events while the work ran");
    }

    void givesTheWorksError()
    {
        const auto result = BackgroundTask::run(nullptr, QStringLiteral("Working…"),
                                                [](const BackgroundTask::KeepGoing &) {
                                                    return Core::Result<void>(Core::makeError(
                                                        Core::ErrorCode::Io,
                                                        QStringLiteral("disk full")));
                                                });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Core::ErrorCode::Io);
        QCOMPARE(result.error().message, QStringLiteral("disk full"));
    }

    void showsProgressAndCancelStopsTheWork()
    {
        QMainWindow window;
        window.show();
        std::atomic<bool> stopped{false};
        int shownValue = -1;
        int shownMaximum = -1;
        QTimer::singleShot(700, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("backgroundTaskDialog"));
            QVERIFY(dialog);
            QVERIFY(dialog->isVisible()); // past the minimum duration
            shownValue = dialog->value();
            shownMaximum = dialog->maximum();
            auto *cancel = dialog->findChild<QPushButton *>();
            QVERIFY(cancel);
            QTest::mouseClick(cancel, Qt::LeftButton);
        });
        const auto result = BackgroundTask::run(
            &window, QStringLiteral("Copying…"),
            [&stopped](const BackgroundTask::KeepGoing &keepGoing) {
                while (keepGoing()) {
                    QThread::msleep(5);
                }
                stopped = true;
                return Core::Result<void>(
                    Core::makeError(Core::ErrorCode::Cancelled, QStringLiteral("cancelled")));
            },
            [] { return 42; });
        QVERIFY(stopped.load());
        QCOMPARE(result.error().code, Core::ErrorCode::Cancelled);
        QCOMPARE(shownMaximum, 100);
        QCOMPARE(shownValue, 42);
    }

    void workThatMustFinishHasNoCancel()
    {
        QMainWindow window;
        window.show();
        bool cancelShown = true;
        QTimer::singleShot(600, this, [&] {
            auto *dialog = window.findChild<QProgressDialog *>(QStringLiteral("backgroundTaskDialog"));
            cancelShown = dialog && dialog->findChild<QPushButton *>() != nullptr;
        });
        const auto result = BackgroundTask::run(
            &window, QStringLiteral("Restoring…"),
            [](const BackgroundTask::KeepGoing &) {
                QThread::msleep(900);
                return Core::Result<void>();
            },
            {}, false);
        QVERIFY(result.ok());
        QVERIFY(!cancelShown);
    }
};

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
