// BackgroundReader (issue 11): a read of a file-backed fund runs on a pool thread with its own
// connection and is delivered on the window's thread; small or in-memory funds are read at once;
// a cancelled or superseded read never delivers.
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/backgroundreader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QRegularExpression>

#include <atomic>
#include <optional>

using namespace FundDesk;
using Ui::BackgroundReader;

namespace BackgroundReaderTest {

struct StateCount
{
    int states = 0;
    QThread *thread = nullptr;
};

Core::Result<StateCount> countStates(Core::FundServices &services)
{
    return StateCount{int(services.reference().all().size()), QThread::currentThread()};
}

} // namespace BackgroundReaderTest

using namespace BackgroundReaderTest;

class TestBackgroundReader : public QObject
{
    Q_OBJECT

private slots:
    void init() { BackgroundReader::setSynchronousLimit(-1); }
    void cleanup() { BackgroundReader::setSynchronousLimit(32 * 1024 * 1024); }

    void readsAFileBackedFundOnAnotherThread()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        BackgroundReader reader(fund->services());
        QVERIFY(reader.readsInBackground());
        QSignalSpy started(&reader, &BackgroundReader::started);
        QSignalSpy finished(&reader, &BackgroundReader::finished);
        std::optional<Core::Result<StateCount>> delivered;
        QThread *deliveredOn = nullptr;
        reader.start<StateCount>(
            [](Core::FundServices &services, const BackgroundReader::KeepGoing &) {
                return countStates(services);
            },
            [&](Core::Result<StateCount> result) {
                deliveredOn = QThread::currentThread();
                delivered = std::move(result);
            });
        QCOMPARE(started.count(), 1);
        QVERIFY(reader.isReading());
        QVERIFY(!delivered); // not before start() returns
        QTRY_VERIFY(delivered.has_value());
        QVERIFY(delivered->ok());
        QCOMPARE((*delivered)->states, 195); // the reference States, read on its own connection
        QVERIFY((*delivered)->thread != QThread::currentThread());
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(finished.count(), 1);
        QVERIFY(!reader.isReading());
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
    }

    void seesWhatTheWindowCommitted()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        QVERIFY(fund->foundation(QStringLiteral("Fondation Étoile")).isValid());
        BackgroundReader reader(fund->services());
        std::optional<int> donors;
        reader.start<int>(
            [](Core::FundServices &services, const BackgroundReader::KeepGoing &) {
                auto list = services.donors().all();
                return list ? Core::Result<int>(int(list->size())) : Core::Result<int>(list.error());
            },
            [&](Core::Result<int> result) { donors = result ? *result : -1; });
        QTRY_VERIFY(donors.has_value());
        QVERIFY(*donors >= 1);
    }

    void readsSmallAndInMemoryFundsAtOnce()
    {
        auto memory = Tests::TestFund::create();
        QVERIFY(memory);
        BackgroundReader inMemory(memory->services());
        QVERIFY(!inMemory.readsInBackground());
        QSignalSpy started(&inMemory, &BackgroundReader::started);
        bool delivered = false;
        inMemory.start<StateCount>(
            [](Core::FundServices &services, const BackgroundReader::KeepGoing &) {
                return countStates(services);
            },
            [&](Core::Result<StateCount> result) {
                QVERIFY(result.ok());
                QCOMPARE(result->thread, QThread::currentThread());
                delivered = true;
            });
        QVERIFY(delivered); // before start() returned
        QCOMPARE(started.count(), 0);

        BackgroundReader::setSynchronousLimit(32 * 1024 * 1024);
        QTemporaryDir dir;
        auto small = Tests::TestFund::createAt(dir.filePath(QStringLiteral("small.funddesk")));
        QVERIFY(small);
        QVERIFY(!BackgroundReader(small->services()).readsInBackground());
    }

    void cancelledReadNeverDelivers()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        BackgroundReader reader(fund->services());
        QSignalSpy cancelled(&reader, &BackgroundReader::cancelled);
        QSignalSpy finished(&reader, &BackgroundReader::finished);
        std::atomic<bool> began{false};
        std::atomic<bool> stopSeen{false};
        bool delivered = false;
        reader.start<int>(
            [&began, &stopSeen](Core::FundServices &, const BackgroundReader::KeepGoing &keepGoing) {
                began = true;
                while (keepGoing()) {
                    QThread::msleep(2);
                }
                stopSeen = true;
                return Core::Result<int>(Core::makeError(Core::ErrorCode::Cancelled, {}));
            },
            [&](Core::Result<int>) { delivered = true; });
        QVERIFY(reader.isReading());
        QTRY_VERIFY(began.load()); // cancel a read that runs (one still queued never starts)
        reader.cancel();
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!reader.isReading());
        QTRY_VERIFY(stopSeen.load()); // the worker was told to stop
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
        QVERIFY(!delivered);
        QCOMPARE(finished.count(), 0);
    }

    void newerReadSupersedesTheRunningOne()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        BackgroundReader reader(fund->services());
        QList<int> delivered;
        const auto read = [](int value) {
            return [value](Core::FundServices &, const BackgroundReader::KeepGoing &) {
                QThread::msleep(20);
                return Core::Result<int>(value);
            };
        };
        const auto keep = [&](Core::Result<int> result) { delivered.append(result ? *result : -1); };
        reader.start<int>(read(1), keep);
        reader.start<int>(read(2), keep);
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
        QCOMPARE(delivered, QList<int>{2});
    }

    void aFundThatCannotBeOpenedIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.funddesk"));
        auto fund = Tests::TestFund::createAt(path);
        QVERIFY(fund);
        BackgroundReader reader(fund->services());
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        std::optional<Core::Result<StateCount>> delivered;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("background read")));
        reader.start<StateCount>(
            [](Core::FundServices &services, const BackgroundReader::KeepGoing &) {
                return countStates(services);
            },
            [&](Core::Result<StateCount> result) { delivered = std::move(result); });
        QTRY_VERIFY(delivered.has_value());
        QVERIFY(!delivered->ok());
        QVERIFY(!delivered->error().message.isEmpty());
    }

    void destroyedReaderDropsItsResult()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        bool delivered = false;
        {
            BackgroundReader reader(fund->services());
            reader.start<int>(
                [](Core::FundServices &, const BackgroundReader::KeepGoing &) {
                    QThread::msleep(20);
                    return Core::Result<int>(1);
                },
                [&](Core::Result<int>) { delivered = true; });
        }
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
        QVERIFY(!delivered);
    }
};

QTEST_MAIN(TestBackgroundReader)
#include "tst_backgroundreader.moc"
