#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/activityfloor.h"
#include "core/services/activityfilter.h"
#include "core/services/activityservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/profileservice.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"
#include "core/services/reviewservice.h"
#include "core/services/workflowservice.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 30);
const Money kFloor = Money::usd(50'000'00);

// An application every rule accepts: USD 120,000 over two years.
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

ActivityApplication requesting(qint64 cents)
{
    ActivityApplication application = goodApplication();
    application.requested = {{2026, Money::usd(cents)}};
    return application;
}

using Change = std::function<void(ActivityApplication &)>;

} // namespace

class TestActivityService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void storesEveryFieldAndList();
    void givesReferencesInSequence();
    void refusesBadInput_data();
    void refusesBadInput();
    void needsDocumentAloneIsEnough();
    void floorFlag_data();
    void floorFlag();
    void zeroFloorFlagsNothing();
    void canBeRecommendedGivesTheReason();
    void noCeiling();
    void updateKeepsTheStoredStatus();
    void workflowRefusesRecommendingUnderTheFloor();
    void updateReplacesTheLists();
    void selectUsesTheIndexedFilters();
    void filterMatchesRegionOfAnyParticipant();
    void removeIsRefusedOnceReviewed();
    void duplicateReferenceIsAConflict();

private:
    int rows(const QString &table) const;
    ActivityService service() const;

    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
};

void TestActivityService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());
    auto reference = ReferenceDataService::load(m_db->connection());
    QVERIFY(reference.ok());
    m_reference = std::move(reference).value();
    FundSettings settings;
    settings.name = u"Test fund"_s;
    settings.activityFundingFloor = kFloor;
    QVERIFY(FundSettingsService(m_db->connection()).save(settings).ok());
}

void TestActivityService::cleanup()
{
    m_db.reset();
}

ActivityService TestActivityService::service() const
{
    return ActivityService(m_db->connection(), m_reference, [] { return kToday; });
}

int TestActivityService::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestActivityService::storesEveryFieldAndList()
{
    ActivityApplication application = goodApplication();
    application.coApplicantIso3 = {u"uga"_s, u"TZA"_s};
    application.partners = {{u"Kenya ICT Authority"_s, PartnerKind::NonGovernmental},
                            {u"UNDP"_s, PartnerKind::UnEntity}};
    application.objectives = u"Objectives"_s;
    application.expectedOutputs = u"Outputs"_s;
    application.outcomes = u"Outcomes"_s;
    application.coFunding = Money::usd(15'000'00);
    application.coFundingSource = u"National budget"_s;
    application.needsDocument = u"NA-KEN-2025"_s;
    application.focusAreas = {FocusArea::TrainingWorkforce, FocusArea::IncidentResponse,
                              FocusArea::TrainingWorkforce};
    application.requested = {{2027, Money::usd(40'000'00)}, {2026, Money::usd(80'000'00)}};
    application.status = ApplicationStatus::Submitted;
    application.results = u"n/a"_s;

    ActivityService activities = service();
    const auto id = activities.add(application);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const auto stored = activities.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->reference, u"CB-2026-001"_s);
    QCOMPARE(stored->coApplicantIso3, QStringList({u"UGA"_s, u"TZA"_s}));
    QCOMPARE(stored->partners, application.partners);
    QCOMPARE(stored->requested,
             QList<YearlyAmount>({{2026, Money::usd(80'000'00)}, {2027, Money::usd(40'000'00)}}));
    QCOMPARE(stored->requestedTotal().value(), Money::usd(120'000'00));
    QCOMPARE(stored->focusAreas,
             QList<FocusArea>({FocusArea::IncidentResponse, FocusArea::TrainingWorkforce}));
    QCOMPARE(stored->coFunding, Money::usd(15'000'00));
    QCOMPARE(stored->coFundingSource, u"National budget"_s);
    QCOMPARE(stored->needsDocument, u"NA-KEN-2025"_s);
    QCOMPARE(stored->status, ApplicationStatus::Submitted);
    QCOMPARE(stored->start, QDate(2026, 9, 1));
    QCOMPARE(stored->end, QDate(2027, 8, 31));
    QCOMPARE(stored->outcomes, u"Outcomes"_s);
    QCOMPARE(stored->results, u"n/a"_s);
}

void TestActivityService::givesReferencesInSequence()
{
    ActivityService activities = service();
    QCOMPARE(activities.nextReference(2026).value(), u"CB-2026-001"_s);
    QVERIFY(activities.add(goodApplication()).ok());
    QVERIFY(activities.add(goodApplication()).ok());
    ActivityApplication older = goodApplication();
    older.reference = u"CB-2025-014"_s;
    QVERIFY(activities.add(older).ok());
    QCOMPARE(activities.nextReference(2026).value(), u"CB-2026-003"_s);
    QCOMPARE(activities.nextReference(2025).value(), u"CB-2025-015"_s);
}

void TestActivityService::refusesBadInput_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");
    const auto row = [](const char *name, Change change, const char *field,
                        ErrorCode code = ErrorCode::InvalidInput) {
        QTest::newRow(name) << change << QString::fromLatin1(field) << code;
    };
    row("title blank", [](auto &a) { a.title = u"   "_s; }, "title");
    row("no applicant", [](auto &a) { a.applicantIso3.clear(); }, "applicant");
    row("unknown applicant", [](auto &a) { a.applicantIso3 = u"XYZ"_s; }, "applicant");
    row("observer applicant", [](auto &a) { a.applicantIso3 = u"PSE"_s; }, "applicant");
    row("co-applicant is applicant", [](auto &a) { a.coApplicantIso3 = {u"KEN"_s}; },
        "coApplicants");
    row("co-applicant observer", [](auto &a) { a.coApplicantIso3 = {u"VAT"_s}; },
        "coApplicants");
    row("co-applicant twice", [](auto &a) { a.coApplicantIso3 = {u"UGA"_s, u"UGA"_s}; },
        "coApplicants");
    row("partner without name",
        [](auto &a) { a.partners = {{u" "_s, PartnerKind::Academic}}; }, "partners");
    row("no start", [](auto &a) { a.start = QDate(); }, "start");
    row("no end", [](auto &a) { a.end = QDate(); }, "end");
    row("end before start", [](auto &a) { a.end = QDate(2026, 8, 31); }, "end");
    row("no amounts", [](auto &a) { a.requested.clear(); }, "requested");
    row("zero amount", [](auto &a) { a.requested[1].amount = Money::usd(0); }, "requested");
    row("negative amount", [](auto &a) { a.requested[1].amount = Money::usd(-1); },
        "requested");
    row("year before start", [](auto &a) { a.requested[0].year = 2025; }, "requested");
    row("year after end", [](auto &a) { a.requested[1].year = 2028; }, "requested");
    row("year twice", [](auto &a) { a.requested[1].year = 2026; }, "requested");
    row("amount in euros",
        [](auto &a) { a.requested[0].amount = Money::fromMinor(80'000'00, u"EUR"_s).value(); },
        "requested");
    row("negative co-funding", [](auto &a) { a.coFunding = Money::usd(-100); }, "coFunding");
    row("no focus area", [](auto &a) { a.focusAreas.clear(); }, "focusAreas");
    row("no needs assessment", [](auto &a) { a.needsAssessment = u" "_s; }, "needsAssessment");
    row("recommended under the floor",
        [](auto &a) {
            a.requested = {{2026, Money::usd(49'999'99)}};
            a.status = ApplicationStatus::Recommended;
        },
        "status", ErrorCode::RuleViolation);
    row("approved under the floor",
        [](auto &a) {
            a.requested = {{2026, Money::usd(10'000'00)}};
            a.status = ApplicationStatus::Approved;
        },
        "status", ErrorCode::RuleViolation);
}

void TestActivityService::refusesBadInput()
{
    QFETCH(Change, change);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);
    ActivityApplication application = goodApplication();
    change(application);
    ActivityService activities = service();
    const auto id = activities.add(application);
    QVERIFY(!id.ok());
    QCOMPARE(id.error().field, field);
    QCOMPARE(id.error().code, code);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(activities.validate(application).error().field, field);
    for (const auto &table : {u"activities"_s, u"activity_co_applicants"_s,
                              u"activity_partners"_s, u"activity_amounts"_s,
                              u"activity_focus_areas"_s}) {
        QCOMPARE(rows(table), 0);
    }
}

void TestActivityService::needsDocumentAloneIsEnough()
{
    ActivityApplication application = goodApplication();
    application.needsAssessment.clear();
    application.needsDocument = u"Needs assessment report, Ministry of ICT, 2025"_s;
    QVERIFY(service().add(application).ok());
}

void TestActivityService::floorFlag_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("below");
    QTest::newRow("one cent under") << qint64(49'999'99) << true;
    QTest::newRow("exactly the floor") << qint64(50'000'00) << false;
    QTest::newRow("well under") << qint64(1'00) << true;
    QTest::newRow("far above") << qint64(9'000'000'00) << false;
}

void TestActivityService::floorFlag()
{
    QFETCH(qint64, cents);
    QFETCH(bool, below);
    const ActivityApplication application = requesting(cents);
    FundSettings settings;
    settings.activityFundingFloor = kFloor;
    QCOMPARE(isBelowFloor(application, settings), below);
    QCOMPARE(service().isBelowFloor(application).value(), below);
    QCOMPARE(belowFloorExplanation(application, settings).isEmpty(), !below);
    // Flagged, not refused: a request under the floor can still be stored and reviewed.
    QVERIFY(service().add(application).ok());
}

void TestActivityService::zeroFloorFlagsNothing()
{
    FundSettings settings;
    QVERIFY(!isBelowFloor(requesting(1), settings));
    QVERIFY(canBeRecommended(requesting(1), settings).ok());
}

void TestActivityService::canBeRecommendedGivesTheReason()
{
    FundSettings settings;
    settings.activityFundingFloor = kFloor;
    const auto refused = canBeRecommended(requesting(30'000'00), settings);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(refused.error().field, u"requested"_s);
    QVERIFY(refused.error().message.contains(u"30000.00"_s));
    QVERIFY(refused.error().message.contains(u"50000.00"_s));
    QVERIFY(!canBeApproved(requesting(30'000'00), settings).ok());
    QVERIFY(canBeRecommended(requesting(50'000'00), settings).ok());
    QVERIFY(canBeApproved(requesting(50'000'00), settings).ok());
}

void TestActivityService::noCeiling()
{
    ActivityApplication application = requesting(250'000'000'00); // USD 250 million
    application.status = ApplicationStatus::Approved;
    QVERIFY(service().add(application).ok());
}

void TestActivityService::updateKeepsTheStoredStatus()
{
    ActivityService activities = service();
    ActivityApplication application = goodApplication();
    application.status = ApplicationStatus::UnderReview;
    const auto id = activities.add(application);
    QVERIFY(id.ok());
    application = *activities.find(*id);
    application.status = ApplicationStatus::Approved; // the form cannot skip the workflow
    application.title = u"Renamed"_s;
    QVERIFY(activities.update(application).ok());
    const auto stored = activities.find(*id);
    QCOMPARE(stored->title, u"Renamed"_s);
    QCOMPARE(stored->status, ApplicationStatus::UnderReview);
}

void TestActivityService::workflowRefusesRecommendingUnderTheFloor()
{
    ActivityService activities = service();
    Profile manager{ProfileId(), u"Amina Diallo"_s, ProfileRole::FundManager};
    const auto profileId = ProfileService(m_db->connection()).add(manager);
    QVERIFY(profileId.ok());
    manager.id = *profileId;
    WorkflowService workflow(m_db->connection(), [] { return kToday; });

    ActivityApplication small = requesting(20'000'00);
    small.status = ApplicationStatus::UnderReview;
    const auto id = activities.add(small);
    QVERIFY(id.ok());
    const auto item = WorkflowItem::activity(id->value());
    const auto refused =
        workflow.transition(item, ApplicationStatus::Recommended, u"Strong plan"_s, manager);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(activities.find(*id)->status, ApplicationStatus::UnderReview);
    QVERIFY(workflow.transition(item, ApplicationStatus::NotRecommended, u"Too small"_s, manager)
                .ok());
    QCOMPARE(activities.find(*id)->status, ApplicationStatus::NotRecommended);

    ActivityApplication big = goodApplication();
    big.status = ApplicationStatus::UnderReview;
    const auto bigId = activities.add(big);
    QVERIFY(bigId.ok());
    QVERIFY(workflow
                .transition(WorkflowItem::activity(bigId->value()), ApplicationStatus::Recommended,
                            u"Strong plan"_s, manager)
                .ok());
    QCOMPARE(activities.find(*bigId)->status, ApplicationStatus::Recommended);
}

void TestActivityService::updateReplacesTheLists()
{
    ActivityService activities = service();
    ActivityApplication application = goodApplication();
    application.partners = {{u"A"_s, PartnerKind::Academic}, {u"B"_s, PartnerKind::UnEntity}};
    const auto id = activities.add(application);
    QVERIFY(id.ok());
    auto stored = activities.find(*id).value();
    stored.partners = {{u"C"_s, PartnerKind::PrivateSector}};
    stored.requested = {{2027, Money::usd(60'000'00)}};
    stored.focusAreas = {FocusArea::Norms, FocusArea::PointsOfContact};
    stored.title = u"Renamed"_s;
    QVERIFY(activities.update(stored).ok());
    const auto reread = activities.find(*id).value();
    QCOMPARE(reread, stored);
    QCOMPARE(rows(u"activity_partners"_s), 1);
    QCOMPARE(rows(u"activity_amounts"_s), 1);

    stored.requested.clear(); // refused: nothing changes
    QVERIFY(!activities.update(stored).ok());
    QCOMPARE(activities.find(*id).value(), reread);
}

void TestActivityService::selectUsesTheIndexedFilters()
{
    ActivityService activities = service();
    ActivityApplication kenya = goodApplication();
    kenya.status = ApplicationStatus::Submitted;
    ActivityApplication fiji = goodApplication();
    fiji.applicantIso3 = u"FJI"_s;
    fiji.start = QDate(2027, 1, 1);
    fiji.end = QDate(2027, 12, 31);
    fiji.requested = {{2027, Money::usd(70'000'00)}};
    fiji.focusAreas = {FocusArea::Norms};
    QVERIFY(activities.add(kenya).ok());
    QVERIFY(activities.add(fiji).ok());

    const auto count = [&](const ActivityQuery &query) {
        return activities.select(query).value().size();
    };
    QCOMPARE(count({}), 2);
    QCOMPARE(count({ApplicationStatus::Submitted, {}, {}, {}}), 1);
    QCOMPARE(count({ApplicationStatus::Approved, {}, {}, {}}), 0);
    QCOMPARE(count({{}, u"FJI"_s, {}, {}}), 1);
    QCOMPARE(count({{}, {}, 2026, {}}), 1);
    QCOMPARE(count({{}, {}, 2027, {}}), 1);
    QCOMPARE(count({{}, {}, {}, FocusArea::Norms}), 1);
    QCOMPARE(count({{}, {}, {}, FocusArea::IncidentResponse}), 1);
    QCOMPARE(count({{}, u"FJI"_s, {}, FocusArea::IncidentResponse}), 0);
    // Lists come back with the filtered rows.
    QCOMPARE(activities.select({{}, u"FJI"_s, {}, {}}).value().constFirst().focusAreas,
             QList<FocusArea>({FocusArea::Norms}));
}

void TestActivityService::filterMatchesRegionOfAnyParticipant()
{
    ActivityApplication regional = goodApplication();
    regional.coApplicantIso3 = {u"FJI"_s};
    ActivityFilter filter;
    filter.region = Region::Oceania;
    QVERIFY(filter.matches(regional, m_reference));
    filter.region = Region::Europe;
    QVERIFY(!filter.matches(regional, m_reference));
    filter = ActivityFilter();
    filter.year = 2027;
    QVERIFY(filter.matches(regional, m_reference));
    filter.year = 2028;
    QVERIFY(!filter.matches(regional, m_reference));
    filter = ActivityFilter();
    filter.text = TextFilter(u"fiji cert"_s);
    QVERIFY(filter.matches(regional, m_reference));
}

void TestActivityService::removeIsRefusedOnceReviewed()
{
    ActivityService activities = service();
    const auto reviewed = activities.add(goodApplication());
    const auto fresh = activities.add(goodApplication());
    QVERIFY(reviewed.ok() && fresh.ok());
    QVERIFY(ReviewService(m_db->connection()).declare(*reviewed, u"A. Reviewer"_s, false, {}).ok());
    const auto refused = activities.remove(*reviewed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QVERIFY(activities.remove(*fresh).ok());
    QCOMPARE(rows(u"activities"_s), 1);
    QCOMPARE(rows(u"activity_amounts"_s), 2);
}

void TestActivityService::duplicateReferenceIsAConflict()
{
    ActivityService activities = service();
    QVERIFY(activities.add(goodApplication()).ok());
    ActivityApplication copy = goodApplication();
    copy.reference = u"CB-2026-001"_s;
    const auto refused = activities.add(copy);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Conflict);
    QCOMPARE(refused.error().field, u"reference"_s);
}

QTEST_APPLESS_MAIN(TestActivityService)
#include "tst_activityservice.moc"
