#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/repositories/staterepository.h"
#include "core/services/referencedataloader.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestReferenceDataLoader final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resourcesAreLinkedIn();
    void loadsOnceThenNothing();
    void failureMidwayLeavesNothing();
    void doesNotTouchAFilledTable();

private:
    int storedCount() const;

    std::unique_ptr<Database> m_db;
};

void TestReferenceDataLoader::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
}

void TestReferenceDataLoader::cleanup()
{
    m_db.reset();
}

int TestReferenceDataLoader::storedCount() const
{
    const auto count = StateRepository(m_db->connection()).count();
    return count.ok() ? *count : -1;
}

void TestReferenceDataLoader::resourcesAreLinkedIn()
{
    // qt_add_resources on the static funddesk_core links its object library into every
    // executable, so no Q_INIT_RESOURCE is needed; this fails if that ever changes.
    QVERIFY(QFile::exists(ReferenceDataLoader::memberStatesResource()));
    QVERIFY(QFile::exists(ReferenceDataLoader::observerStatesResource()));
}

void TestReferenceDataLoader::loadsOnceThenNothing()
{
    const auto first = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().detail));
    QCOMPARE(*first, 195);
    QCOMPARE(storedCount(), 195);

    const auto second = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY(second.ok());
    QCOMPARE(*second, 0);
    QCOMPARE(storedCount(), 195);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM states WHERE member = 0"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestReferenceDataLoader::failureMidwayLeavesNothing()
{
    // Refuse the 100th insert, as a full disk or a damaged file would.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"CREATE TRIGGER fail_at_100 BEFORE INSERT ON states "
                       "WHEN (SELECT count(*) FROM states) >= 99 "
                       "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));

    const auto failed = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::Storage);
    QVERIFY2(failed.error().detail.contains(u"simulated failure"_s),
             qPrintable(failed.error().detail));
    QCOMPARE(storedCount(), 0);

    // The transaction was rolled back and closed: once the cause is gone, loading works.
    QVERIFY(query.exec(u"DROP TRIGGER fail_at_100"_s));
    const auto retried = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().detail));
    QCOMPARE(*retried, 195);
    QCOMPARE(storedCount(), 195);
}

void TestReferenceDataLoader::doesNotTouchAFilledTable()
{
    // A table with rows is left alone, even with fewer rows than the reference data.
    State state;
    state.iso3 = u"FRA"_s;
    state.m49 = u"250"_s;
    for (Language language : allLanguages()) {
        state.setName(language, u"France"_s);
    }
    state.region = Region::Europe;
    state.subregion = u"Western Europe"_s;
    state.regionalGroup = RegionalGroup::WesternEuropeanOther;
    QVERIFY(StateRepository(m_db->connection()).insert(state).ok());

    const auto loaded = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, 0);
    QCOMPARE(storedCount(), 1);
}

QTEST_APPLESS_MAIN(TestReferenceDataLoader)
#include "tst_referencedataloader.moc"
