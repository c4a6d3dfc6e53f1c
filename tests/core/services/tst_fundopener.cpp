// FundOpener's split open, as the window uses it: inspect() and prepareForWriting() (a worker
// thread's part) then openChecked(); cancelling leaves the file as it was.
#include "core/db/writerlock.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/fundopener.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool keepGoing(FundOpenStep, qint64, qint64)
{
    return true;
}

} // namespace

class TestFundOpener final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(u"template.funddesk"_s);
        auto database = FundOpener::open(m_template);
        QVERIFY(database.ok());
        QVERIFY(DemoFundGenerator(1).generate(**database).ok());
    }

    void init()
    {
        m_path = m_dir.filePath(u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(m_path);
        QVERIFY(QFile::copy(m_template, m_path));
    }

    void inspectReportsStepsVersionAndAnIntactChain()
    {
        QList<FundOpenStep> steps;
        qint64 lastDone = 0;
        qint64 lastTotal = 0;
        const auto inspected = FundOpener::inspect(m_path, [&](FundOpenStep step, qint64 done,
                                                               qint64 total) {
            if (steps.isEmpty() || steps.constLast() != step) {
                steps.append(step);
            }
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(inspected.ok(), qPrintable(inspected.ok() ? QString() : inspected.error().message));
        QVERIFY(inspected->exists);
        QCOMPARE(inspected->dataVersion, FundOpener::schemaVersion());
        QVERIFY(inspected->audit.intact);
        QVERIFY(inspected->audit.entries > 0);
        QCOMPARE(steps, (QList<FundOpenStep>{FundOpenStep::CheckingFile,
                                             FundOpenStep::VerifyingAuditTrail}));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal); // the walk reported its end
    }

    void inspectNamesTheFirstBrokenEntry()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TRIGGER audit_log_no_edit"_s));
            QVERIFY(query.exec(u"UPDATE audit_log SET new_values = '{}' WHERE seq = 11"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const auto inspected = FundOpener::inspect(m_path, keepGoing);
        QVERIFY(inspected.ok());
        QVERIFY(!inspected->audit.intact);
        QCOMPARE(inspected->audit.firstBrokenSeq, 11);
    }

    void cancellingInspectLeavesTheFileUntouched_data()
    {
        QTest::addColumn<int>("stopAt");
        QTest::newRow("while checking the file") << int(FundOpenStep::CheckingFile);
        QTest::newRow("while verifying the audit trail") << int(FundOpenStep::VerifyingAuditTrail);
    }

    void cancellingInspectLeavesTheFileUntouched()
    {
        QFETCH(int, stopAt);
        const QByteArray before = bytesOf(m_path);
        int calls = 0;
        const auto inspected = FundOpener::inspect(m_path, [&](FundOpenStep step, qint64, qint64) {
            // Let the step begin, then stop it from inside (the check's own polling).
            return int(step) != stopAt || ++calls < 2;
        });
        QVERIFY(!inspected.ok());
        QCOMPARE(inspected.error().code, ErrorCode::Cancelled);
        QVERIFY(!inspected.error().message.isEmpty());
        QCOMPARE(bytesOf(m_path), before);
    }

    void aMissingFileIsNotAnErrorToInspect()
    {
        const auto inspected = FundOpener::inspect(m_dir.filePath(u"absent.funddesk"_s), keepGoing);
        QVERIFY(inspected.ok());
        QVERIFY(!inspected->exists);
    }

    void prepareForWritingCreatesANewFundThenOpenCheckedUsesIt()
    {
        const QString fresh = m_dir.filePath(u"fresh.funddesk"_s);
        QVERIFY(FundOpener::prepareForWriting(fresh, keepGoing).ok());
        QVERIFY(!QFile::exists(WriterLock::lockPathFor(fresh))); // released again
        auto database = FundOpener::openChecked(fresh, Database::Mode::ReadWrite);
        QVERIFY(database.ok());
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM states"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 195);
    }

    void aWorkerThreadInspectsWhileTheCallerKeepsItsConnections()
    {
        Result<FundFileInspection> inspected = makeError(ErrorCode::Io, u"not run"_s);
        QThread *worker = QThread::create([&] { inspected = FundOpener::inspect(m_path, keepGoing); });
        worker->start();
        QVERIFY(worker->wait(60000));
        delete worker;
        QVERIFY(inspected.ok());
        QVERIFY(inspected->audit.intact);
        // The worker's connections were removed in the worker: none is left behind.
        QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestFundOpener)
#include "tst_fundopener.moc"
