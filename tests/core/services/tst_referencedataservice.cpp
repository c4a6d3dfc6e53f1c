#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

// True when every letter of text is in that script (spaces, punctuation and the UN's
// placeholders "_" and "-" in inverted Arabic names are not letters).
bool lettersAreIn(const QString &text, QChar::Script script)
{
    bool anyLetter = false;
    for (const QChar c : text) {
        if (c.isLetter()) {
            anyLetter = true;
            if (c.script() != script) {
                return false;
            }
        }
    }
    return anyLetter;
}

qsizetype indexOfName(const QList<State> &states, Language language, const QString &name)
{
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (states.at(i).name(language) == name) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestReferenceDataService final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void membersAndObservers();
    void regionalGroupCounts();
    void priorityGroupCounts();
    void everyStateHasSixNames();
    void namesAreInTheirScripts();
    void lookups();
    void unknownCode();
    void sortsFrenchByCollation();
    void sortsEnglishByCollation();
    void sortKeepsEveryState();
    void builtFromAList();

private:
    std::unique_ptr<Database> m_db;
    ReferenceDataService m_service;
};

void TestReferenceDataService::initTestCase()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
    const auto loaded = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
    auto service = ReferenceDataService::load(m_db->connection());
    QVERIFY2(service.ok(), qPrintable(service.ok() ? QString() : service.error().detail));
    m_service = std::move(service).value();
}

void TestReferenceDataService::membersAndObservers()
{
    QCOMPARE(m_service.all().size(), 195);
    QCOMPARE(m_service.members().size(), 193);
    const QList<State> observers = m_service.observers();
    QCOMPARE(observers.size(), 2);
    QSet<QString> codes;
    for (const State &observer : observers) {
        codes.insert(observer.iso3);
    }
    QCOMPARE(codes, (QSet<QString>{u"VAT"_s, u"PSE"_s}));
}

void TestReferenceDataService::regionalGroupCounts()
{
    QHash<RegionalGroup, int> counts;
    for (const State &state : m_service.members()) {
        ++counts[state.regionalGroup];
    }
    QCOMPARE(counts.value(RegionalGroup::African), 54);
    QCOMPARE(counts.value(RegionalGroup::AsiaPacific), 54);
    QCOMPARE(counts.value(RegionalGroup::EasternEuropean), 23);
    QCOMPARE(counts.value(RegionalGroup::LatinAmericanCaribbean), 33);
    QCOMPARE(counts.value(RegionalGroup::WesternEuropeanOther), 29);
    QCOMPARE(counts.value(RegionalGroup::None), 0);

    QCOMPARE(m_service.regionalGroup(u"VAT"), RegionalGroup::None);
    QCOMPARE(m_service.regionalGroup(u"PSE"), RegionalGroup::AsiaPacific);
    QCOMPARE(m_service.regionalGroup(u"USA"), RegionalGroup::WesternEuropeanOther);
    QCOMPARE(m_service.regionalGroup(u"TUR"), RegionalGroup::WesternEuropeanOther);
    QCOMPARE(m_service.regionalGroup(u"CYP"), RegionalGroup::AsiaPacific);
}

void TestReferenceDataService::priorityGroupCounts()
{
    int ldc = 0;
    int lldc = 0;
    int sids = 0;
    for (const State &state : m_service.all()) {
        ldc += state.priority.testFlag(PriorityGroup::Ldc) ? 1 : 0;
        lldc += state.priority.testFlag(PriorityGroup::Lldc) ? 1 : 0;
        sids += state.priority.testFlag(PriorityGroup::Sids) ? 1 : 0;
    }
    QCOMPARE(ldc, 44);
    QCOMPARE(lldc, 32);
    QCOMPARE(sids, 37);

    QCOMPARE(m_service.priorityGroups(u"STP"), PriorityGroups(PriorityGroup::Sids));
    QVERIFY(m_service.priorityGroups(u"SLB").testFlag(PriorityGroup::Ldc));
    QCOMPARE(m_service.priorityGroups(u"AFG"), PriorityGroup::Ldc | PriorityGroup::Lldc);
    QCOMPARE(m_service.priorityGroups(u"FRA"), PriorityGroups());
}

void TestReferenceDataService::everyStateHasSixNames()
{
    for (const State &state : m_service.all()) {
        for (Language language : allLanguages()) {
            QVERIFY2(!state.name(language).trimmed().isEmpty(),
                     qPrintable(state.iso3 + u' ' + languageCode(language)));
        }
        QVERIFY(!state.subregion.isEmpty());
        QCOMPARE(state.iso3.size(), 3);
        QCOMPARE(state.m49.size(), 3);
    }
}

void TestReferenceDataService::namesAreInTheirScripts()
{
    for (const State &state : m_service.all()) {
        QVERIFY2(lettersAreIn(state.name(Language::Arabic), QChar::Script_Arabic),
                 qPrintable(state.iso3));
        QVERIFY2(lettersAreIn(state.name(Language::Chinese), QChar::Script_Han),
                 qPrintable(state.iso3));
        QVERIFY2(lettersAreIn(state.name(Language::Russian), QChar::Script_Cyrillic),
                 qPrintable(state.iso3));
        QVERIFY2(lettersAreIn(state.name(Language::French), QChar::Script_Latin),
                 qPrintable(state.iso3));
    }
}

void TestReferenceDataService::lookups()
{
    QCOMPARE(m_service.name(u"FRA", Language::French), u"France"_s);
    QCOMPARE(m_service.name(u"CHN", Language::Chinese), u"中国"_s);
    QCOMPARE(m_service.name(u"CIV", Language::English), u"Côte d’Ivoire"_s);
    QCOMPARE(m_service.name(u"DEU", Language::Spanish), u"Alemania"_s);
    QCOMPARE(m_service.region(u"BRA"), Region::Americas);
    QCOMPARE(m_service.region(u"FJI"), Region::Oceania);
    QVERIFY(m_service.contains(u"PSE"));

    const auto palestine = m_service.state(u"PSE");
    QVERIFY(palestine.has_value());
    QVERIFY(!palestine->member);
    QCOMPARE(palestine->m49, u"275"_s);
    QCOMPARE(palestine->region, Region::Asia);
    QCOMPARE(palestine->subregion, u"Western Asia"_s);
}

void TestReferenceDataService::unknownCode()
{
    QVERIFY(!m_service.state(u"XXX").has_value());
    QVERIFY(!m_service.state(u"fra").has_value());
    QVERIFY(!m_service.contains(QStringView()));
    QCOMPARE(m_service.name(u"XXX", Language::English), QString());
    QCOMPARE(m_service.region(u"XXX"), std::nullopt);
    QCOMPARE(m_service.regionalGroup(u"XXX"), std::nullopt);
    QCOMPARE(m_service.priorityGroups(u"XXX"), PriorityGroups());
}

void TestReferenceDataService::sortsFrenchByCollation()
{
    const QList<State> sorted = ReferenceDataService::sortedByName(Language::French,
                                                                   m_service.members());
    // Accents count only to break ties: "Égypte" is among the E's, not after "Zimbabwe".
    const QStringList expectedOrder{
        u"Djibouti"_s, u"Égypte"_s,  u"El Salvador"_s, u"Émirats arabes unis"_s,
        u"Équateur"_s, u"Érythrée"_s, u"Espagne"_s,    u"États-Unis d’Amérique"_s,
        u"Éthiopie"_s, u"Fidji"_s,
    };
    qsizetype previous = -1;
    for (const QString &name : expectedOrder) {
        const qsizetype index = indexOfName(sorted, Language::French, name);
        QVERIFY2(index >= 0, qPrintable(name));
        QVERIFY2(index > previous, qPrintable(name));
        previous = index;
    }
    QCOMPARE(sorted.constFirst().name(Language::French), u"Afghanistan"_s);
    QCOMPARE(sorted.constLast().name(Language::French), u"Zimbabwe"_s);
}

void TestReferenceDataService::sortsEnglishByCollation()
{
    const QList<State> sorted = ReferenceDataService::sortedByName(Language::English,
                                                                   m_service.all());
    const qsizetype costaRica = indexOfName(sorted, Language::English, u"Costa Rica"_s);
    const qsizetype ivoire = indexOfName(sorted, Language::English, u"Côte d’Ivoire"_s);
    const qsizetype croatia = indexOfName(sorted, Language::English, u"Croatia"_s);
    QVERIFY(costaRica >= 0 && ivoire >= 0 && croatia >= 0);
    QVERIFY(costaRica < ivoire);
    QVERIFY(ivoire < croatia);
    // Observers are sorted in among the members.
    const qsizetype haiti = indexOfName(sorted, Language::English, u"Haiti"_s);
    const qsizetype holySee = indexOfName(sorted, Language::English, u"Holy See"_s);
    const qsizetype honduras = indexOfName(sorted, Language::English, u"Honduras"_s);
    QVERIFY(haiti >= 0 && holySee >= 0 && honduras >= 0);
    QVERIFY(haiti < holySee);
    QVERIFY(holySee < honduras);
}

void TestReferenceDataService::sortKeepsEveryState()
{
    for (Language language : allLanguages()) {
        const QList<State> sorted = ReferenceDataService::sortedByName(language, m_service.all());
        QCOMPARE(sorted.size(), m_service.all().size());
        QSet<QString> codes;
        for (const State &state : sorted) {
            codes.insert(state.iso3);
        }
        QCOMPARE(codes.size(), sorted.size());
    }
    QVERIFY(ReferenceDataService::sortedByName(Language::Arabic, {}).isEmpty());
}

void TestReferenceDataService::builtFromAList()
{
    State b;
    b.iso3 = u"BBB"_s;
    State a;
    a.iso3 = u"AAA"_s;
    a.member = false;
    const ReferenceDataService service({b, a});
    QCOMPARE(service.all().size(), 2);
    QCOMPARE(service.all().constFirst().iso3, u"AAA"_s);
    QVERIFY(service.contains(u"BBB"));
    QCOMPARE(service.members().size(), 1);
    QCOMPARE(service.observers().constFirst().iso3, u"AAA"_s);
}

QTEST_APPLESS_MAIN(TestReferenceDataService)
#include "tst_referencedataservice.moc"
