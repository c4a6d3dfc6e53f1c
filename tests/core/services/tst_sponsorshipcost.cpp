#include "core/services/meetingservice.h"
#include "core/services/sponsorshipcost.h"
#include "core/services/sponsorshipservice.h"
#include "sponsorshipfixture.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestSponsorshipCost final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = SponsorshipFixture::freshFund();
        QVERIFY(m_db);
        auto reference = ReferenceDataService::load(m_db->connection());
        QVERIFY(reference.ok());
        m_reference = std::move(reference).value();
        auto id = MeetingService(m_db->connection()).add(SponsorshipFixture::newYork());
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        m_meeting = *id;
    }
    void cleanup() { m_db.reset(); }

    void estimateIsAirfarePlusDsaPlusTerminal_data()
    {
        QTest::addColumn<Region>("region");
        QTest::addColumn<qint64>("cents");
        // 421 × 6 = 2,526 of DSA and 230 of terminal expenses on top of each airfare.
        QTest::newRow("Africa") << Region::Africa << qint64(5'656'00);
        QTest::newRow("Americas") << Region::Americas << qint64(3'856'00);
        QTest::newRow("Asia") << Region::Asia << qint64(5'856'00);
        QTest::newRow("Europe") << Region::Europe << qint64(4'256'00);
        QTest::newRow("Oceania") << Region::Oceania << qint64(6'556'00);
    }
    void estimateIsAirfarePlusDsaPlusTerminal()
    {
        QFETCH(Region, region);
        QFETCH(qint64, cents);
        QCOMPARE(SponsorshipCost::estimate(SponsorshipFixture::newYork().norms, region).value(),
                 Money::usd(cents));
    }

    void aRegionWithoutAnAirfareCostsDsaAndTerminalOnly()
    {
        CostNorms norms = SponsorshipFixture::newYork().norms;
        norms.airfare.remove(Region::Europe);
        QCOMPARE(SponsorshipCost::estimate(norms, Region::Europe).value(), Money::usd(2'756'00));
    }

    void overflowIsAnErrorNotAWrongFigure()
    {
        CostNorms norms;
        norms.dsaDailyRate = Money::usd(std::numeric_limits<qint64>::max() / 2);
        norms.dsaDays = 3;
        QVERIFY(!SponsorshipCost::estimate(norms, Region::Africa).ok());
    }

    void serviceEstimatesFromTheStatesRegion_data()
    {
        QTest::addColumn<QString>("iso3");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("Fiji, Oceania") << u"FJI"_s << qint64(6'556'00);
        QTest::newRow("Kenya, Africa") << u"KEN"_s << qint64(5'656'00);
        QTest::newRow("Peru, Americas") << u"PER"_s << qint64(3'856'00);
    }
    void serviceEstimatesFromTheStatesRegion()
    {
        QFETCH(QString, iso3);
        QFETCH(qint64, cents);
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication application = SponsorshipFixture::application(m_meeting, iso3);
        application.estimatedCost = Money::usd(1); // never trusted
        const auto id = service.add(application);
        QVERIFY(id.ok());
        const auto stored = service.find(*id);
        QCOMPARE(stored->estimatedCost, Money::usd(cents));
        QCOMPARE(stored->cost(), Money::usd(cents));
    }

    void overrideWithAReasonIsWhatCounts()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication application = SponsorshipFixture::application(m_meeting, u"FJI"_s);
        application.costOverride = Money::usd(5'900'00);
        application.overrideReason = u"  Direct fare quoted by the travel unit "_s;
        const auto id = service.add(application);
        QVERIFY(id.ok());
        const auto stored = service.find(*id);
        QCOMPARE(stored->estimatedCost, Money::usd(6'556'00));
        QCOMPARE(stored->cost(), Money::usd(5'900'00));
        QCOMPARE(stored->overrideReason, u"Direct fare quoted by the travel unit"_s);
    }

    void overrideWithoutAReasonIsRefused()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication application = SponsorshipFixture::application(m_meeting, u"FJI"_s);
        application.costOverride = Money::usd(5'900'00);
        application.overrideReason = u"   "_s;
        const auto id = service.add(application);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, u"overrideReason"_s);
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"sponsorships"_s), 0);
    }

    void newNormsReestimateButKeepOverrides()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        const auto plain = service.add(SponsorshipFixture::application(m_meeting, u"KEN"_s));
        SponsorshipApplication overridden = SponsorshipFixture::application(m_meeting, u"FJI"_s);
        overridden.costOverride = Money::usd(4'000'00);
        overridden.overrideReason = u"Travels on from Nairobi"_s;
        const auto fixed = service.add(overridden);
        QVERIFY(plain.ok() && fixed.ok());

        MeetingService meetings(m_db->connection());
        Meeting meeting = meetings.find(m_meeting).value();
        meeting.norms.dsaDays = 7;
        QVERIFY(meetings.update(meeting).ok());
        QCOMPARE(service.find(*plain)->estimatedCost, Money::usd(6'077'00));
        QCOMPARE(service.find(*fixed)->estimatedCost, Money::usd(6'977'00));
        QCOMPARE(service.find(*fixed)->cost(), Money::usd(4'000'00));
    }

private:
    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
    MeetingId m_meeting;
};

QTEST_APPLESS_MAIN(TestSponsorshipCost)
#include "tst_sponsorshipcost.moc"
