#include "core/domain/regions.h"

#include <QSet>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestRegions final : public QObject
{
    Q_OBJECT

private slots:
    void regionsRoundTrip();
    void regionCsvNames();
    void regionalGroupsRoundTrip();
    void regionalGroupCsvNames();
    void priorityGroupNames();
    void flagsCombine();
};

void TestRegions::regionsRoundTrip()
{
    const QList<Region> regions = allRegions();
    QCOMPARE(regions.size(), 5);
    QSet<QString> keys;
    for (Region region : regions) {
        const QString key = regionKey(region);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QCOMPARE(regionFromKey(key), std::optional<Region>(region));
        QVERIFY(!regionDisplayName(region).isEmpty());
    }
    QCOMPARE(keys.size(), regions.size());
    QCOMPARE(regionFromKey(u"Atlantis"_s), std::nullopt);
}

void TestRegions::regionCsvNames()
{
    QCOMPARE(regionFromName(u"Africa"_s), Region::Africa);
    QCOMPARE(regionFromName(u"Americas"_s), Region::Americas);
    QCOMPARE(regionFromName(u"Asia"_s), Region::Asia);
    QCOMPARE(regionFromName(u"Europe"_s), Region::Europe);
    QCOMPARE(regionFromName(u"Oceania"_s), Region::Oceania);
    QCOMPARE(regionFromName(u"europe"_s), std::nullopt);
    QCOMPARE(regionFromName(QString()), std::nullopt);
}

void TestRegions::regionalGroupsRoundTrip()
{
    const QList<RegionalGroup> groups = allRegionalGroups();
    QCOMPARE(groups.size(), 5);
    QVERIFY(!groups.contains(RegionalGroup::None));
    QSet<QString> keys;
    for (RegionalGroup group : groups) {
        const QString key = regionalGroupKey(group);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QCOMPARE(regionalGroupFromKey(key), std::optional<RegionalGroup>(group));
    }
    QCOMPARE(keys.size(), groups.size());
    QCOMPARE(regionalGroupKey(RegionalGroup::None), QString());
    QCOMPARE(regionalGroupFromKey(QString()), RegionalGroup::None);
    QCOMPARE(regionalGroupFromKey(u"nordic"_s), std::nullopt);
}

void TestRegions::regionalGroupCsvNames()
{
    QCOMPARE(regionalGroupFromName(u"African States"_s), RegionalGroup::African);
    QCOMPARE(regionalGroupFromName(u"Asia-Pacific States"_s), RegionalGroup::AsiaPacific);
    QCOMPARE(regionalGroupFromName(u"Eastern European States"_s), RegionalGroup::EasternEuropean);
    QCOMPARE(regionalGroupFromName(u"Latin American and Caribbean States"_s),
             RegionalGroup::LatinAmericanCaribbean);
    QCOMPARE(regionalGroupFromName(u"Western European and other States"_s),
             RegionalGroup::WesternEuropeanOther);
    QCOMPARE(regionalGroupFromName(QString()), RegionalGroup::None);
    QCOMPARE(regionalGroupFromName(u"WEOG"_s), std::nullopt);
    // Untranslated, the display names are the UN wording.
    QCOMPARE(regionalGroupDisplayName(RegionalGroup::WesternEuropeanOther),
             u"Western European and other States"_s);
}

void TestRegions::priorityGroupNames()
{
    QCOMPARE(allPriorityGroups().size(), 3);
    QCOMPARE(priorityGroupDisplayName(PriorityGroup::Ldc), u"Least Developed Countries"_s);
    QCOMPARE(priorityGroupDisplayName(PriorityGroup::Lldc), u"Landlocked Developing Countries"_s);
    QCOMPARE(priorityGroupDisplayName(PriorityGroup::Sids), u"Small Island Developing States"_s);
    QCOMPARE(priorityGroupShortName(PriorityGroup::Ldc), u"LDC"_s);
    QCOMPARE(priorityGroupShortName(PriorityGroup::Lldc), u"LLDC"_s);
    QCOMPARE(priorityGroupShortName(PriorityGroup::Sids), u"SIDS"_s);
}

void TestRegions::flagsCombine()
{
    const PriorityGroups both = PriorityGroup::Ldc | PriorityGroup::Lldc;
    QVERIFY(both.testFlag(PriorityGroup::Ldc));
    QVERIFY(both.testFlag(PriorityGroup::Lldc));
    QVERIFY(!both.testFlag(PriorityGroup::Sids));
    QVERIFY(!PriorityGroups().testAnyFlags(both));
}

QTEST_APPLESS_MAIN(TestRegions)
#include "tst_regions.moc"
