#include "core/services/meetingservice.h"
#include "core/services/sponsorshipservice.h"
#include "sponsorshipfixture.h"

#include <QTest>

#include <functional>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

using Change = std::function<void(Meeting &)>;
Q_DECLARE_METATYPE(Change)

class TestMeetingService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = SponsorshipFixture::freshFund();
        QVERIFY(m_db);
    }
    void cleanup() { m_db.reset(); }

    void storesAMeetingWithItsNorms()
    {
        MeetingService service(m_db->connection());
        Meeting meeting = SponsorshipFixture::newYork();
        meeting.name = u"  Session one  "_s;
        const auto id = service.add(meeting);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        const auto stored = service.find(*id);
        QVERIFY(stored.ok());
        meeting.id = *id;
        meeting.name = u"Session one"_s;
        QCOMPARE(*stored, meeting);
        QCOMPARE(service.findByReference(u" PM-2026-1 "_s)->id, *id);
        QCOMPARE(service.all()->size(), 1);
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meeting_airfares"_s), 5);
    }

    void unknownReferenceIsNotFoundNamingIt()
    {
        const auto found = MeetingService(m_db->connection()).findByReference(u"PM-1999-9"_s);
        QVERIFY(!found.ok());
        QCOMPARE(found.error().code, ErrorCode::NotFound);
        QVERIFY(found.error().message.contains(u"PM-1999-9"_s));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no reference")
            << Change([](Meeting &m) { m.reference = u" "_s; }) << u"reference"_s;
        QTest::newRow("no name") << Change([](Meeting &m) { m.name.clear(); }) << u"name"_s;
        QTest::newRow("no city") << Change([](Meeting &m) { m.city = u"  "_s; }) << u"city"_s;
        QTest::newRow("no start") << Change([](Meeting &m) { m.start = {}; }) << u"start"_s;
        QTest::newRow("end before start")
            << Change([](Meeting &m) { m.end = m.start.addDays(-1); }) << u"end"_s;
        QTest::newRow("no formal days")
            << Change([](Meeting &m) { m.formalMeetingDays = 0; }) << u"formalDays"_s;
        QTest::newRow("formal days beyond the span")
            << Change([](Meeting &m) { m.formalMeetingDays = 6; }) << u"formalDays"_s;
        QTest::newRow("negative airfare")
            << Change([](Meeting &m) { m.norms.airfare[Region::Asia] = Money::usd(-1); })
            << u"airfare"_s;
        QTest::newRow("airfare in euros") << Change([](Meeting &m) {
            m.norms.airfare[Region::Asia] = Money::fromMinor(100, u"EUR"_s).value();
        }) << u"airfare"_s;
        QTest::newRow("negative DSA")
            << Change([](Meeting &m) { m.norms.dsaDailyRate = Money::usd(-1); }) << u"dsaRate"_s;
        QTest::newRow("negative DSA days")
            << Change([](Meeting &m) { m.norms.dsaDays = -1; }) << u"dsaDays"_s;
        QTest::newRow("negative terminal expenses")
            << Change([](Meeting &m) { m.norms.terminalExpenses = Money::usd(-5); })
            << u"terminal"_s;
    }
    void refusesBadInput()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        Meeting meeting = SponsorshipFixture::newYork();
        change(meeting);
        const auto id = MeetingService(m_db->connection()).add(meeting);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, field);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meetings"_s), 0);
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meeting_airfares"_s), 0);
    }

    void aReferenceIsUnique()
    {
        MeetingService service(m_db->connection());
        QVERIFY(service.add(SponsorshipFixture::newYork()).ok());
        const auto again = service.add(SponsorshipFixture::newYork());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        QCOMPARE(again.error().field, u"reference"_s);
    }

    void updateReplacesTheAirfares()
    {
        MeetingService service(m_db->connection());
        Meeting meeting = SponsorshipFixture::newYork();
        meeting.id = service.add(meeting).value();
        meeting.norms.airfare.remove(Region::Europe);
        meeting.city = u"Geneva"_s;
        QVERIFY(service.update(meeting).ok());
        QCOMPARE(service.find(meeting.id).value(), meeting);
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meeting_airfares"_s), 4);
    }

    void aMeetingWithApplicationsIsNotDeleted()
    {
        MeetingService service(m_db->connection());
        const MeetingId id = service.add(SponsorshipFixture::newYork()).value();
        auto reference = ReferenceDataService::load(m_db->connection()).value();
        QVERIFY(SponsorshipService(m_db->connection(), reference)
                    .add(SponsorshipFixture::application(id, u"KEN"_s))
                    .ok());
        const auto removed = service.remove(id);
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code, ErrorCode::RuleViolation);
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meetings"_s), 1);

        const MeetingId empty = [&] {
            Meeting other = SponsorshipFixture::newYork();
            other.reference = u"PM-2026-2"_s;
            return service.add(other).value();
        }();
        QVERIFY(service.remove(empty).ok());
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"meetings"_s), 1);
    }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_APPLESS_MAIN(TestMeetingService)
#include "tst_meetingservice.moc"
