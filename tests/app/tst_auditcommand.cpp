#include "app/cli/commandlinerunner.h"
#include "tests/app/support/commandlineoutcome.h"
#include "app/cli/exitcode.h"
#include "core/db/auditchain.h"
#include "core/db/database.h"
#include "core/domain/profile.h"
#include "core/services/fundopener.h"
#include "core/services/profileservice.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;
} // namespace

// `funddesk audit verify [--database PATH]`: 0 and the count when the chain is intact, 1 and the
// first broken entry when it is not, 2 for a wrong call.
class TestAuditCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void intactTrailExitsZeroWithTheCount();
    void editedTrailExitsOneNamingTheEntry();
    void deletedEntryExitsOne();
    void wrongCallsAreUsageErrors();

private:
    qint64 entries() const;
    bool tamper(const QString &sql) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestAuditCommand::init()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(
        u"fund-%1.funddesk"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    auto database = Core::FundOpener::open(m_path);
    QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error().detail));
    Core::ProfileService profiles((*database)->connection());
    QVERIFY(
        profiles.add({Core::ProfileId(), u"Amina Diallo"_s, Core::ProfileRole::FundManager}).ok());
    QVERIFY(profiles
                .add({Core::ProfileId(), u"Olga Petrova"_s,
                      Core::ProfileRole::HighRepresentativeOffice})
                .ok());
    QVERIFY(profiles.add({Core::ProfileId(), u"Carlos Ruiz"_s, Core::ProfileRole::FinanceAssistant})
                .ok());
}

qint64 TestAuditCommand::entries() const
{
    auto database = Core::FundOpener::open(m_path, Core::Database::Mode::ReadOnly);
    if (!database) {
        return -1;
    }
    QSqlQuery query((*database)->connection());
    return query.exec(u"SELECT count(*) FROM audit_log"_s) && query.next()
               ? query.value(0).toLongLong()
               : -1;
}

// As someone with the sqlite3 shell would: drop the guards, then change the trail.
bool TestAuditCommand::tamper(const QString &sql) const
{
    auto database = Core::FundOpener::open(m_path);
    if (!database) {
        return false;
    }
    QSqlQuery query((*database)->connection());
    return query.exec(u"DROP TRIGGER audit_log_no_delete"_s) &&
           query.exec(u"DROP TRIGGER audit_log_no_edit"_s) && query.exec(sql);
}

void TestAuditCommand::intactTrailExitsZeroWithTheCount()
{
    const qint64 count = entries();
    QVERIFY(count >= 3);
    const Outcome outcome = run({u"audit"_s, u"verify"_s, u"--database"_s, m_path});
    QCOMPARE(outcome.code, int(App::ExitCode::Success));
    QVERIFY2(outcome.out.startsWith(u"audit trail intact: %1 entries"_s.arg(count)),
             qPrintable(outcome.out));
}

void TestAuditCommand::editedTrailExitsOneNamingTheEntry()
{
    QVERIFY(tamper(u"UPDATE audit_log SET profile = 'Someone else' WHERE seq = 2"_s));
    const Outcome outcome = run({u"audit"_s, u"verify"_s, u"--database"_s, m_path});
    QCOMPARE(outcome.code, int(App::ExitCode::Failure));
    QVERIFY2(outcome.err.contains(u"entry 2"_s), qPrintable(outcome.err));
}

void TestAuditCommand::deletedEntryExitsOne()
{
    const qint64 count = entries();
    QVERIFY(tamper(u"DELETE FROM audit_log WHERE seq = %1"_s.arg(count)));
    const Outcome outcome = run({u"audit"_s, u"verify"_s, u"--database"_s, m_path});
    QCOMPARE(outcome.code, int(App::ExitCode::Failure));
    QVERIFY2(outcome.err.contains(u"entry %1"_s.arg(count)), qPrintable(outcome.err));
}

void TestAuditCommand::wrongCallsAreUsageErrors()
{
    QCOMPARE(run({u"audit"_s}).code, int(App::ExitCode::Usage));
    QCOMPARE(run({u"audit"_s, u"check"_s}).code, int(App::ExitCode::Usage));
    QCOMPARE(run({u"audit"_s, u"verify"_s, u"--bogus"_s}).code, int(App::ExitCode::Usage));
    const Outcome help = run({u"audit"_s, u"verify"_s, u"--help"_s});
    QCOMPARE(help.code, int(App::ExitCode::Success));
    QVERIFY(help.out.contains(u"--database"_s));
}

QTEST_APPLESS_MAIN(TestAuditCommand)
#include "tst_auditcommand.moc"
