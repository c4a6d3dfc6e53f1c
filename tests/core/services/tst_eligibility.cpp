#include "core/services/eligibilityscreening.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

SponsorshipApplication meetsEverything()
{
    SponsorshipApplication application;
    application.capitalBased = true;
    for (CriterionAssessment &assessment : application.criteria) {
        assessment = {true, u"seen"_s};
    }
    return application;
}

} // namespace

class TestEligibility final : public QObject
{
    Q_OBJECT

private slots:
    void meetingEveryCriterionIsEligible()
    {
        const EligibilityResult result = EligibilityScreening::screen(meetsEverything());
        QVERIFY(result.isEligible());
        QVERIFY(result.canBeRecommended());
        QCOMPARE(result.screenedStatus(), ApplicationStatus::Eligible);
    }

    void eachFailingCriterionIsNamed_data()
    {
        QTest::addColumn<EligibilityCriterion>("criterion");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("words");
        QTest::newRow("a") << EligibilityCriterion::CapitalBasedOfficial << u"¶21(a): "_s
                           << u"capital-based"_s;
        QTest::newRow("b") << EligibilityCriterion::DirectExperience << u"¶21(b): "_s
                           << u"experience"_s;
        QTest::newRow("c") << EligibilityCriterion::AbleToTravel << u"¶21(c): "_s << u"travel"_s;
        QTest::newRow("d") << EligibilityCriterion::AttendsAllMeetings << u"¶21(d): "_s
                           << u"formal meetings"_s;
        QTest::newRow("e") << EligibilityCriterion::SharesReport << u"¶21(e): "_s << u"report"_s;
    }
    void eachFailingCriterionIsNamed()
    {
        QFETCH(EligibilityCriterion, criterion);
        QFETCH(QString, prefix);
        QFETCH(QString, words);
        SponsorshipApplication application = meetsEverything();
        application.criterion(criterion).met = false;
        const EligibilityResult result = EligibilityScreening::screen(application);
        QCOMPARE(result.failures.size(), 1);
        QCOMPARE(result.failures.constFirst().criterion, criterion);
        QVERIFY(result.failures.constFirst().message.startsWith(prefix));
        QVERIFY(result.failures.constFirst().message.contains(words));
        QVERIFY(!result.canBeRecommended());
        QCOMPARE(result.screenedStatus(), ApplicationStatus::Ineligible);
        QCOMPARE(result.failingCriteria(), QList<EligibilityCriterion>{criterion});
    }

    void notCapitalBasedFailsCriterionA()
    {
        SponsorshipApplication application = meetsEverything();
        application.capitalBased = false;
        const EligibilityResult result = EligibilityScreening::screen(application);
        QCOMPARE(result.failingCriteria(),
                 QList<EligibilityCriterion>{EligibilityCriterion::CapitalBasedOfficial});
        QVERIFY(!result.canBeRecommended());
    }

    void severalFailuresInTheOrderOfTheReport()
    {
        SponsorshipApplication application = meetsEverything();
        application.criterion(EligibilityCriterion::SharesReport).met = false;
        application.criterion(EligibilityCriterion::AbleToTravel).met = false;
        const EligibilityResult result = EligibilityScreening::screen(application);
        QCOMPARE(result.failingCriteria(),
                 (QList<EligibilityCriterion>{EligibilityCriterion::AbleToTravel,
                                              EligibilityCriterion::SharesReport}));
    }

    void unassessedCriteriaKeepTheApplicationSubmitted()
    {
        SponsorshipApplication application = meetsEverything();
        application.criterion(EligibilityCriterion::DirectExperience).met.reset();
        const EligibilityResult result = EligibilityScreening::screen(application);
        QVERIFY(result.failures.isEmpty());
        QCOMPARE(result.unassessed,
                 QList<EligibilityCriterion>{EligibilityCriterion::DirectExperience});
        QVERIFY(!result.canBeRecommended());
        QCOMPARE(result.screenedStatus(), ApplicationStatus::Submitted);
    }

    void aFailureOutranksAnUnassessedCriterion()
    {
        SponsorshipApplication application = meetsEverything();
        application.criterion(EligibilityCriterion::DirectExperience).met.reset();
        application.criterion(EligibilityCriterion::AbleToTravel).met = false;
        QCOMPARE(EligibilityScreening::screen(application).screenedStatus(),
                 ApplicationStatus::Ineligible);
    }

    void criterionKeysRoundTrip()
    {
        for (const EligibilityCriterion criterion : allEligibilityCriteria()) {
            QCOMPARE(eligibilityCriterionFromKey(eligibilityCriterionKey(criterion)), criterion);
            QVERIFY(!eligibilityCriterionDescription(criterion).isEmpty());
        }
        QVERIFY(!eligibilityCriterionFromKey(u"f"_s).has_value());
    }
};

QTEST_APPLESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
