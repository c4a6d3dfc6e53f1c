#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/rubricaggregate.h"
#include "core/reports/csvwriter.h"
#include "core/services/activityservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"
#include "core/services/reviewservice.h"

#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 6, 30);

ActivityApplication application(const QString &iso3, qint64 cents,
                                ApplicationStatus status = ApplicationStatus::UnderReview)
{
    ActivityApplication a;
    a.applicantIso3 = iso3;
    a.title = u"Training of trainers"_s;
    a.start = QDate(2026, 9, 1);
    a.end = QDate(2026, 12, 31);
    a.requested = {{2026, Money::usd(cents)}};
    a.focusAreas = {FocusArea::TrainingWorkforce};
    a.needsAssessment = u"Assessed"_s;
    a.status = status;
    return a;
}

RubricScores flat(int score)
{
    RubricScores scores;
    scores.fill(score);
    return scores;
}

} // namespace

class TestReviewService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void weightsAreEqualByDefaultAndStored();
    void badWeightsAreRefused_data();
    void badWeightsAreRefused();
    void declarationIsRecordedBeforeScores();
    void declarationRules();
    void recusedReviewerCannotScore();
    void declaringAConflictLaterWithdrawsTheScores();
    void scoresNeedTheScaleAndAJustification_data();
    void scoresNeedTheScaleAndAJustification();
    void aggregateIsTheMeanOfWeightedScoresWithoutRecused();
    void weightsChangeTheAggregate();
    void roundingIsExactHalfEven_data();
    void roundingIsExactHalfEven();
    void noScoreUntilSomeoneScores();
    void rankingRunsTheTotalAgainstTheBalance();
    void scoreTableExportsPerCriterionScores();

private:
    ActivityId addApplication(const ActivityApplication &a);
    ReviewId scored(ActivityId id, const QString &reviewer, const RubricScores &scores);
    ReviewService service() const;

    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
    ActivityId m_kenya;
};

void TestReviewService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());
    m_reference = ReferenceDataService::load(m_db->connection()).value();
    FundSettings settings;
    settings.activityFundingFloor = Money::usd(50'000'00);
    QVERIFY(FundSettingsService(m_db->connection()).save(settings).ok());
    m_kenya = addApplication(application(u"KEN"_s, 100'000'00));
}

void TestReviewService::cleanup()
{
    m_db.reset();
}

ActivityId TestReviewService::addApplication(const ActivityApplication &a)
{
    const auto id = ActivityService(m_db->connection(), m_reference, [] { return kToday; }).add(a);
    return id.ok() ? *id : ActivityId();
}

ReviewService TestReviewService::service() const
{
    return ReviewService(m_db->connection(), [] { return kToday; });
}

ReviewId TestReviewService::scored(ActivityId id, const QString &reviewer,
                                   const RubricScores &scores)
{
    ReviewService reviews = service();
    const auto review = reviews.declare(id, reviewer, false, {});
    if (!review || !reviews.score(*review, scores, u"Because."_s)) {
        return {};
    }
    return *review;
}

void TestReviewService::weightsAreEqualByDefaultAndStored()
{
    ReviewService reviews = service();
    QCOMPARE(reviews.weights().value(), RubricWeights());
    QCOMPARE(RubricWeights().values(), flat(1));
    const auto custom = RubricWeights::create({2, 1, 1, 3, 1, 0});
    QVERIFY(custom.ok());
    QVERIFY(reviews.setWeights(*custom).ok());
    QCOMPARE(reviews.weights().value(), *custom);
    QCOMPARE(reviews.weights()->total(), 8);
}

void TestReviewService::badWeightsAreRefused_data()
{
    QTest::addColumn<RubricScores>("weights");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative") << RubricScores{1, 1, -1, 1, 1, 1} << u"weight.geographic_balance"_s;
    QTest::newRow("too large") << RubricScores{1, 1, 1, 1, 1, 1001} << u"weight.gender"_s;
    QTest::newRow("all zero") << RubricScores{0, 0, 0, 0, 0, 0} << u"weights"_s;
}

void TestReviewService::badWeightsAreRefused()
{
    QFETCH(RubricScores, weights);
    QFETCH(QString, field);
    const auto created = RubricWeights::create(weights);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().field, field);
    QVERIFY(!created.error().message.isEmpty());
}

void TestReviewService::declarationIsRecordedBeforeScores()
{
    ReviewService reviews = service();
    const auto id = reviews.declare(m_kenya, u"  Li Wei "_s, false, {});
    QVERIFY(id.ok());
    const auto stored = reviews.reviewsFor(m_kenya).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored[0].reviewer, u"Li Wei"_s);
    QCOMPARE(stored[0].declaredOn, kToday);
    QVERIFY(!stored[0].conflictDeclared);
    QVERIFY(!stored[0].scored);
    QCOMPARE(reviews.aggregate(m_kenya)->pendingReviewers, 1);
}

void TestReviewService::declarationRules()
{
    ReviewService reviews = service();
    QCOMPARE(reviews.declare(m_kenya, u" "_s, false, {}).error().field, u"reviewer"_s);
    QCOMPARE(reviews.declare(m_kenya, u"A"_s, true, u" "_s).error().field, u"conflictNote"_s);
    QVERIFY(reviews.declare(m_kenya, u"Li Wei"_s, false, {}).ok());
    const auto twice = reviews.declare(m_kenya, u"li wei"_s, false, {});
    QCOMPARE(twice.error().code, ErrorCode::Conflict);
    QCOMPARE(reviews.declare(ActivityId(999), u"B"_s, false, {}).error().code,
             ErrorCode::NotFound);
    QCOMPARE(reviews.all()->size(), 1);
}

void TestReviewService::recusedReviewerCannotScore()
{
    ReviewService reviews = service();
    const auto id = reviews.declare(m_kenya, u"Carlos Mendes"_s, true, u"Former adviser"_s);
    QVERIFY(id.ok());
    const auto refused = reviews.score(*id, flat(5), u"Great"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(refused.error().field, u"conflict"_s);
    QVERIFY(refused.error().message.contains(u"Carlos Mendes"_s));
    const auto stored = reviews.reviewsFor(m_kenya).value();
    QVERIFY(!stored[0].scored);
    QCOMPARE(stored[0].conflictNote, u"Former adviser"_s);
    const auto aggregate = reviews.aggregate(m_kenya).value();
    QCOMPARE(aggregate.recusedReviewers, 1);
    QCOMPARE(aggregate.scoredReviewers, 0);
    QVERIFY(!aggregate.hasScore());
}

void TestReviewService::declaringAConflictLaterWithdrawsTheScores()
{
    const ReviewId high = scored(m_kenya, u"A"_s, flat(5));
    QVERIFY(scored(m_kenya, u"B"_s, flat(1)).isValid());
    ReviewService reviews = service();
    QCOMPARE(reviews.aggregate(m_kenya)->score->scaled100(), 300);
    QVERIFY(reviews.redeclare(high, true, u"Discovered a family tie"_s).ok());
    const auto aggregate = reviews.aggregate(m_kenya).value();
    QCOMPARE(aggregate.score->scaled100(), 100);
    QCOMPARE(aggregate.recusedReviewers, 1);
    QVERIFY(!reviews.score(high, flat(5), u"again"_s).ok());
}

void TestReviewService::scoresNeedTheScaleAndAJustification_data()
{
    QTest::addColumn<RubricScores>("scores");
    QTest::addColumn<QString>("justification");
    QTest::addColumn<QString>("field");
    QTest::newRow("above 5") << RubricScores{5, 6, 5, 5, 5, 5} << u"ok"_s << u"score.synergy"_s;
    QTest::newRow("below 0") << RubricScores{-1, 0, 0, 0, 0, 0} << u"ok"_s
                             << u"score.needs_assessment"_s;
    QTest::newRow("no justification") << flat(3) << u"  "_s << u"justification"_s;
}

void TestReviewService::scoresNeedTheScaleAndAJustification()
{
    QFETCH(RubricScores, scores);
    QFETCH(QString, justification);
    QFETCH(QString, field);
    ReviewService reviews = service();
    const auto id = reviews.declare(m_kenya, u"A"_s, false, {});
    const auto refused = reviews.score(*id, scores, justification);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, field);
    QVERIFY(!reviews.reviewsFor(m_kenya)->constFirst().scored);
}

void TestReviewService::aggregateIsTheMeanOfWeightedScoresWithoutRecused()
{
    QVERIFY(scored(m_kenya, u"A"_s, {5, 4, 3, 2, 1, 0}).isValid()); // 15 / 6 = 2.5
    QVERIFY(scored(m_kenya, u"B"_s, flat(3)).isValid());            // 18 / 6 = 3.0
    ReviewService reviews = service();
    QVERIFY(reviews.declare(m_kenya, u"C"_s, true, u"Conflict"_s).ok());
    QVERIFY(reviews.declare(m_kenya, u"D"_s, false, {}).ok()); // not scored yet

    const auto aggregate = reviews.aggregate(m_kenya).value();
    QCOMPARE(aggregate.scoredReviewers, 2);
    QCOMPARE(aggregate.recusedReviewers, 1);
    QCOMPARE(aggregate.pendingReviewers, 1);
    QCOMPARE(*aggregate.score, RubricScore(33, 12)); // (2.5 + 3.0) / 2 = 2.75
    QCOMPARE(aggregate.score->scaled100(), 275);
    QCOMPARE(aggregate.score->toPlainString(), u"2.75"_s);
    QCOMPARE(aggregate.spread->scaled100(), 50); // 3.0 − 2.5
    const std::array<std::optional<int>, 6> spreads{2, 1, 0, 1, 2, 3};
    QCOMPARE(aggregate.criterionSpreads, spreads);
    QCOMPARE(aggregate.criterionMeans[0]->scaled100(), 400);
    QCOMPARE(aggregate.criterionMeans[5]->scaled100(), 150);
}

void TestReviewService::weightsChangeTheAggregate()
{
    QVERIFY(scored(m_kenya, u"A"_s, {5, 4, 3, 2, 1, 0}).isValid());
    QVERIFY(scored(m_kenya, u"B"_s, flat(3)).isValid());
    ReviewService reviews = service();
    QVERIFY(reviews.setWeights(RubricWeights::create({3, 1, 0, 0, 0, 0}).value()).ok());
    // A: (15 + 4) / 4 = 4.75; B: (9 + 3) / 4 = 3; mean 31 / 8 = 3.875, shown 3.88 (half-even).
    const auto aggregate = reviews.aggregate(m_kenya).value();
    QCOMPARE(*aggregate.score, RubricScore(31, 8));
    QCOMPARE(aggregate.score->scaled100(), 388);
    QCOMPARE(aggregate.spread->scaled100(), 175);
}

void TestReviewService::roundingIsExactHalfEven_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("scaled");
    QTest::newRow("3.125 to even 312") << qint64(25) << qint64(8) << qint64(312);
    QTest::newRow("3.875 to even 388") << qint64(31) << qint64(8) << qint64(388);
    QTest::newRow("0.125 to even 12") << qint64(1) << qint64(8) << qint64(12);
    QTest::newRow("0.375 to even 38") << qint64(3) << qint64(8) << qint64(38);
    QTest::newRow("two thirds up") << qint64(2) << qint64(3) << qint64(67);
    QTest::newRow("one third down") << qint64(1) << qint64(3) << qint64(33);
    QTest::newRow("32/18") << qint64(32) << qint64(18) << qint64(178);
    QTest::newRow("five") << qint64(30) << qint64(6) << qint64(500);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestReviewService::roundingIsExactHalfEven()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, scaled);
    QCOMPARE(RubricScore(numerator, denominator).scaled100(), scaled);
    // Equal fractions compare equal whatever their terms.
    QCOMPARE(RubricScore(numerator * 3, denominator * 3), RubricScore(numerator, denominator));
}

void TestReviewService::noScoreUntilSomeoneScores()
{
    const auto aggregate = service().aggregate(m_kenya).value();
    QVERIFY(!aggregate.hasScore());
    QVERIFY(!aggregate.spread.has_value());
    QVERIFY(!aggregate.criterionSpreads[0].has_value());
}

void TestReviewService::rankingRunsTheTotalAgainstTheBalance()
{
    // m_kenya: USD 100,000, scored 3.0. Others below.
    QVERIFY(scored(m_kenya, u"A"_s, flat(3)).isValid());
    const ActivityId fiji = addApplication(application(u"FJI"_s, 200'000'00));
    QVERIFY(scored(fiji, u"A"_s, flat(4)).isValid());
    const ActivityId small = addApplication(application(u"NPL"_s, 20'000'00)); // under floor
    QVERIFY(scored(small, u"A"_s, flat(5)).isValid());
    const ActivityId peru = addApplication(application(u"PER"_s, 150'000'00));
    QVERIFY(scored(peru, u"A"_s, flat(2)).isValid());
    const ActivityId unscored = addApplication(application(u"GTM"_s, 90'000'00));
    const ActivityId draft = addApplication(application(u"BGD"_s, 90'000'00,
                                                        ApplicationStatus::Draft));
    QVERIFY(unscored.isValid() && draft.isValid());

    const auto ranking = service().ranking(Money::usd(320'000'00));
    QVERIFY(ranking.ok());
    QCOMPARE(ranking->size(), 5); // the draft is not a candidate
    const auto &lines = *ranking;
    QCOMPARE(lines[0].application.id, small);
    QVERIFY(lines[0].belowFloor && !lines[0].counted && !lines[0].fitsBalance);
    QCOMPARE(lines[0].runningTotal, Money::usd(0));
    QCOMPARE(lines[1].application.id, fiji);
    QCOMPARE(lines[1].runningTotal, Money::usd(200'000'00));
    QVERIFY(lines[1].fitsBalance);
    QCOMPARE(lines[2].application.id, m_kenya);
    QCOMPARE(lines[2].runningTotal, Money::usd(300'000'00));
    QVERIFY(lines[2].fitsBalance);
    QCOMPARE(lines[3].application.id, peru);
    QCOMPARE(lines[3].runningTotal, Money::usd(450'000'00));
    QVERIFY(!lines[3].fitsBalance);
    QCOMPARE(lines[4].application.id, unscored);
    QVERIFY(!lines[4].counted && !lines[4].aggregate.hasScore());
    QCOMPARE(lines[1].rank, 2);
    QCOMPARE(lines[4].rank, 5);
}

void TestReviewService::scoreTableExportsPerCriterionScores()
{
    QVERIFY(scored(m_kenya, u"Amina Diallo"_s, {5, 4, 3, 2, 1, 0}).isValid());
    ReviewService reviews = service();
    QVERIFY(reviews.declare(m_kenya, u"Recused"_s, true, u"Conflict"_s).ok());
    const auto table = reviews.scoreTable();
    QVERIFY(table.ok());
    QCOMPARE(table->header.size(), 11);
    QCOMPARE(table->header[3], u"(a) Needs assessment"_s);
    QCOMPARE(table->rows.size(), 1);
    const QVariantList row = table->rows.constFirst();
    QCOMPARE(row[0].toString(), u"CB-2026-001"_s);
    QCOMPARE(row[2].toString(), u"Amina Diallo"_s);
    QCOMPARE(row[3].toInt(), 5);
    QCOMPARE(row[8].toInt(), 0);
    QCOMPARE(row[9].toString(), u"2.50"_s);
    QCOMPARE(row[10].toString(), u"Because."_s);
    const QByteArray csv = CsvWriter::toBytes(*table);
    QVERIFY(csv.contains("CB-2026-001,Training of trainers,Amina Diallo,5,4,3,2,1,0,2.50,"
                         "Because.\r\n"));
    QCOMPARE(reviews.scoreTable(ActivityId(999))->rows.size(), 0);
}

QTEST_APPLESS_MAIN(TestReviewService)
#include "tst_reviewservice.moc"
