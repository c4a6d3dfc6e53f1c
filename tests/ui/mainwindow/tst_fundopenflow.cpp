// FundOpenFlow drives the real window: the progress banner, the worker thread, the questions
// asked with real message boxes (answered here as a person would, by clicking their buttons).
#include "core/db/auditchain.h"
#include "core/db/writerlock.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"
#include "ui/mainwindow/fundopenflow.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/reliability/tmpfsmount.h"
#include "ui/widgets/openprogresspanel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include <unistd.h>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Answers the next modal message box the flow opens: `answer` gets it and clicks a button.
// The text seen is kept for the test to check.
class BoxAnswerer final : public QObject
{
public:
    explicit BoxAnswerer(std::function<void(QMessageBox *)> answer) : m_answer(std::move(answer))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box == nullptr || !box->isVisible()) {
                return;
            }
            m_timer.stop();
            seenText = box->text();
            seenButtons.clear();
            for (QAbstractButton *button : box->buttons()) {
                seenButtons << button->text();
            }
            ++boxes;
            m_answer(box);
        });
        m_timer.start(20);
    }
    QString seenText;
    QStringList seenButtons;
    int boxes = 0;

private:
    std::function<void(QMessageBox *)> m_answer;
    QTimer m_timer;
};

void clickReadOnly(QMessageBox *box)
{
    auto *button = box->findChild<QPushButton *>(u"openReadOnlyButton"_s);
    QVERIFY(button != nullptr);
    QCOMPARE(button->accessibleName(), u"Open the fund read-only"_s);
    QTest::mouseClick(button, Qt::LeftButton);
}

void clickCancel(QMessageBox *box)
{
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
}

void clickOk(QMessageBox *box)
{
    QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
}

} // namespace

class TestFundOpenFlow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void opensAFundWithProgressShownMeanwhile();
    void aNewFileIsCreated();
    void cancelLeavesTheFileUntouchedAndNoFundOpen();
    void aBrokenAuditChainNamesTheEntryAndOffersReadOnly();
    void keepingReadWriteAfterABrokenChainStillOpens();
    void aFileLockedByAnotherFundDeskNamesItAndOffersReadOnly();
    void aWriteProtectedFileOffersReadOnly_data();
    void aWriteProtectedFileOffersReadOnly();
    void aDamagedFileIsRefusedUntouched();

private:
    bool openAndWait(const QString &path);
    void breakAuditChainAt(qint64 seq);

    QTemporaryDir m_dir;
    QString m_template; // a demo fund, made once, copied for each test
    QString m_path;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::FundOpenFlow *m_flow = nullptr;
};

void TestFundOpenFlow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.funddesk"_s);
    auto database = Core::FundOpener::open(m_template);
    QVERIFY(database.ok());
    QVERIFY(Core::DemoFundGenerator(1).generate(**database).ok());
}

void TestFundOpenFlow::init()
{
    m_path = m_dir.filePath(u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_path);
    QVERIFY(QFile::copy(m_template, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->show();
    m_flow = new Ui::FundOpenFlow(m_window.get());
}

bool TestFundOpenFlow::openAndWait(const QString &path)
{
    QSignalSpy finished(m_flow, &Ui::FundOpenFlow::finished);
    m_flow->start(path);
    if (finished.isEmpty() && !finished.wait(30000)) {
        return false;
    }
    return finished.constFirst().constFirst().toBool();
}

// Changes one entry behind the chain's back, as someone with the sqlite3 tool could.
void TestFundOpenFlow::breakAuditChainAt(qint64 seq)
{
    const QString name = u"tamper"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_edit"_s));
        QVERIFY(query.exec(u"UPDATE audit_log SET new_values = json_set(COALESCE(new_values, "
                           "'{}'), '$.tampered', 1) WHERE seq = %1"_s.arg(seq)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestFundOpenFlow::opensAFundWithProgressShownMeanwhile()
{
    QSignalSpy finished(m_flow, &Ui::FundOpenFlow::finished);
    m_flow->start(m_path);
    // start() returns at once: the banner is up while the worker checks.
    Ui::OpenProgressPanel *panel = m_window->openProgress();
    QVERIFY(m_flow->isRunning());
    QVERIFY(panel->isVisible());
    QVERIFY(panel->cancelButton()->isEnabled());
    QCOMPARE(panel->cancelButton()->accessibleName(), u"Cancel opening the fund"_s);
    QVERIFY(panel->findChild<QLabel *>(u"openProgressTitle"_s)->text().contains(
        u"fund-opensAFundWithProgressShownMeanwhile.funddesk"_s));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(!panel->isVisible());
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QVERIFY(!database->isReadOnly());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_log"_s) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

void TestFundOpenFlow::aNewFileIsCreated()
{
    const QString fresh = m_dir.filePath(u"new/fresh.funddesk"_s);
    QVERIFY(openAndWait(fresh));
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM states"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 195); // the reference States were loaded
}

void TestFundOpenFlow::cancelLeavesTheFileUntouchedAndNoFundOpen()
{
    const QByteArray before = bytesOf(m_path);
    QSignalSpy finished(m_flow, &Ui::FundOpenFlow::finished);
    m_flow->start(m_path);
    Ui::OpenProgressPanel *panel = m_window->openProgress();
    QVERIFY(panel->isVisible());
    QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!m_flow->isRunning());
    QVERIFY(!panel->isVisible());
    QVERIFY(m_flow->takeDatabase() == nullptr);
    QVERIFY(m_window->databasePath().isEmpty()); // still the no-fund window
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"cancelled"_s),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(bytesOf(m_path), before);
    QVERIFY(!QFile::exists(Core::WriterLock::lockPathFor(m_path))); // the lock was let go
    QTest::qWait(50); // a late worker report must not show the banner again
    QVERIFY(!panel->isVisible());
    QCOMPARE(finished.size(), 1);
}

void TestFundOpenFlow::aBrokenAuditChainNamesTheEntryAndOffersReadOnly()
{
    breakAuditChainAt(7);
    BoxAnswerer answerer(clickReadOnly);
    QVERIFY(openAndWait(m_path));
    QCOMPARE(answerer.boxes, 1);
    QVERIFY2(answerer.seenText.contains(u"first at entry 7"_s), qPrintable(answerer.seenText));
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QVERIFY(database->isReadOnly());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM donors"_s));
    QVERIFY(!query.exec(u"DELETE FROM settings"_s)); // writes are refused
    // Read-only takes no writer lock: another FundDesk could still be repairing the file.
    QVERIFY(!QFile::exists(Core::WriterLock::lockPathFor(m_path)));
}

void TestFundOpenFlow::keepingReadWriteAfterABrokenChainStillOpens()
{
    breakAuditChainAt(3);
    BoxAnswerer answerer(clickCancel);
    QVERIFY(openAndWait(m_path));
    QCOMPARE(answerer.boxes, 1);
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QVERIFY(!database->isReadOnly());
}

void TestFundOpenFlow::aFileLockedByAnotherFundDeskNamesItAndOffersReadOnly()
{
    // Another process holds the lock: a child whose name matches the lock's application.
    QProcess holder;
    holder.start(u"sleep"_s, {u"30"_s});
    QVERIFY(holder.waitForStarted());
    {
        QFile lock(Core::WriterLock::lockPathFor(m_path));
        QVERIFY(lock.open(QIODevice::WriteOnly | QIODevice::Truncate));
        lock.write(QByteArray::number(holder.processId()) + "\n/usr/bin/sleep\n"
                   + QSysInfo::machineHostName().toUtf8() + '\n');
    }
    {
        // Declined: nothing opens, and no second box repeats the message.
        BoxAnswerer answerer(clickCancel);
        QSignalSpy finished(m_flow, &Ui::FundOpenFlow::finished);
        m_flow->start(m_path);
        QVERIFY(!finished.isEmpty() || finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(answerer.boxes, 1);
        QVERIFY2(answerer.seenText.contains(QString::number(holder.processId())),
                 qPrintable(answerer.seenText));
        QVERIFY(!m_window->openProgress()->isVisible());
    }
    BoxAnswerer answerer(clickReadOnly);
    QVERIFY(openAndWait(m_path));
    QVERIFY2(answerer.seenText.contains(QSysInfo::machineHostName()), qPrintable(answerer.seenText));
    QVERIFY(answerer.seenButtons.contains(u"Open &read-only"_s));
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QVERIFY(database->isReadOnly());
    holder.kill();
    holder.waitForFinished();
}

void TestFundOpenFlow::aWriteProtectedFileOffersReadOnly_data()
{
    QTest::addColumn<bool>("onReadOnlyDisk");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only disk") << true;
}

void TestFundOpenFlow::aWriteProtectedFileOffersReadOnly()
{
    QFETCH(bool, onReadOnlyDisk);
    std::unique_ptr<Test::TmpfsMount> mount;
    QString path = m_path;
    if (onReadOnlyDisk) {
        mount = std::make_unique<Test::TmpfsMount>(m_dir.filePath(u"disk"_s), u"16m"_s);
        if (!mount->isMounted()) {
            QSKIP(qPrintable(u"a tmpfs cannot be mounted here: "_s + mount->error()));
        }
        path = m_dir.filePath(u"disk/fund.funddesk"_s);
        QVERIFY(QFile::copy(m_template, path));
        QVERIFY2(mount->remountReadOnly(), qPrintable(mount->error()));
    } else {
        if (::geteuid() == 0) {
            QSKIP("root may write any file whatever its mode; the read-only disk row covers it");
        }
        QFile::setPermissions(path, QFile::ReadOwner);
    }
    BoxAnswerer answerer(clickReadOnly);
    QVERIFY(openAndWait(path));
    QCOMPARE(answerer.boxes, 1);
    QVERIFY2(answerer.seenText.contains(u"is read-only"_s), qPrintable(answerer.seenText));
    auto database = m_flow->takeDatabase();
    QVERIFY(database != nullptr);
    QVERIFY(database->isReadOnly());
    QSqlQuery query(database->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM donors"_s) && query.next());
    QVERIFY(query.value(0).toInt() > 0);
}

void TestFundOpenFlow::aDamagedFileIsRefusedUntouched()
{
    QByteArray bytes = bytesOf(m_path);
    QVERIFY(bytes.size() > 64 * 1024);
    for (qsizetype i = 8192 + 100; i < bytes.size() - 100; i += 7) {
        bytes[i] = char(0xA5);
    }
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    BoxAnswerer answerer(clickOk);
    QVERIFY(!openAndWait(m_path));
    QCOMPARE(answerer.boxes, 1);
    QVERIFY2(answerer.seenText.contains(u"damaged"_s) || answerer.seenText.contains(u"not a FundDesk"_s),
             qPrintable(answerer.seenText));
    QVERIFY(m_flow->takeDatabase() == nullptr);
    QCOMPARE(bytesOf(m_path), bytes);
}

QTEST_MAIN(TestFundOpenFlow)
#include "tst_fundopenflow.moc"
