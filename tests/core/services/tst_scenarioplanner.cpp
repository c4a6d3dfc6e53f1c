#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/scenarioplanner.h"
#include "core/services/scenariostore.h"

#include <QTest>

using namespace FundDesk::Core;

class TestScenarioPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void defaultsReproduceParagraph20_data();
    void defaultsReproduceParagraph20();
    void staffComesFirstThenSeatsThenActivities();
    void badInputNeverCrashes();
    void storeSavesReplacesAndRemoves();
};

void TestScenarioPlanner::defaultsReproduceParagraph20_data()
{
    QTest::addColumn<bool>("staffCharged");
    QTest::newRow("staff charged to contributions") << true;
    QTest::newRow("staff on the regular budget") << false;
}

// ¶20: USD 2M carries 10 delegates twice a year and 1–3 activities; USD 5M carries 20
// delegates twice a year and up to 10 activities — with the posts charged either way (¶15).
void TestScenarioPlanner::defaultsReproduceParagraph20()
{
    QFETCH(bool, staffCharged);
    const QList<ScenarioInputs> scales = ScenarioPlanner::paragraph20(staffCharged);
    QCOMPARE(scales.size(), 2);
    QCOMPARE(scales[0].annualFunding, Money::usd(2'000'000'00));
    QCOMPARE(scales[1].annualFunding, Money::usd(5'000'000'00));

    const ScenarioOutcome small = ScenarioPlanner::plan(scales[0]);
    QCOMPARE(small.seats, 10 * 2);
    QVERIFY2(small.activities >= 1 && small.activities <= 3, qPrintable(QString::number(small.activities)));
    QVERIFY(small.monthsCovered >= 12);

    const ScenarioOutcome medium = ScenarioPlanner::plan(scales[1]);
    QCOMPARE(medium.seats, 20 * 2);
    QVERIFY2(medium.activities > 3 && medium.activities <= 10,
             qPrintable(QString::number(medium.activities)));
    QVERIFY(medium.monthsCovered >= 12);
    QCOMPARE(medium.staffCosts, staffCharged ? Money::usd(400'000'00) : Money::usd(0));
}

void TestScenarioPlanner::staffComesFirstThenSeatsThenActivities()
{
    ScenarioInputs inputs;
    inputs.annualFunding = Money::usd(1'000'000'00);
    inputs.staffChargedToContributions = true;
    inputs.staffCostPerYear = Money::usd(400'000'00);
    inputs.sessionsPerYear = 2;
    inputs.delegatesPerSession = 10;
    inputs.costPerDelegate = Money::usd(10'000'00);
    inputs.averageActivityCost = Money::usd(150'000'00);
    const ScenarioOutcome outcome = ScenarioPlanner::plan(inputs);
    QCOMPARE(outcome.staffCosts, Money::usd(400'000'00));
    QCOMPARE(outcome.seats, 20);
    QCOMPARE(outcome.sponsorshipCosts, Money::usd(200'000'00));
    QCOMPARE(outcome.activities, 2); // 400k left: two at 150k
    QCOMPARE(outcome.unallocated, Money::usd(100'000'00));
    QCOMPARE(outcome.monthsCovered, 13); // 1M / 900k a year = 13.3 months

    // Not enough for every seat wanted: as many seats as the money pays for, no activity.
    inputs.annualFunding = Money::usd(500'000'00);
    const ScenarioOutcome tight = ScenarioPlanner::plan(inputs);
    QCOMPARE(tight.seats, 10);
    QCOMPARE(tight.activities, 0);
}

void TestScenarioPlanner::badInputNeverCrashes()
{
    ScenarioInputs inputs;
    inputs.annualFunding = Money::usd(-5);
    inputs.sessionsPerYear = -3;
    inputs.delegatesPerSession = 1'000'000'000;
    const ScenarioOutcome outcome = ScenarioPlanner::plan(inputs);
    QCOMPARE(outcome.seats, 0);
    QCOMPARE(outcome.activities, 0);
    QCOMPARE(outcome.monthsCovered, 0);
    inputs.annualFunding = Money::usd(std::numeric_limits<qint64>::max());
    inputs.costPerDelegate = Money::usd(1);
    inputs.averageActivityCost = Money::usd(1);
    inputs.sessionsPerYear = 10'000;
    const ScenarioOutcome huge = ScenarioPlanner::plan(inputs);
    QVERIFY(huge.seats > 0);
}

void TestScenarioPlanner::storeSavesReplacesAndRemoves()
{
    auto database = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(database);
    QVERIFY(Migrator(fundDeskMigrations()).migrate(**database));
    ScenarioStore store((*database)->connection());
    QVERIFY(store.load()->isEmpty());

    ScenarioInputs scenario = ScenarioPlanner::paragraph20(true).at(0);
    scenario.name = QStringLiteral("Lean year");
    scenario.annualFunding = Money::usd(1'234'567'89);
    QVERIFY(store.save(scenario));
    QVERIFY(store.save(ScenarioPlanner::paragraph20(false).at(1)));
    QCOMPARE(store.load()->size(), 2);
    QCOMPARE(store.load()->at(0), scenario);

    scenario.sessionsPerYear = 3;
    QVERIFY(store.save(scenario));
    QCOMPARE(store.load()->size(), 2);
    QCOMPARE(store.load()->at(0).sessionsPerYear, 3);

    ScenarioInputs unnamed = scenario;
    unnamed.name = QStringLiteral("  ");
    const auto refused = store.save(unnamed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("name"));

    QVERIFY(store.remove(QStringLiteral("Lean year")));
    QCOMPARE(store.load()->size(), 1);
}

QTEST_APPLESS_MAIN(TestScenarioPlanner)
#include "tst_scenarioplanner.moc"
