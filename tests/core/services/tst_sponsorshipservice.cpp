#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/services/meetingservice.h"
#include "core/services/profileservice.h"
#include "core/services/slate/slateplanner.h"
#include "core/services/sponsorshipfilter.h"
#include "core/services/sponsorshipservice.h"
#include "core/services/workflowservice.h"
#include "sponsorshipfixture.h"

#include <QTest>

#include <functional>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

using Change = std::function<void(SponsorshipApplication &)>;
Q_DECLARE_METATYPE(Change)

class TestSponsorshipService final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = SponsorshipFixture::freshFund();
        QVERIFY(m_db);
        m_reference = ReferenceDataService::load(m_db->connection()).value();
        m_meeting = MeetingService(m_db->connection()).add(SponsorshipFixture::newYork()).value();
    }
    void cleanup() { m_db.reset(); }

    void storesEveryField()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication a = SponsorshipFixture::application(m_meeting, u"fji"_s);
        a.gender = Gender::OtherOrUndisclosed;
        a.ministry = u"Ministry of Communications"_s;
        a.title = u"Director"_s;
        a.contact = u"a@example.org"_s;
        a.criterion(EligibilityCriterion::AbleToTravel).evidence = u"Visa issued"_s;
        a.nominatingLetterReceived = true;
        a.score = 82;
        a.notes = u"Spoke at the 2025 session"_s;
        const auto id = service.add(a);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        auto stored = service.find(*id).value();
        QCOMPARE(stored.stateIso3, u"FJI"_s);
        QCOMPARE(stored.status, ApplicationStatus::Eligible);
        a.id = *id;
        a.stateIso3 = u"FJI"_s;
        a.status = ApplicationStatus::Eligible;
        a.estimatedCost = Money::usd(6'556'00);
        QCOMPARE(stored, a);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("no meeting")
            << Change([](SponsorshipApplication &a) { a.meetingId = MeetingId(); }) << u"meeting"_s;
        QTest::newRow("unknown meeting")
            << Change([](SponsorshipApplication &a) { a.meetingId = MeetingId(99); })
            << u"meeting"_s;
        QTest::newRow("no name") << Change([](SponsorshipApplication &a) {
            a.applicantName = u"  "_s;
        }) << u"applicantName"_s;
        QTest::newRow("no gender")
            << Change([](SponsorshipApplication &a) { a.gender.reset(); }) << u"gender"_s;
        QTest::newRow("unknown State")
            << Change([](SponsorshipApplication &a) { a.stateIso3 = u"XXX"_s; }) << u"state"_s;
        QTest::newRow("no State") << Change([](SponsorshipApplication &a) { a.stateIso3.clear(); })
                                  << u"state"_s;
        QTest::newRow("override without reason")
            << Change([](SponsorshipApplication &a) { a.costOverride = Money::usd(100'00); })
            << u"overrideReason"_s;
        QTest::newRow("negative override") << Change([](SponsorshipApplication &a) {
            a.costOverride = Money::usd(-1);
            a.overrideReason = u"why"_s;
        }) << u"costOverride"_s;
        QTest::newRow("score above 100")
            << Change([](SponsorshipApplication &a) { a.score = 101; }) << u"score"_s;
        QTest::newRow("score below 0")
            << Change([](SponsorshipApplication &a) { a.score = -1; }) << u"score"_s;
        QTest::newRow("negative actual cost")
            << Change([](SponsorshipApplication &a) { a.actualCost = Money::usd(-1); })
            << u"actualCost"_s;
        QTest::newRow("recommended while failing ¶21(c)") << Change([](SponsorshipApplication &a) {
            a.criterion(EligibilityCriterion::AbleToTravel).met = false;
            a.status = ApplicationStatus::Recommended;
        }) << u"status"_s;
        QTest::newRow("approved while unscreened") << Change([](SponsorshipApplication &a) {
            a.criterion(EligibilityCriterion::SharesReport).met.reset();
            a.status = ApplicationStatus::Approved;
        }) << u"status"_s;
    }
    void refusesBadInput()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        SponsorshipApplication application = SponsorshipFixture::application(m_meeting, u"KEN"_s);
        change(application);
        const auto id = SponsorshipService(m_db->connection(), m_reference).add(application);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().field, field);
        QVERIFY(!id.error().message.isEmpty());
        QCOMPARE(SponsorshipFixture::rows(*m_db, u"sponsorships"_s), 0);
    }

    void recommendingAFailingApplicationNamesTheCriterion()
    {
        SponsorshipApplication a = SponsorshipFixture::application(m_meeting, u"KEN"_s);
        a.criterion(EligibilityCriterion::AbleToTravel).met = false;
        a.status = ApplicationStatus::Recommended;
        const auto id = SponsorshipService(m_db->connection(), m_reference).add(a);
        QCOMPARE(id.error().code, ErrorCode::RuleViolation);
        QVERIFY2(id.error().message.contains(u"¶21(c)"_s), qPrintable(id.error().message));
    }

    void screeningSetsTheStatus_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<ApplicationStatus>("status");
        QTest::newRow("all met") << Change([](SponsorshipApplication &) {})
                                 << ApplicationStatus::Eligible;
        QTest::newRow("one failing") << Change([](SponsorshipApplication &a) {
            a.criterion(EligibilityCriterion::DirectExperience).met = false;
        }) << ApplicationStatus::Ineligible;
        QTest::newRow("not capital-based")
            << Change([](SponsorshipApplication &a) { a.capitalBased = false; })
            << ApplicationStatus::Ineligible;
        QTest::newRow("one unassessed") << Change([](SponsorshipApplication &a) {
            a.criterion(EligibilityCriterion::SharesReport).met.reset();
        }) << ApplicationStatus::Submitted;
        QTest::newRow("draft stays draft") << Change([](SponsorshipApplication &a) {
            a.status = ApplicationStatus::Draft;
            a.capitalBased = false;
        }) << ApplicationStatus::Draft;
    }
    void screeningSetsTheStatus()
    {
        QFETCH(Change, change);
        QFETCH(ApplicationStatus, status);
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication a = SponsorshipFixture::application(m_meeting, u"KEN"_s);
        change(a);
        const auto id = service.add(a);
        QVERIFY(id.ok());
        QCOMPARE(service.find(*id)->status, status);
    }

    void updateRescreensAndRecordOutcomeKeepsTheRest()
    {
        QVERIFY(AuditActor::setCurrent(m_db->connection(), addManager()).ok());
        SponsorshipService service(m_db->connection(), m_reference);
        auto a =
            service.find(service.add(SponsorshipFixture::application(m_meeting, u"KEN"_s)).value())
                .value();
        a.criterion(EligibilityCriterion::AbleToTravel).met = false;
        QVERIFY(service.update(a).ok());
        QCOMPARE(service.find(a.id)->status, ApplicationStatus::Ineligible);

        SponsorshipOutcome outcome{true, true, Money::usd(5'123'45)};
        QVERIFY(service.recordOutcome(a.id, outcome).ok());
        const auto stored = service.find(a.id).value();
        QCOMPARE(stored.attendedAllFormalMeetings, std::optional<bool>(true));
        QVERIFY(stored.reportReceived);
        QCOMPARE(stored.actualCost, std::optional<Money>(Money::usd(5'123'45)));
        QCOMPARE(stored.applicantName, a.applicantName);

        outcome.actualCost = Money::usd(-1);
        QCOMPARE(service.recordOutcome(a.id, outcome).error().field, u"actualCost"_s);
        QVERIFY(service.remove(a.id).ok());
        QCOMPARE(service.find(a.id).error().code, ErrorCode::NotFound);
    }

    // Issue #6: the screening's move is a recorded transition (who, when, note), both ways,
    // in the same transaction as the edit; other edits add nothing to the history.
    void rescreeningIsRecordedInTheHistory()
    {
        const Profile manager = addManager();
        QVERIFY(AuditActor::setCurrent(m_db->connection(), manager).ok());
        SponsorshipService service(m_db->connection(), m_reference);
        WorkflowService workflow(m_db->connection());
        auto a =
            service.find(service.add(SponsorshipFixture::application(m_meeting, u"KEN"_s)).value())
                .value();
        QCOMPARE(a.status, ApplicationStatus::Eligible);
        const WorkflowItem item = WorkflowItem::sponsorship(a.id.value());

        a.notes = u"Called the ministry"_s;
        QVERIFY(service.update(a).ok());
        QVERIFY(workflow.history(item)->isEmpty());

        a.criterion(EligibilityCriterion::AbleToTravel).met = false;
        const auto failed = service.update(a);
        QVERIFY2(failed.ok(), qPrintable(failed.ok() ? QString() : failed.error().message));
        QCOMPARE(service.find(a.id)->status, ApplicationStatus::Ineligible);
        auto history = workflow.history(item);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        const StatusTransition step = history->first();
        QCOMPARE(step.from, ApplicationStatus::Eligible);
        QCOMPARE(step.to, ApplicationStatus::Ineligible);
        QCOMPARE(step.profileName, manager.name);
        QCOMPARE(step.date, QDate::currentDate());
        QVERIFY(step.at.isValid());
        QVERIFY2(step.note.startsWith(u"Re-screened against ¶21: fails ¶21(c)"_s),
                 qPrintable(step.note));

        a.criterion(EligibilityCriterion::AbleToTravel).met = true;
        QVERIFY(service.update(a).ok());
        QCOMPARE(service.find(a.id)->status, ApplicationStatus::Eligible);
        history = workflow.history(item);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->last().from, ApplicationStatus::Ineligible);
        QCOMPARE(history->last().to, ApplicationStatus::Eligible);
        QCOMPARE(history->last().note, u"Re-screened against ¶21: meets every criterion."_s);

        const auto verified = AuditChain::verify(m_db->connection());
        QVERIFY(verified.ok());
        QVERIFY2(verified->intact, qPrintable(verified->message));
    }

    // A status move needs a who: with no profile chosen the edit is refused whole.
    void rescreeningWithoutAProfileIsRefused()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        auto a =
            service.find(service.add(SponsorshipFixture::application(m_meeting, u"KEN"_s)).value())
                .value();
        a.criterion(EligibilityCriterion::AbleToTravel).met = false;
        a.notes = u"Changed"_s;
        const auto refused = service.update(a);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"profile"_s);
        const auto stored = service.find(a.id).value();
        QCOMPARE(stored.status, ApplicationStatus::Eligible);
        QVERIFY(stored.notes.isEmpty());
        QVERIFY(WorkflowService(m_db->connection())
                    .history(WorkflowItem::sponsorship(a.id.value()))
                    ->isEmpty());
    }

    void listAndFilter()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication failing = SponsorshipFixture::application(m_meeting, u"FJI"_s);
        failing.criterion(EligibilityCriterion::AbleToTravel).met = false;
        SponsorshipApplication man =
            SponsorshipFixture::application(m_meeting, u"FRA"_s, u"Pierre Dubois"_s);
        man.gender = Gender::Man;
        QVERIFY(service.add(failing).ok());
        QVERIFY(service.add(man).ok());
        QVERIFY(service.add(SponsorshipFixture::application(m_meeting, u"NPL"_s)).ok());

        QCOMPARE(service.list({m_meeting, std::nullopt, {}})->size(), 3);
        QCOMPARE(service.list({m_meeting, ApplicationStatus::Ineligible, {}})->size(), 1);
        QCOMPARE(service.list({MeetingId(), std::nullopt, u"FRA"_s})->size(), 1);

        const auto all = service.list().value();
        const auto count = [&](const SponsorshipFilter &filter) {
            return std::count_if(all.cbegin(), all.cend(), [&](const SponsorshipApplication &a) {
                return filter.matches(a, m_reference);
            });
        };
        QCOMPARE(count({}), 3);
        QCOMPARE(count({std::nullopt, Gender::Man, {}, {}, {}, {}}), 1);
        QCOMPARE(count({{}, {}, Region::Oceania, {}, {}, {}}), 1);
        QCOMPARE(count({{}, {}, {}, RegionalGroup::AsiaPacific, {}, {}}), 2);
        QCOMPARE(count({{}, {}, {}, {}, PriorityGroup::Sids, {}}), 1);
        QCOMPARE(count({{}, {}, {}, {}, PriorityGroup::Ldc, {}}), 1);
        QCOMPARE(count({{}, {}, {}, {}, {}, u"dubois"_s}), 1);
        QCOMPARE(count({{}, {}, {}, {}, {}, u"Népal"_s}), 1); // State name in French
    }

    void plannerProposesFromTheStoredApplications()
    {
        SponsorshipService service(m_db->connection(), m_reference);
        SponsorshipApplication failing = SponsorshipFixture::application(m_meeting, u"FJI"_s);
        failing.criterion(EligibilityCriterion::AbleToTravel).met = false;
        const SponsorshipId fiji = service.add(failing).value();
        const SponsorshipId nepal =
            service.add(SponsorshipFixture::application(m_meeting, u"NPL"_s)).value();
        SponsorshipApplication draft = SponsorshipFixture::application(m_meeting, u"PER"_s);
        draft.status = ApplicationStatus::Draft;
        QVERIFY(service.add(draft).ok());

        const SlatePlanner planner(m_db->connection(), m_reference);
        QCOMPARE(planner.candidates(m_meeting, Language::English)->size(), 2); // no draft
        SlateRequest request;
        request.seats = 2;
        const auto slate = planner.propose(m_meeting, request, Language::English);
        QVERIFY(slate.ok());
        QCOMPARE(slate->selected, QList<SponsorshipId>{nepal});
        QCOMPARE(slate->decision(fiji)->reasons.constFirst(), u"Not eligible: ¶21(c)"_s);
        QVERIFY(slate->decision(nepal)->reasons.contains(u"Only applicant from Nepal"_s));

        request.seats = 0;
        QCOMPARE(planner.propose(m_meeting, request, Language::English).error().field, u"seats"_s);
        request.seats = 2;
        request.budget = Money::usd(-1);
        QCOMPARE(planner.propose(m_meeting, request, Language::English).error().field, u"budget"_s);
    }

private:
    Profile addManager()
    {
        Profile manager{ProfileId(), u"Amina Diallo"_s, ProfileRole::FundManager};
        manager.id = ProfileService(m_db->connection()).add(manager).value();
        return manager;
    }
    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
    MeetingId m_meeting;
};

QTEST_APPLESS_MAIN(TestSponsorshipService)
#include "tst_sponsorshipservice.moc"
