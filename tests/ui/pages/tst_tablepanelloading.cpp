// A table whose rows are read in the background (issue 11): while the read runs the panel
// says so, with Cancel (button or Esc), and its table and buttons are disabled; after Cancel
// it offers Load again; the rows arrive without the window's thread waiting.
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/backgroundreader.h"
#include "ui/pages/tablepanel.h"
#include "ui/widgets/loadingline.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace FundDesk;
using Ui::BackgroundReader;
using Ui::LoadingLine;

class TestTablePanelLoading final : public QObject
{
    Q_OBJECT

private slots:
    void init() { BackgroundReader::setSynchronousLimit(-1); }
    void cleanup() { BackgroundReader::setSynchronousLimit(32 * 1024 * 1024); }

    void showsTheReadAndDisablesTheTableMeanwhile()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        QStandardItemModel model(0, 1);
        Ui::TablePanel panel(&model);
        panel.setTitle(QStringLiteral("Payments"));
        BackgroundReader reader(fund->services());
        panel.watch(&reader);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.loadingLine()->isVisible());

        std::atomic<bool> release{false};
        reader.start<int>(
            [&release](Core::FundServices &, const BackgroundReader::KeepGoing &keepGoing) {
                while (!release && keepGoing()) {
                    QThread::msleep(2);
                }
                return Core::Result<int>(3);
            },
            [&model](Core::Result<int> rows) {
                for (int i = 0; i < *rows; ++i) {
                    model.appendRow(new QStandardItem(QString::number(i)));
                }
            });
        QVERIFY(panel.isLoading());
        QVERIFY(panel.loadingLine()->isVisible());
        QVERIFY(!panel.view()->isEnabled());
        QVERIFY(!panel.filterEdit()->isEnabled());
        QVERIFY(!panel.addButton()->isEnabled());
        QVERIFY(panel.loadingLine()->button()->isEnabled());
        // The window's thread answers meanwhile: events are processed while the worker waits.
        QTest::qWait(30);
        QVERIFY(panel.isLoading());

        release = true;
        QTRY_VERIFY(!panel.isLoading());
        QVERIFY(!panel.loadingLine()->isVisible());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(panel.view()->isEnabled());
        QVERIFY(panel.addButton()->isEnabled());
        QVERIFY(!panel.editButton()->isEnabled()); // no current row: its own state is kept
    }

    void cancelThenLoadAgain()
    {
        QTemporaryDir dir;
        auto fund = Tests::TestFund::createAt(dir.filePath(QStringLiteral("fund.funddesk")));
        QVERIFY(fund);
        QStandardItemModel model(0, 1);
        Ui::TablePanel panel(&model);
        BackgroundReader reader(fund->services());
        panel.watch(&reader);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        bool delivered = false;
        const auto endless = [](Core::FundServices &, const BackgroundReader::KeepGoing &keepGoing) {
            while (keepGoing()) {
                QThread::msleep(2);
            }
            return Core::Result<int>(Core::makeError(Core::ErrorCode::Cancelled, {}));
        };
        reader.start<int>(endless, [&](Core::Result<int>) { delivered = true; });
        QVERIFY(panel.isLoading());
        const QString cancelText = panel.loadingLine()->button()->text();
        QTest::mouseClick(panel.loadingLine()->button(), Qt::LeftButton);
        QVERIFY(!panel.isLoading());
        QCOMPARE(panel.loadingLine()->state(), LoadingLine::State::Cancelled);
        QVERIFY(panel.loadingLine()->isVisible());
        QVERIFY(panel.view()->isEnabled()); // the rows read before stay usable
        QVERIFY(panel.loadingLine()->button()->text() != cancelText);

        QSignalSpy reload(&panel, &Ui::TablePanel::reloadRequested);
        QTest::mouseClick(panel.loadingLine()->button(), Qt::LeftButton);
        QCOMPARE(reload.count(), 1);
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
        QVERIFY(!delivered);

        // Esc cancels too.
        reader.start<int>(endless, [&](Core::Result<int>) { delivered = true; });
        QVERIFY(panel.isLoading());
        panel.loadingLine()->button()->setFocus();
        QTest::keyClick(panel.loadingLine()->button(), Qt::Key_Escape);
        QCOMPARE(panel.loadingLine()->state(), LoadingLine::State::Cancelled);
        QTRY_COMPARE(BackgroundReader::runningCount(), 0);
        QVERIFY(!delivered);
    }

    void smallFundsShowNothing()
    {
        auto fund = Tests::TestFund::create();
        QVERIFY(fund);
        QStandardItemModel model(0, 1);
        Ui::TablePanel panel(&model);
        BackgroundReader reader(fund->services());
        panel.watch(&reader);
        panel.show();
        bool delivered = false;
        reader.start<int>([](Core::FundServices &, const BackgroundReader::KeepGoing &) {
            return Core::Result<int>(1);
        }, [&](Core::Result<int>) { delivered = true; });
        QVERIFY(delivered);
        QVERIFY(!panel.isLoading());
        QVERIFY(!panel.loadingLine()->isVisible());
    }
};

QTEST_MAIN(TestTablePanelLoading)
#include "tst_tablepanelloading.moc"
