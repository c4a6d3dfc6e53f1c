#include "badinputcatalogue.h"

#include "tests/ui/testsupport/testfund.h"

#include <QTest>

#include <functional>
#include <limits>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

ActivityApplication goodApplication()
{
    ActivityApplication application;
    application.applicantIso3 = u"KEN"_s;
    application.title = u"National CERT maturity assessment and roadmap for Kenya"_s;
    application.summary = u"Assess and plan."_s;
    application.start = QDate(2026, 9, 1);
    application.end = QDate(2027, 8, 31);
    application.requested = {{2026, Money::usd(80'000'00)}, {2027, Money::usd(40'000'00)}};
    application.focusAreas = {FocusArea::IncidentResponse};
    application.needsAssessment = u"National needs assessment 2025"_s;
    return application;
}

using Change = std::function<void(ActivityApplication &)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(FundDesk::Core::Consultation)
Q_DECLARE_METATYPE(FundDesk::Core::RubricScores)

// Issue 12, bad input: ActivityService, ReviewService (the scoring form) and
// ConsultationService. A refusal names the field and stores nothing; awkward valid text comes
// back byte for byte.
class TestBadInputActivityService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_fund = Tests::TestFund::create();
        QVERIFY(m_fund);
    }

    void activityRefused_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const qint64 max = std::numeric_limits<qint64>::max();
        const auto text = [](QString ActivityApplication::*member, const QString &value) {
            return Change([member, value](ActivityApplication &a) { a.*member = value; });
        };
        QTest::newRow("title zero-width marks")
            << text(&ActivityApplication::title, BadInput::zeroWidthOnly()) << u"title"_s
            << u"enter the title"_s;
        QTest::newRow("title 100,000 characters")
            << text(&ActivityApplication::title, BadInput::veryLong()) << u"title"_s
            << u"at most 200"_s;
        QTest::newRow("summary 100,000 characters")
            << text(&ActivityApplication::summary, BadInput::veryLong()) << u"summary"_s
            << u"at most 10000"_s;
        QTest::newRow("objectives 100,000 characters")
            << text(&ActivityApplication::objectives, BadInput::veryLong()) << u"objectives"_s
            << u"at most 10000"_s;
        QTest::newRow("outputs 100,000 characters")
            << text(&ActivityApplication::expectedOutputs, BadInput::veryLong()) << u"outputs"_s
            << u"at most 10000"_s;
        QTest::newRow("outcomes 100,000 characters")
            << text(&ActivityApplication::outcomes, BadInput::veryLong()) << u"outcomes"_s
            << u"at most 10000"_s;
        QTest::newRow("co-funding source 100,000 characters")
            << text(&ActivityApplication::coFundingSource, BadInput::veryLong())
            << u"coFundingSource"_s << u"at most 200"_s;
        QTest::newRow("needs only direction marks") << Change([](ActivityApplication &a) {
            a.needsAssessment = BadInput::directionMarksOnly();
        }) << u"needsAssessment"_s << u"describe the national"_s;
        QTest::newRow("needs 100,000 characters")
            << text(&ActivityApplication::needsAssessment, BadInput::veryLong())
            << u"needsAssessment"_s << u"at most 10000"_s;
        QTest::newRow("partner name zero-width") << Change([](ActivityApplication &a) {
            a.partners = {{BadInput::zeroWidthOnly(), PartnerKind::NonGovernmental}};
        }) << u"partners"_s << u"partner 1"_s;
        QTest::newRow("applicant SQL-looking")
            << text(&ActivityApplication::applicantIso3, u"KEN'--"_s) << u"applicant"_s
            << u"KEN'--"_s;
        QTest::newRow("start 1850") << Change([](ActivityApplication &a) {
            a.start = {1850, 1, 1};
        }) << u"start"_s << u"before 1 January 2000"_s;
        QTest::newRow("end 9999") << Change([](ActivityApplication &a) {
            a.end = {9999, 1, 1};
        }) << u"end"_s << u"after 31 December 2099"_s;
        QTest::newRow("amount zero") << Change([](ActivityApplication &a) {
            a.requested = {{2026, Money::usd(0)}};
        }) << u"requested"_s << u"more than zero"_s;
        QTest::newRow("amount negative") << Change([](ActivityApplication &a) {
            a.requested = {{2026, Money::usd(-5)}};
        }) << u"requested"_s << u"more than zero"_s;
        QTest::newRow("amounts overflow") << Change([max](ActivityApplication &a) {
            a.requested = {{2026, Money::usd(max)}, {2027, Money::usd(max)}};
        }) << u"requested"_s << u""_s;
        QTest::newRow("amount beyond USD 10 billion") << Change([](ActivityApplication &a) {
            a.requested = {{2026, Money::usd(1'000'000'000'001)}};
        }) << u"requested"_s << u"at most"_s;
        QTest::newRow("co-funding negative")
            << Change([](ActivityApplication &a) { a.coFunding = Money::usd(-1); })
            << u"coFunding"_s << u"zero or more"_s;
        QTest::newRow("co-funding at the 64-bit limit")
            << Change([max](ActivityApplication &a) { a.coFunding = Money::usd(max); })
            << u"coFunding"_s << u"at most"_s;
    }

    void activityRefused()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        QFETCH(QString, message);
        ActivityApplication application = goodApplication();
        change(application);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto added = m_fund->services().activities().add(application);
        QVERIFY(!added);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
        QVERIFY(added.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void reviewRefused_data()
    {
        QTest::addColumn<QString>("reviewer");
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QString>("note");
        QTest::addColumn<QString>("field");
        QTest::newRow("reviewer zero-width")
            << BadInput::zeroWidthOnly() << false << QString() << u"reviewer"_s;
        QTest::newRow("reviewer 100,000 characters")
            << BadInput::veryLong() << false << QString() << u"reviewer"_s;
        QTest::newRow("conflict note direction marks")
            << u"Dr. A"_s << true << BadInput::directionMarksOnly() << u"conflictNote"_s;
        QTest::newRow("conflict note 100,000 characters")
            << u"Dr. A"_s << true << BadInput::veryLong() << u"conflictNote"_s;
    }

    void reviewRefused()
    {
        QFETCH(QString, reviewer);
        QFETCH(bool, conflict);
        QFETCH(QString, note);
        QFETCH(QString, field);
        auto activity = m_fund->services().activities().add(goodApplication());
        QVERIFY(activity);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto declared =
            m_fund->services().reviews().declare(*activity, reviewer, conflict, note);
        QVERIFY(!declared);
        QCOMPARE(declared.error().field, field);
        QVERIFY(declared.error().message.size() < 1000);
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void scoringRefused_data()
    {
        QTest::addColumn<RubricScores>("scores");
        QTest::addColumn<QString>("justification");
        QTest::addColumn<QString>("field");
        const RubricScores good{4, 3, 5, 4, 3, 4};
        QTest::newRow("justification zero-width")
            << good << BadInput::zeroWidthOnly() << u"justification"_s;
        QTest::newRow("justification 100,000 characters")
            << good << BadInput::veryLong() << u"justification"_s;
        QTest::newRow("score 6") << RubricScores{6, 3, 5, 4, 3, 4} << u"ok"_s << QString();
        QTest::newRow("score negative") << RubricScores{4, 3, 5, 4, 3, -1} << u"ok"_s << QString();
    }

    void scoringRefused()
    {
        QFETCH(RubricScores, scores);
        QFETCH(QString, justification);
        QFETCH(QString, field);
        auto activity = m_fund->services().activities().add(goodApplication());
        QVERIFY(activity);
        auto review = m_fund->services().reviews().declare(*activity, u"Dr. A"_s, false, {});
        QVERIFY(review);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto scored = m_fund->services().reviews().score(*review, scores, justification);
        QVERIFY(!scored);
        if (!field.isEmpty()) {
            QCOMPARE(scored.error().field, field);
        } else {
            QVERIFY(scored.error().field.startsWith(u"score."_s));
        }
        QCOMPARE(BadInput::tableCounts(db), before);
    }

    void consultationRefused_data()
    {
        QTest::addColumn<Consultation>("consultation");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        Consultation good;
        good.date = QDate(2026, 6, 1);
        good.participants = {u"Estonia"_s, u"Ghana"_s};
        const auto with = [good](auto change) {
            Consultation c = good;
            change(c);
            return c;
        };
        QTest::newRow("participant zero-width")
            << with([](Consultation &c) { c.participants.append(BadInput::zeroWidthOnly()); })
            << u"participants"_s << u"a line of the list is empty"_s;
        QTest::newRow("participant 100,000 characters")
            << with([](Consultation &c) { c.participants.append(BadInput::veryLong()); })
            << u"participants"_s << u"at most 200"_s;
        QTest::newRow("notes 100,000 characters")
            << with([](Consultation &c) { c.notes = BadInput::veryLong(); }) << u"notes"_s
            << u"at most 10000"_s;
        QTest::newRow("date 1850") << with([](Consultation &c) {
            c.date = {1850, 1, 1};
        }) << u"date"_s << u"before 1 January 2000"_s;
        QTest::newRow("no participants") << with([](Consultation &c) { c.participants.clear(); })
                                         << u"participants"_s << u"Participants"_s;
    }

    void consultationRefused()
    {
        QFETCH(Consultation, consultation);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QSqlDatabase db = m_fund->services().database().connection();
        const auto before = BadInput::tableCounts(db);
        const auto added = m_fund->services().consultations().add(consultation);
        QVERIFY(!added);
        QCOMPARE(added.error().field, field);
        QVERIFY2(added.error().message.contains(message), qPrintable(added.error().message));
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
        ActivityApplication application = goodApplication();
        application.title = text;
        application.summary = text;
        application.needsAssessment = text;
        auto id = m_fund->services().activities().add(application);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        const auto stored = m_fund->services().activities().find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->title.toUtf8(), text.toUtf8());
        QCOMPARE(stored->summary.toUtf8(), text.toUtf8());
        QCOMPARE(stored->needsAssessment.toUtf8(), text.toUtf8());

        auto review = m_fund->services().reviews().declare(*id, text, false, {});
        QVERIFY2(review, review ? "" : qPrintable(review.error().message));
        QVERIFY(m_fund->services().reviews().score(*review, {4, 3, 5, 4, 3, 4}, text));

        Consultation consultation;
        consultation.date = QDate(2026, 6, 1);
        consultation.participants = {text};
        consultation.notes = text;
        auto consulted = m_fund->services().consultations().add(consultation);
        QVERIFY2(consulted, consulted ? "" : qPrintable(consulted.error().message));
        const auto back = m_fund->services().consultations().find(*consulted);
        QVERIFY(back);
        QCOMPARE(back->participants.value(0).toUtf8(), text.toUtf8());
        QCOMPARE(back->notes.toUtf8(), text.toUtf8());
    }

private:
    std::unique_ptr<Tests::TestFund> m_fund;
};

QTEST_GUILESS_MAIN(TestBadInputActivityService)
#include "tst_badinput_activityservice.moc"
