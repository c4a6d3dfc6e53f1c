#include "core/domain/workflowtransitions.h"
#include "core/db/auditchain.h"
#include "core/services/activityservice.h"
#include "core/services/profileservice.h"
#include "core/services/referencedataservice.h"
#include "core/services/sponsorshipservice.h"
#include "core/services/workflowservice.h"
#include "workflowtestfund.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace WorkflowTest;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(FundDesk::Core::ApplicationStatus)

class TestWorkflowService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void transitionTable_data();
    void transitionTable();
    void tableMatchesTheIssue();
    void rescreeningMovesOnlyBetweenScreeningStatuses();
    void justificationRequiredBothWays_data();
    void justificationRequiredBothWays();
    void rolesAreEnforced_data();
    void rolesAreEnforced();
    void recommenderCannotApprove();
    void fullPathRecordsWhoWhenAndNote();
    void ineligibleSponsorshipCannotBeRecommended();
    void activityUnderTheFloorCannotBeRecommended();
    void unknownItemIsNotFound();
    void formEditsCannotMoveTheStatus();
    void transitionsKeepTheAuditChainSealed();

private:
    WorkflowService service() const
    {
        return WorkflowService(m_fund.db(), [] { return kToday; });
    }
    Fund m_fund;
};

void TestWorkflowService::init()
{
    m_fund = Fund();
    const QString failed = makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestWorkflowService::cleanup()
{
    m_fund.database.reset();
}

void TestWorkflowService::transitionTable_data()
{
    QTest::addColumn<ApplicationStatus>("from");
    QTest::addColumn<ApplicationStatus>("to");
    QTest::addColumn<bool>("allowed");
    const QList<std::pair<ApplicationStatus, ApplicationStatus>> allowedPairs{
        {ApplicationStatus::Draft, ApplicationStatus::Submitted},
        {ApplicationStatus::Submitted, ApplicationStatus::Eligible},
        {ApplicationStatus::Submitted, ApplicationStatus::Ineligible},
        {ApplicationStatus::Eligible, ApplicationStatus::UnderReview},
        {ApplicationStatus::UnderReview, ApplicationStatus::Recommended},
        {ApplicationStatus::UnderReview, ApplicationStatus::NotRecommended},
        {ApplicationStatus::Recommended, ApplicationStatus::Approved},
        {ApplicationStatus::Recommended, ApplicationStatus::Rejected},
        {ApplicationStatus::Approved, ApplicationStatus::Active},
        {ApplicationStatus::Approved, ApplicationStatus::Cancelled},
        {ApplicationStatus::Active, ApplicationStatus::Completed},
        {ApplicationStatus::Active, ApplicationStatus::Cancelled},
    };
    for (const ApplicationStatus from : allApplicationStatuses()) {
        for (const ApplicationStatus to : allApplicationStatuses()) {
            const QByteArray name =
                (applicationStatusKey(from) + u"->"_s + applicationStatusKey(to)).toUtf8();
            QTest::newRow(name.constData()) << from << to << allowedPairs.contains({from, to});
        }
    }
}

// All 144 pairs on a sponsorship that meets every other rule: the table alone decides.
void TestWorkflowService::transitionTable()
{
    QFETCH(ApplicationStatus, from);
    QFETCH(ApplicationStatus, to);
    QFETCH(bool, allowed);
    QVERIFY(m_fund.setStatus(m_fund.sponsorship, applicationStatusKey(from)));
    const bool byOffice = to == ApplicationStatus::Approved || to == ApplicationStatus::Rejected;
    const Profile actor = byOffice ? m_fund.office : m_fund.manager;

    const auto done =
        service().transition(m_fund.sponsorship, to, u"Justified in writing"_s, actor);

    QCOMPARE(done.ok(), allowed);
    const auto status = service().status(m_fund.sponsorship);
    QVERIFY(status.ok());
    const auto history = service().history(m_fund.sponsorship);
    QVERIFY(history.ok());
    if (allowed) {
        QCOMPARE(*status, to);
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().from, from);
        QCOMPARE(history->first().to, to);
        QCOMPARE(history->first().profileName, actor.name);
        QCOMPARE(history->first().date, kToday);
        return;
    }
    QCOMPARE(*status, from);
    QVERIFY(history->isEmpty());
    QCOMPARE(done.error().code, ErrorCode::RuleViolation);
    const QString message = done.error().message;
    QVERIFY2(message.contains(applicationStatusDisplayName(from)), qPrintable(message));
    QVERIFY2(message.contains(applicationStatusDisplayName(to)), qPrintable(message));
    for (const ApplicationStatus next : allowedNextStatuses(from)) {
        QVERIFY2(message.contains(applicationStatusDisplayName(next)), qPrintable(message));
    }
}

void TestWorkflowService::tableMatchesTheIssue()
{
    QCOMPARE(allowedNextStatuses(ApplicationStatus::Approved),
             (QList<ApplicationStatus>{ApplicationStatus::Active, ApplicationStatus::Cancelled}));
    for (const ApplicationStatus final :
         {ApplicationStatus::Ineligible, ApplicationStatus::NotRecommended,
          ApplicationStatus::Rejected, ApplicationStatus::Completed,
          ApplicationStatus::Cancelled}) {
        QVERIFY(allowedNextStatuses(final).isEmpty());
    }
}

// The screening's own moves stay out of the table people choose from, and reach nothing
// beyond Submitted / Eligible / Ineligible.
void TestWorkflowService::rescreeningMovesOnlyBetweenScreeningStatuses()
{
    const QList<ApplicationStatus> screening{
        ApplicationStatus::Submitted, ApplicationStatus::Eligible, ApplicationStatus::Ineligible};
    for (const ApplicationStatus from : allApplicationStatuses()) {
        for (const ApplicationStatus to : allApplicationStatuses()) {
            const bool expected = from != to && screening.contains(from) && screening.contains(to);
            QCOMPARE(isRescreeningTransition(from, to), expected);
        }
    }
    QVERIFY(!isAllowedTransition(ApplicationStatus::Eligible, ApplicationStatus::Ineligible));

    QVERIFY(m_fund.setStatus(m_fund.sponsorship, u"eligible"_s));
    const auto refused = service().rescreen(m_fund.sponsorship, ApplicationStatus::UnderReview,
                                            u"Re-screened"_s, m_fund.manager);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    const auto noProfile = service().rescreen(m_fund.sponsorship, ApplicationStatus::Ineligible,
                                              u"Re-screened"_s, Profile{});
    QVERIFY(!noProfile.ok());
    QCOMPARE(noProfile.error().field, u"profile"_s);
    QVERIFY(service()
                .rescreen(m_fund.sponsorship, ApplicationStatus::Ineligible, u"Re-screened"_s,
                          m_fund.manager)
                .ok());
    QCOMPARE(*service().status(m_fund.sponsorship), ApplicationStatus::Ineligible);
    const auto history = service().history(m_fund.sponsorship);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().note, u"Re-screened"_s);
    QCOMPARE(history->first().date, kToday);
    QCOMPARE(history->first().profileName, m_fund.manager.name);
}

void TestWorkflowService::justificationRequiredBothWays_data()
{
    QTest::addColumn<ApplicationStatus>("to");
    QTest::newRow("recommended") << ApplicationStatus::Recommended;
    QTest::newRow("not recommended") << ApplicationStatus::NotRecommended;
}

void TestWorkflowService::justificationRequiredBothWays()
{
    QFETCH(ApplicationStatus, to);
    QVERIFY(m_fund.setStatus(m_fund.activity, u"under_review"_s));
    const auto blank = service().transition(m_fund.activity, to, u"   "_s, m_fund.manager);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().code, ErrorCode::InvalidInput);
    QCOMPARE(blank.error().field, u"note"_s);
    QVERIFY(service().transition(m_fund.activity, to, u"Strong needs case"_s, m_fund.manager).ok());
    QCOMPARE(service().history(m_fund.activity)->first().note, u"Strong needs case"_s);
}

void TestWorkflowService::rolesAreEnforced_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<ApplicationStatus>("to");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("finance recommends")
        << u"under_review"_s << ApplicationStatus::Recommended << u"finance"_s << false;
    QTest::newRow("office recommends")
        << u"under_review"_s << ApplicationStatus::NotRecommended << u"office"_s << false;
    QTest::newRow("manager recommends")
        << u"under_review"_s << ApplicationStatus::Recommended << u"manager"_s << true;
    QTest::newRow("manager approves")
        << u"recommended"_s << ApplicationStatus::Approved << u"manager"_s << false;
    QTest::newRow("finance rejects")
        << u"recommended"_s << ApplicationStatus::Rejected << u"finance"_s << false;
    QTest::newRow("office approves")
        << u"recommended"_s << ApplicationStatus::Approved << u"office"_s << true;
    QTest::newRow("finance submits")
        << u"draft"_s << ApplicationStatus::Submitted << u"finance"_s << true;
}

void TestWorkflowService::rolesAreEnforced()
{
    QFETCH(QString, from);
    QFETCH(ApplicationStatus, to);
    QFETCH(QString, actor);
    QFETCH(bool, allowed);
    const Profile profile = actor == u"finance"_s  ? m_fund.finance
                            : actor == u"office"_s ? m_fund.office
                                                   : m_fund.manager;
    QVERIFY(m_fund.setStatus(m_fund.activity, from));
    const auto done = service().transition(m_fund.activity, to, u"Reasoned"_s, profile);
    QCOMPARE(done.ok(), allowed);
    if (!allowed) {
        QCOMPARE(done.error().field, u"profile"_s);
        QVERIFY2(done.error().message.contains(profileRoleDisplayName(profile.role)),
                 qPrintable(done.error().message));
    }
}

// A recommender later moved to the High Representative's office still cannot approve.
void TestWorkflowService::recommenderCannotApprove()
{
    QVERIFY(m_fund.setStatus(m_fund.activity, u"under_review"_s));
    QVERIFY(
        service()
            .transition(m_fund.activity, ApplicationStatus::Recommended, u"Good"_s, m_fund.manager)
            .ok());
    QVERIFY(ProfileService(m_fund.db())
                .changeRole(m_fund.manager.id, ProfileRole::HighRepresentativeOffice)
                .ok());
    Profile moved = m_fund.manager;
    moved.role = ProfileRole::HighRepresentativeOffice;

    for (const ApplicationStatus decision :
         {ApplicationStatus::Approved, ApplicationStatus::Rejected}) {
        const auto refused = service().transition(m_fund.activity, decision, {}, moved);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
        QVERIFY(refused.error().message.contains(m_fund.manager.name));
    }
    QCOMPARE(*service().status(m_fund.activity), ApplicationStatus::Recommended);
    QVERIFY(
        service()
            .transition(m_fund.activity, ApplicationStatus::Approved, u"Signed"_s, m_fund.office)
            .ok());
}

void TestWorkflowService::fullPathRecordsWhoWhenAndNote()
{
    const QList<std::pair<ApplicationStatus, Profile>> path{
        {ApplicationStatus::Submitted, m_fund.finance},
        {ApplicationStatus::Eligible, m_fund.manager},
        {ApplicationStatus::UnderReview, m_fund.manager},
        {ApplicationStatus::Recommended, m_fund.manager},
        {ApplicationStatus::Approved, m_fund.office},
        {ApplicationStatus::Active, m_fund.manager},
        {ApplicationStatus::Completed, m_fund.manager},
    };
    int step = 0;
    for (const auto &[to, actor] : path) {
        const auto done =
            service().transition(m_fund.activity, to, u"Step %1"_s.arg(++step), actor);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
    }
    const auto history = service().history(m_fund.activity);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), path.size());
    QCOMPARE(history->first().from, ApplicationStatus::Draft);
    for (int i = 0; i < path.size(); ++i) {
        QCOMPARE(history->at(i).to, path.at(i).first);
        QCOMPARE(history->at(i).profileId, path.at(i).second.id);
        QCOMPARE(history->at(i).note, u"Step %1"_s.arg(i + 1));
        QVERIFY(history->at(i).at.isValid());
    }
}

void TestWorkflowService::ineligibleSponsorshipCannotBeRecommended()
{
    QVERIFY(m_fund.exec(u"UPDATE sponsorships SET met_c = 0, status = 'under_review'"_s));
    const auto refused = service().transition(m_fund.sponsorship, ApplicationStatus::Recommended,
                                              u"Keen"_s, m_fund.manager);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QVERIFY2(refused.error().message.contains(u"¶21(c)"_s), qPrintable(refused.error().message));
}

void TestWorkflowService::activityUnderTheFloorCannotBeRecommended()
{
    QVERIFY(m_fund.exec(u"UPDATE activity_amounts SET amount_minor = 1000000"_s));
    QVERIFY(m_fund.setStatus(m_fund.activity, u"under_review"_s));
    const auto refused = service().transition(m_fund.activity, ApplicationStatus::Recommended,
                                              u"Small but useful"_s, m_fund.manager);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(*service().status(m_fund.activity), ApplicationStatus::UnderReview);
}

void TestWorkflowService::unknownItemIsNotFound()
{
    const auto missing = service().transition(WorkflowItem::activity(99),
                                              ApplicationStatus::Submitted, {}, m_fund.manager);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

// The forms' update() keeps the stored status: only transition() moves it.
void TestWorkflowService::formEditsCannotMoveTheStatus()
{
    const auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference.ok());
    QVERIFY(m_fund.setStatus(m_fund.activity, u"under_review"_s));
    ActivityService activities(m_fund.db(), *reference, [] { return kToday; });
    auto activity = activities.find(ActivityId(m_fund.activity.id));
    QVERIFY(activity.ok());
    activity->status = ApplicationStatus::Approved;
    QVERIFY(activities.update(*activity).ok());
    QCOMPARE(*service().status(m_fund.activity), ApplicationStatus::UnderReview);

    QVERIFY(m_fund.setStatus(m_fund.sponsorship, u"under_review"_s));
    SponsorshipService sponsorships(m_fund.db(), *reference);
    auto sponsorship = sponsorships.find(SponsorshipId(m_fund.sponsorship.id));
    QVERIFY(sponsorship.ok());
    sponsorship->status = ApplicationStatus::Completed;
    const auto updated = sponsorships.update(*sponsorship);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(*service().status(m_fund.sponsorship), ApplicationStatus::UnderReview);
    QVERIFY(service().history(m_fund.sponsorship)->isEmpty());
}

void TestWorkflowService::transitionsKeepTheAuditChainSealed()
{
    QVERIFY(AuditChain::seal(m_fund.db()).ok()); // the fixture's raw inserts
    QVERIFY(service()
                .transition(m_fund.activity, ApplicationStatus::Submitted, {}, m_fund.manager)
                .ok());
    QVERIFY(service()
                .transition(m_fund.activity, ApplicationStatus::Eligible, {}, m_fund.manager)
                .ok());
    const auto verified = AuditChain::verify(m_fund.db());
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->message));
    QCOMPARE(verified->unsealed, 0);
}

QTEST_APPLESS_MAIN(TestWorkflowService)
#include "tst_workflowservice.moc"
