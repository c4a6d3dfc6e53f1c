#include "badinputcatalogue.h"

#include "tests/ui/testsupport/testfund.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Meeting goodMeeting()
{
    Meeting meeting;
    meeting.reference = u"PM-2026-1"_s;
    meeting.name = u"Permanent mechanism, first session 2026"_s;
    meeting.city = u"New York"_s;
    meeting.start = QDate(2026, 3, 9);
    meeting.end = QDate(2026, 3, 13);
    meeting.formalMeetingDays = 5;
    meeting.norms.airfare = {{Region::Africa, Money::usd(2'900'00)}};
    meeting.norms.dsaDailyRate = Money::usd(421'00);
    meeting.norms.dsaDays = 6;
    meeting.norms.terminalExpenses = Money::usd(230'00);
    return meeting;
}

// init() stores goodMeeting() first: id 1.
SponsorshipApplication goodApplication()
{
    SponsorshipApplication a;
    a.meetingId = MeetingId(1);
    a.applicantName = u"Ana Silva"_s;
    a.gender = Gender::Woman;
    a.stateIso3 = u"BRA"_s;
    a.capitalBased = true;
    a.status = ApplicationStatus::Submitted;
    return a;
}

using MeetingChange = std::function<void(Meeting &)>;
using ApplicationChange = std::function<void(SponsorshipApplication &)>;

} // namespace

Q_DECLARE_METATYPE(MeetingChange)
Q_DECLARE_METATYPE(ApplicationChange)

// Issue 12, bad input: MeetingService and SponsorshipService fields. A refusal names the field
// and stores nothing; awkward but valid text comes back byte for byte.
class TestBadInputMeetingService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
        auto id = m_fund->services().meetings().add(goodMeeting());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(*id, MeetingId(1));
    }

    void meetingRefused_data()
    {
        QTest::addColumn<MeetingChange>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const qint64 max = std::numeric_limits<qint64>::max();
        QTest::newRow("reference zero-width marks")
            << MeetingChange([](Meeting &m) { m.reference = BadInput::zeroWidthOnly(); })
            << u"reference"_s << u"Enter the meeting's reference"_s;
        QTest::newRow("reference 100,000 characters")
            << MeetingChange([](Meeting &m) { m.reference = BadInput::veryLong(); })
            << u"reference"_s << u"at most 200"_s;
        QTest::newRow("name direction marks")
            << MeetingChange([](Meeting &m) { m.name = BadInput::directionMarksOnly(); })
            << u"name"_s << u"Enter the meeting's name"_s;
        QTest::newRow("name 100,000 characters")
            << MeetingChange([](Meeting &m) { m.name = BadInput::veryLong(); }) << u"name"_s
            << u"at most 200"_s;
        QTest::newRow("city empty") << MeetingChange([](Meeting &m) { m.city.clear(); })
                                    << u"city"_s << u"Enter the city"_s;
        QTest::newRow("city 100,000 characters")
            << MeetingChange([](Meeting &m) { m.city = BadInput::veryLong(); }) << u"city"_s
            << u"at most 200"_s;
        QTest::newRow("start 1850") << MeetingChange([](Meeting &m) {
            m.start = {1850, 1, 1};
            m.end = {1850, 1, 5};
        }) << u"start"_s << u"before 1 January 2000"_s;
        QTest::newRow("end 9999") << MeetingChange([](Meeting &m) {
            m.end = {9999, 1, 1};
        }) << u"end"_s << u"after 31 December 2099"_s;
        QTest::newRow("formal days zero")
            << MeetingChange([](Meeting &m) { m.formalMeetingDays = 0; }) << u"formalDays"_s
            << u"from 1 to"_s;
        QTest::newRow("formal days negative")
            << MeetingChange([](Meeting &m) { m.formalMeetingDays = -3; }) << u"formalDays"_s
            << u"from 1 to"_s;
        QTest::newRow("DSA negative")
            << MeetingChange([](Meeting &m) { m.norms.dsaDailyRate = Money::usd(-1); })
            << u"dsaRate"_s << u"0 or more"_s;
        QTest::newRow("DSA days negative")
            << MeetingChange([](Meeting &m) { m.norms.dsaDays = -1; }) << u"dsaDays"_s
            << u"negative"_s;
        QTest::newRow("DSA × days overflows")
            << MeetingChange([max](Meeting &m) { m.norms.dsaDailyRate = Money::usd(max / 2); })
            << u"dsaRate"_s << u""_s;
        QTest::newRow("airfare negative")
            << MeetingChange([](Meeting &m) { m.norms.airfare[Region::Asia] = Money::usd(-100); })
            << u"airfare"_s << u"0 or more"_s;
        QTest::newRow("terminal in EUR") << MeetingChange([](Meeting &m) {
            m.norms.terminalExpenses = Money::fromMinor(100, u"EUR"_s).value();
        }) << u"terminal"_s << u"USD"_s;
    }

    void meetingRefused()
    {
        QFETCH(MeetingChange, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Meeting meeting = goodMeeting();
        meeting.reference = u"PM-2026-2"_s;
        change(meeting);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto added = m_fund->services().meetings().add(meeting);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::InvalidInput);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(added.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void sponsorshipRefused_data()
    {
        QTest::addColumn<ApplicationChange>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("applicant zero-width marks")
            << ApplicationChange([](auto &a) { a.applicantName = BadInput::zeroWidthOnly(); })
            << u"applicantName"_s << u"Enter the applicant's name"_s;
        QTest::newRow("applicant 100,000 characters")
            << ApplicationChange([](auto &a) { a.applicantName = BadInput::veryLong(); })
            << u"applicantName"_s << u"at most 200"_s;
        QTest::newRow("ministry 100,000 characters")
            << ApplicationChange([](auto &a) { a.ministry = BadInput::veryLong(); })
            << u"ministry"_s << u"at most 200"_s;
        QTest::newRow("title 100,000 characters")
            << ApplicationChange([](auto &a) { a.title = BadInput::veryLong(); }) << u"title"_s
            << u"at most 200"_s;
        QTest::newRow("contact 100,000 characters")
            << ApplicationChange([](auto &a) { a.contact = BadInput::veryLong(); }) << u"contact"_s
            << u"at most 200"_s;
        QTest::newRow("notes 100,000 characters")
            << ApplicationChange([](auto &a) { a.notes = BadInput::veryLong(); }) << u"notes"_s
            << u"at most 10000"_s;
        QTest::newRow("State SQL-looking")
            << ApplicationChange([](auto &a) { a.stateIso3 = u"BRA' OR 1=1--"_s; }) << u"state"_s
            << u"Choose the applicant's State"_s;
        QTest::newRow("cost override negative") << ApplicationChange([](auto &a) {
            a.costOverride = Money::usd(-1);
            a.overrideReason = u"cheaper"_s;
        }) << u"costOverride"_s << u"0 or more"_s;
        QTest::newRow("override reason direction marks") << ApplicationChange([](auto &a) {
            a.costOverride = Money::usd(1000'00);
            a.overrideReason = BadInput::directionMarksOnly();
        }) << u"overrideReason"_s << u"Say why"_s;
        QTest::newRow("score 101")
            << ApplicationChange([](auto &a) { a.score = 101; }) << u"score"_s << u"0 to 100"_s;
        QTest::newRow("score negative")
            << ApplicationChange([](auto &a) { a.score = -1; }) << u"score"_s << u"0 to 100"_s;
        QTest::newRow("no meeting") << ApplicationChange([](auto &a) { a.meetingId = MeetingId(); })
                                    << u"meeting"_s << u"Choose the meeting"_s;
    }

    void sponsorshipRefused()
    {
        QFETCH(ApplicationChange, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        SponsorshipApplication application = goodApplication();
        change(application);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto added = m_fund->services().sponsorships().add(application);
        QVERIFY(!added);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(added.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void storesAwkwardTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        for (const auto &[name, text] : BadInput::awkwardValidTexts()) {
            QTest::newRow(name) << text;
        }
    }

    void storesAwkwardTextExactly()
    {
        QFETCH(QString, text);
        Meeting meeting = goodMeeting();
        meeting.reference = text;
        meeting.name = text;
        meeting.city = text;
        auto meetingId = m_fund->services().meetings().add(meeting);
        QVERIFY2(meetingId, meetingId ? "" : qPrintable(meetingId.error().message));
        const auto storedMeeting = m_fund->services().meetings().find(*meetingId);
        QVERIFY(storedMeeting);
        QCOMPARE(storedMeeting->reference.toUtf8(), text.toUtf8());
        QCOMPARE(storedMeeting->name.toUtf8(), text.toUtf8());
        QCOMPARE(storedMeeting->city.toUtf8(), text.toUtf8());

        SponsorshipApplication application = goodApplication();
        application.applicantName = text;
        application.ministry = text;
        application.title = text;
        application.contact = text;
        application.notes = text;
        auto id = m_fund->services().sponsorships().add(application);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const auto stored = m_fund->services().sponsorships().find(*id);
        QVERIFY(stored);
        for (const QString &field : {stored->applicantName, stored->ministry, stored->title,
                                     stored->contact, stored->notes}) {
            QCOMPARE(field.toUtf8(), text.toUtf8());
        }
    }

private:
    std::unique_ptr<Tests::TestFund> m_fund;
};

QTEST_GUILESS_MAIN(TestBadInputMeetingService)
#include "tst_badinput_meetingservice.moc"
