#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/reports/geographicbalancereport.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

ActivityApplication application(const QString &iso3, qint64 cents, ApplicationStatus status,
                                const QStringList &coApplicants = {})
{
    ActivityApplication a;
    a.applicantIso3 = iso3;
    a.coApplicantIso3 = coApplicants;
    a.requested = {{2026, Money::usd(cents)}};
    a.status = status;
    return a;
}

const GeographicBalanceLine &line(const QList<GeographicBalanceLine> &lines, const QString &key)
{
    for (const GeographicBalanceLine &entry : lines) {
        if (entry.key == key) {
            return entry;
        }
    }
    static const GeographicBalanceLine none;
    return none;
}

} // namespace

class TestGeographicBalanceReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sumsRequestedAndRecommendedByRegionAndGroup();
    void splitsRegionalActivitiesAmongTheirStatesToTheCent();
    void equalShareIsTheTotalOverFiveRoundedHalfEven_data();
    void equalShareIsTheTotalOverFiveRoundedHalfEven();
    void tablesEndWithTheEqualShareLine();
    void emptyIsAllZero();

private:
    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
};

void TestGeographicBalanceReport::initTestCase()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());
    m_reference = ReferenceDataService::load(m_db->connection()).value();
}

void TestGeographicBalanceReport::sumsRequestedAndRecommendedByRegionAndGroup()
{
    const QList<ActivityApplication> applications{
        application(u"KEN"_s, 100'000'00, ApplicationStatus::Recommended),
        application(u"SEN"_s, 50'000'00, ApplicationStatus::UnderReview),
        application(u"FJI"_s, 80'000'00, ApplicationStatus::Completed),
        application(u"PER"_s, 70'000'00, ApplicationStatus::Rejected),
        application(u"MDA"_s, 60'000'00, ApplicationStatus::Active),
    };
    const auto balance = GeographicBalanceReport::compute(applications, m_reference);
    QVERIFY(balance.ok());
    QCOMPARE(balance->byRegion.size(), 5);
    QCOMPARE(balance->byGroup.size(), 5);
    const auto &africa = line(balance->byRegion, u"africa"_s);
    QCOMPARE(africa.requested, Money::usd(150'000'00));
    QCOMPARE(africa.recommended, Money::usd(100'000'00));
    QCOMPARE(africa.applications, 2);
    QCOMPARE(line(balance->byRegion, u"oceania"_s).recommended, Money::usd(80'000'00));
    QCOMPARE(line(balance->byRegion, u"americas"_s).requested, Money::usd(70'000'00));
    QCOMPARE(line(balance->byRegion, u"americas"_s).recommended, Money::usd(0));
    QCOMPARE(line(balance->byRegion, u"asia"_s).requested, Money::usd(0));
    QCOMPARE(line(balance->byGroup, u"asia_pacific"_s).requested, Money::usd(80'000'00));
    QCOMPARE(line(balance->byGroup, u"eastern_european"_s).recommended, Money::usd(60'000'00));
    QCOMPARE(balance->totalRequested, Money::usd(360'000'00));
    QCOMPARE(balance->totalRecommended, Money::usd(240'000'00));
    QCOMPARE(balance->regionEqualShareRequested, Money::usd(72'000'00));
    QCOMPARE(balance->regionEqualShareRecommended, Money::usd(48'000'00));
    QCOMPARE(balance->groupEqualShareRecommended, Money::usd(48'000'00));
}

void TestGeographicBalanceReport::splitsRegionalActivitiesAmongTheirStatesToTheCent()
{
    // USD 1.00 for Kenya (Africa) with Fiji and Samoa (Oceania): a third each, the odd cent by
    // the rule of Money::allocate (largest remainder, lower index first).
    const auto balance = GeographicBalanceReport::compute(
        {application(u"KEN"_s, 100, ApplicationStatus::Approved, {u"FJI"_s, u"WSM"_s})},
        m_reference);
    QVERIFY(balance.ok());
    QCOMPARE(line(balance->byRegion, u"africa"_s).requested, Money::usd(34));
    QCOMPARE(line(balance->byRegion, u"oceania"_s).requested, Money::usd(66));
    QCOMPARE(line(balance->byRegion, u"oceania"_s).recommended, Money::usd(66));
    QCOMPARE(line(balance->byRegion, u"oceania"_s).applications, 1);
    QCOMPARE(line(balance->byRegion, u"africa"_s).applications, 1);
    QCOMPARE(balance->totalRequested, Money::usd(100));
}

void TestGeographicBalanceReport::equalShareIsTheTotalOverFiveRoundedHalfEven_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("share");
    QTest::newRow("exact") << qint64(500) << qint64(100);
    QTest::newRow("down") << qint64(501) << qint64(100);
    QTest::newRow("up") << qint64(503) << qint64(101);
    QTest::newRow("small exact") << qint64(25) << qint64(5);
    QTest::newRow("12.4 down") << qint64(62) << qint64(12);
    QTest::newRow("12.6 up") << qint64(63) << qint64(13);
}

void TestGeographicBalanceReport::equalShareIsTheTotalOverFiveRoundedHalfEven()
{
    QFETCH(qint64, total);
    QFETCH(qint64, share);
    QCOMPARE(GeographicBalanceReport::equalShare(Money::usd(total), 5), Money::usd(share));
    // Halves: 5 / 2 = 2.5 → 2; 7 / 2 = 3.5 → 4.
    QCOMPARE(GeographicBalanceReport::equalShare(Money::usd(5), 2), Money::usd(2));
    QCOMPARE(GeographicBalanceReport::equalShare(Money::usd(7), 2), Money::usd(4));
}

void TestGeographicBalanceReport::tablesEndWithTheEqualShareLine()
{
    const auto balance = GeographicBalanceReport::compute(
        {application(u"KEN"_s, 100'000'00, ApplicationStatus::Recommended)}, m_reference);
    const CsvTable regions = GeographicBalanceReport::regionTable(*balance);
    QCOMPARE(regions.header.size(), 4);
    QCOMPARE(regions.rows.size(), 6);
    QCOMPARE(regions.rows[0][0].toString(), regionDisplayName(Region::Africa));
    QCOMPARE(regions.rows[0][1].toInt(), 1);
    QCOMPARE(regions.rows[0][2].toString(), u"100000.00"_s);
    QCOMPARE(regions.rows[5][2].toString(), u"20000.00"_s);
    QCOMPARE(regions.rows[5][3].toString(), u"20000.00"_s);
    const CsvTable groups = GeographicBalanceReport::groupTable(*balance);
    QCOMPARE(groups.rows.size(), 6);
    QCOMPARE(groups.rows[0][0].toString(), regionalGroupDisplayName(RegionalGroup::African));
}

void TestGeographicBalanceReport::emptyIsAllZero()
{
    const auto balance = GeographicBalanceReport::compute({}, m_reference);
    QVERIFY(balance.ok());
    QCOMPARE(balance->totalRequested, Money::usd(0));
    QCOMPARE(balance->regionEqualShareRequested, Money::usd(0));
    for (const auto &entry : balance->byRegion) {
        QCOMPARE(entry.applications, 0);
    }
}

QTEST_APPLESS_MAIN(TestGeographicBalanceReport)
#include "tst_geographicbalancereport.moc"
