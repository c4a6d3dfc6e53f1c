#include "core/db/database.h"
#include "core/db/writerlock.h"
#include "core/services/fundopener.h"

#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

// One writer per fund file: another FundDesk's live lock refuses a read-write open, naming the
// holder; a dead holder's lock is taken over; read-only opens and a second open in the same
// process are allowed.
class TestWriterLock final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QVERIFY(Core::FundOpener::open(m_path).ok()); // created, lock released again
        QVERIFY(!QFile::exists(Core::WriterLock::lockPathFor(m_path)));
    }

    void aLiveHolderRefusesWritersAndIsNamed()
    {
        // Another process holds the lock: a child whose name matches the lock's application.
        QProcess holder;
        holder.start(u"sleep"_s, {u"30"_s});
        QVERIFY(holder.waitForStarted());
        writeLockFile(holder.processId(), u"/usr/bin/sleep"_s, QSysInfo::machineHostName());

        const auto refused = Core::FundOpener::open(m_path);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Core::ErrorCode::Conflict);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QString::number(holder.processId())), qPrintable(message));
        QVERIFY2(message.contains(QSysInfo::machineHostName()), qPrintable(message));
        QVERIFY2(message.contains(u"since"_s), qPrintable(message));
        QVERIFY2(message.contains(u"read-only"_s), qPrintable(message));

        // Reading stays allowed while someone else writes.
        QVERIFY(Core::FundOpener::open(m_path, Core::Database::Mode::ReadOnly).ok());

        holder.kill();
        holder.waitForFinished();
        // The holder is gone: its lock is stale and taken over.
        QVERIFY(Core::FundOpener::open(m_path).ok());
    }

    void aDeadHoldersLockIsTakenOver()
    {
        QProcess gone;
        gone.start(u"true"_s, QStringList());
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        writeLockFile(pid, u"/usr/bin/funddesk"_s, QSysInfo::machineHostName());
        const auto opened = Core::FundOpener::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }

    void anUnreadableOldLockIsTakenOver()
    {
        // A FundDesk killed while writing its lock file leaves it empty.
        QFile file(Core::WriterLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        QVERIFY(!Core::FundOpener::open(m_path).ok()); // too fresh to judge
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-60),
                                 QFileDevice::FileModificationTime));
        file.close();
        const auto opened = Core::FundOpener::open(m_path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    }

    void theSameProcessSharesItsLock()
    {
        auto first = Core::FundOpener::open(m_path);
        QVERIFY(first.ok());
        QVERIFY(QFile::exists(Core::WriterLock::lockPathFor(m_path)));
        {
            auto second = Core::FundOpener::open(m_path);
            QVERIFY(second.ok());
        }
        QVERIFY(QFile::exists(Core::WriterLock::lockPathFor(m_path))); // first still holds it
        first->reset();
        QVERIFY(!QFile::exists(Core::WriterLock::lockPathFor(m_path)));
    }

    void describeNamesUserHostProcessAndTime()
    {
        const Core::WriterLock::Holder holder{
            u"amina"_s, u"fund-laptop"_s, 4242,
            QDateTime(QDate(2026, 11, 25), QTime(14, 3), Qt::UTC)};
        QCOMPARE(Core::WriterLock::describe(holder),
                 u"amina on fund-laptop, process 4242, since 2026-11-25 14:03 UTC"_s);
    }

private:
    // QLockFile's format: pid, application path, host name.
    void writeLockFile(qint64 pid, const QString &application, const QString &host)
    {
        QFile file(Core::WriterLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QString::number(pid).toUtf8() + '\n' + application.toUtf8() + '\n' +
                   host.toUtf8() + '\n');
    }

    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestWriterLock)
#include "tst_writerlock.moc"
