#include "core/domain/contribution.h"
#include "core/services/contributionservice.h"
#include "core/services/disbursementservice.h"
#include "core/services/periodlock.h"
#include "core/services/periodservice.h"
#include "core/services/workflowservice.h"
#include "workflowtestfund.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace WorkflowTest;
using namespace Qt::StringLiterals;

class TestPeriodLock final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void openYearAcceptsChanges();
    void closedYearRefusesContributions();
    void closedYearRefusesDisbursementsAndTransitions();
    void onlyTheFundManagerClosesAndReopens();
    void reopenNeedsAReasonAndIsRecorded();
    void closingTwiceIsAConflict();

private:
    Contribution receipt(const QDate &date) const;
    PeriodService periods() const { return PeriodService(m_fund.db()); }

    Fund m_fund;
};

void TestPeriodLock::init()
{
    m_fund = Fund();
    const QString failed = makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestPeriodLock::cleanup()
{
    m_fund.database.reset();
}

Contribution TestPeriodLock::receipt(const QDate &date) const
{
    Contribution contribution;
    contribution.donorId = DonorId(1);
    contribution.type = ContributionType::Receipt;
    contribution.date = date;
    contribution.amount = Money::usd(1'000'00);
    return contribution;
}

void TestPeriodLock::openYearAcceptsChanges()
{
    QVERIFY(PeriodLock(m_fund.db()).check(QDate(2025, 3, 1)).ok());
    QVERIFY(!*PeriodLock(m_fund.db()).isClosed(2025));
    ContributionService contributions(m_fund.db(), [] { return kToday; });
    const auto id = contributions.record(receipt(QDate(2025, 3, 1)));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
}

void TestPeriodLock::closedYearRefusesContributions()
{
    ContributionService contributions(m_fund.db(), [] { return kToday; });
    const auto id = contributions.record(receipt(QDate(2025, 3, 1)));
    QVERIFY(id.ok());
    QVERIFY(periods().close(2025, m_fund.manager).ok());
    QVERIFY(*PeriodLock(m_fund.db()).isClosed(2025));

    const auto recorded = contributions.record(receipt(QDate(2025, 12, 31)));
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().code, ErrorCode::RuleViolation);
    QVERIFY2(recorded.error().message.contains(u"2025"_s), qPrintable(recorded.error().message));

    Contribution moved = *contributions.find(*id);
    moved.date = QDate(2026, 1, 5); // moving a record out of a closed year is a change to it
    QVERIFY(!contributions.update(moved, u"Wrong year"_s).ok());
    QVERIFY(!contributions.remove(*id, u"Duplicate"_s).ok());
    QVERIFY(contributions.find(*id).ok());

    // The next year is open.
    QVERIFY(contributions.record(receipt(QDate(2026, 1, 5))).ok());
    Contribution intoClosed = receipt(QDate(2026, 2, 1));
    const auto other = contributions.record(intoClosed);
    QVERIFY(other.ok());
    intoClosed.id = *other;
    intoClosed.date = QDate(2025, 6, 1);
    QVERIFY(!contributions.update(intoClosed, u"Backdate"_s).ok());
}

void TestPeriodLock::closedYearRefusesDisbursementsAndTransitions()
{
    QVERIFY(m_fund.setStatus(m_fund.sponsorship, u"recommended"_s));
    WorkflowService workflow(m_fund.db(), [] { return kToday; });
    QVERIFY(workflow.transition(m_fund.sponsorship, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    QVERIFY(periods().close(2026, m_fund.manager).ok());

    const auto moved =
        workflow.transition(m_fund.sponsorship, ApplicationStatus::Active, {}, m_fund.manager);
    QVERIFY(!moved.ok());
    QVERIFY(moved.error().message.contains(u"2026"_s));

    Disbursement d;
    d.date = QDate(2026, 6, 1);
    d.amount = Money::usd(100'00);
    d.payee = u"Travel agency"_s;
    d.item = m_fund.sponsorship;
    const auto paid =
        DisbursementService(m_fund.db(), [] { return kToday; }).record(d, m_fund.finance);
    QVERIFY(!paid.ok());
    QVERIFY(paid.error().message.contains(u"2026"_s));

    QVERIFY(periods().reopen(2026, u"Late invoice from the travel agency"_s, m_fund.manager).ok());
    QVERIFY(workflow.transition(m_fund.sponsorship, ApplicationStatus::Active, {}, m_fund.manager)
                .ok());
}

void TestPeriodLock::onlyTheFundManagerClosesAndReopens()
{
    QVERIFY(!periods().close(2025, m_fund.finance).ok());
    QVERIFY(!periods().close(2025, m_fund.office).ok());
    QVERIFY(periods().close(2025, m_fund.manager).ok());
    QVERIFY(!periods().reopen(2025, u"Reason"_s, m_fund.finance).ok());
    QCOMPARE(*periods().closedYears(), QList<int>{2025});
}

void TestPeriodLock::reopenNeedsAReasonAndIsRecorded()
{
    QVERIFY(periods().close(2025, m_fund.manager).ok());
    const auto blank = periods().reopen(2025, u"  "_s, m_fund.manager);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().field, u"reason"_s);
    QVERIFY(*PeriodLock(m_fund.db()).isClosed(2025));

    QVERIFY(periods().reopen(2025, u"Auditors' adjustment"_s, m_fund.manager2).ok());
    QVERIFY(!*PeriodLock(m_fund.db()).isClosed(2025));
    const auto events = periods().events();
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->at(0).action, PeriodEvent::Action::Close);
    QCOMPARE(events->at(0).profileId, m_fund.manager.id);
    QCOMPARE(events->at(1).action, PeriodEvent::Action::Reopen);
    QCOMPARE(events->at(1).reason, u"Auditors' adjustment"_s);
    QCOMPARE(events->at(1).profileId, m_fund.manager2.id);
    QVERIFY(events->at(1).at.isValid());
}

void TestPeriodLock::closingTwiceIsAConflict()
{
    QVERIFY(periods().close(2025, m_fund.manager).ok());
    const auto again = periods().close(2025, m_fund.manager);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(!periods().reopen(2024, u"Never closed"_s, m_fund.manager).ok());
}

QTEST_APPLESS_MAIN(TestPeriodLock)
#include "tst_periodlock.moc"
