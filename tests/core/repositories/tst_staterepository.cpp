#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/repositories/staterepository.h"

#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

State makeState(const QString &iso3, const QString &m49, const QString &englishName)
{
    State state;
    state.iso3 = iso3;
    state.m49 = m49;
    for (Language language : allLanguages()) {
        state.setName(language, englishName + u' ' + languageCode(language));
    }
    state.setName(Language::English, englishName);
    state.region = Region::Asia;
    state.subregion = u"Southern Asia"_s;
    state.regionalGroup = RegionalGroup::AsiaPacific;
    state.priority = PriorityGroup::Ldc | PriorityGroup::Lldc;
    state.member = true;
    return state;
}

} // namespace

class TestStateRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyTable();
    void insertAndFind();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void allIsOrderedByIso3();
    void duplicateIso3IsAConflict();
    void duplicateM49IsAConflict();
    void refusedByTheSchema();
    void unknownStoredKeyIsCorrupt();

private:
    std::unique_ptr<Database> m_db;
};

void TestStateRepository::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
}

void TestStateRepository::cleanup()
{
    m_db.reset();
}

void TestStateRepository::emptyTable()
{
    StateRepository repository(m_db->connection());
    const auto count = repository.count();
    QVERIFY(count.ok());
    QCOMPARE(*count, 0);
    const auto all = repository.all();
    QVERIFY(all.ok());
    QVERIFY(all->isEmpty());
    const auto missing = repository.find(u"FRA");
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
}

void TestStateRepository::insertAndFind()
{
    StateRepository repository(m_db->connection());
    const State nepal = makeState(u"NPL"_s, u"524"_s, u"Nepal"_s);
    const auto inserted = repository.insert(nepal);
    QVERIFY2(inserted.ok(), qPrintable(inserted.ok() ? QString() : inserted.error().detail));
    QCOMPARE(*repository.count(), 1);

    const auto found = repository.find(u"NPL");
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(**found, nepal);
    QVERIFY(!repository.find(u"npl")->has_value());
}

void TestStateRepository::roundTripsEveryField_data()
{
    QTest::addColumn<Region>("region");
    QTest::addColumn<RegionalGroup>("group");
    QTest::addColumn<int>("priority");
    QTest::addColumn<bool>("member");

    QTest::newRow("Holy See") << Region::Europe << RegionalGroup::None << 0 << false;
    QTest::newRow("Africa LDC") << Region::Africa << RegionalGroup::African
                                << int(PriorityGroup::Ldc) << true;
    QTest::newRow("Americas SIDS") << Region::Americas << RegionalGroup::LatinAmericanCaribbean
                                   << int(PriorityGroup::Sids) << true;
    QTest::newRow("Oceania all three") << Region::Oceania << RegionalGroup::AsiaPacific
                                       << int(PriorityGroup::Ldc | PriorityGroup::Lldc |
                                              PriorityGroup::Sids)
                                       << true;
    QTest::newRow("Europe EEG") << Region::Europe << RegionalGroup::EasternEuropean << 0 << true;
    QTest::newRow("Europe WEOG") << Region::Europe << RegionalGroup::WesternEuropeanOther << 0
                                 << true;
}

void TestStateRepository::roundTripsEveryField()
{
    QFETCH(Region, region);
    QFETCH(RegionalGroup, group);
    QFETCH(int, priority);
    QFETCH(bool, member);

    State state = makeState(u"XYZ"_s, u"999"_s, u"Somewhere"_s);
    state.setName(Language::Arabic, u"الكرسي الرسولي"_s);
    state.setName(Language::Chinese, u"教廷"_s);
    state.setName(Language::French, u"Côte d’Ivoire, \"quoted\""_s);
    state.region = region;
    state.regionalGroup = group;
    state.priority = PriorityGroups::fromInt(priority);
    state.member = member;

    StateRepository repository(m_db->connection());
    QVERIFY(repository.insert(state).ok());
    const auto found = repository.find(u"XYZ");
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, state);
}

void TestStateRepository::allIsOrderedByIso3()
{
    StateRepository repository(m_db->connection());
    QVERIFY(repository.insert(makeState(u"ZWE"_s, u"716"_s, u"Zimbabwe"_s)).ok());
    QVERIFY(repository.insert(makeState(u"AFG"_s, u"004"_s, u"Afghanistan"_s)).ok());
    QVERIFY(repository.insert(makeState(u"MLI"_s, u"466"_s, u"Mali"_s)).ok());

    const auto all = repository.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).iso3, u"AFG"_s);
    QCOMPARE(all->at(1).iso3, u"MLI"_s);
    QCOMPARE(all->at(2).iso3, u"ZWE"_s);
    QCOMPARE(all->at(2).name(Language::English), u"Zimbabwe"_s);
}

void TestStateRepository::duplicateIso3IsAConflict()
{
    StateRepository repository(m_db->connection());
    QVERIFY(repository.insert(makeState(u"FRA"_s, u"250"_s, u"France"_s)).ok());
    const auto again = repository.insert(makeState(u"FRA"_s, u"251"_s, u"France bis"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(again.error().message.contains(u"FRA"_s));
    QCOMPARE(*repository.count(), 1);
    QCOMPARE(repository.find(u"FRA")->value().name(Language::English), u"France"_s);
}

void TestStateRepository::duplicateM49IsAConflict()
{
    StateRepository repository(m_db->connection());
    QVERIFY(repository.insert(makeState(u"FRA"_s, u"250"_s, u"France"_s)).ok());
    const auto again = repository.insert(makeState(u"FRX"_s, u"250"_s, u"France bis"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(*repository.count(), 1);
}

void TestStateRepository::refusedByTheSchema()
{
    // The CHECK constraints are the last line of defence; their refusal is an Error too.
    StateRepository repository(m_db->connection());
    State nameless = makeState(u"ABC"_s, u"123"_s, u"Nameless"_s);
    nameless.setName(Language::Russian, QString());
    const auto refused = repository.insert(nameless);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(*repository.count(), 0);
}

void TestStateRepository::unknownStoredKeyIsCorrupt()
{
    StateRepository repository(m_db->connection());
    QVERIFY(repository.insert(makeState(u"NPL"_s, u"524"_s, u"Nepal"_s)).ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE states SET region = 'Atlantis'"_s));

    const auto all = repository.all();
    QVERIFY(!all.ok());
    QCOMPARE(all.error().code, ErrorCode::Corrupt);
    QCOMPARE(all.error().field, u"region"_s);
    QVERIFY(!repository.find(u"NPL").ok());
}

QTEST_APPLESS_MAIN(TestStateRepository)
#include "tst_staterepository.moc"
