#include "core/services/balanceservice.h"
#include "core/services/commitmentservice.h"
#include "core/services/workflowservice.h"
#include "workflowtestfund.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace WorkflowTest;
using namespace Qt::StringLiterals;

class TestCommitments final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void approvalCommitsTheRequestedTotal();
    void approvalCommitsAnApprovedAmount();
    void sponsorshipCommitsItsCost();
    void overCommitmentIsRefusedWithTheShortfall();
    void refusedWhileNotOperational();
    void refusedWithoutAThreshold();
    void amendmentKeepsBothAmounts();
    void amendmentNeedsRolesJustificationAndSeparation();
    void rejectedAmendmentLeavesTheCommitment();
    void amendmentIncreaseMustFit();
    void cancelledItemReleasesWhatWasNotPaid();

private:
    void makeFundWith(qint64 receivedCents);
    WorkflowService workflow() const
    {
        return WorkflowService(m_fund.db(), [] { return kToday; });
    }
    CommitmentService commitments() const
    {
        return CommitmentService(m_fund.db(), [] { return kToday; });
    }
    Money committed() const { return BalanceService(m_fund.db()).balance(2026)->committed; }
    Money available() const { return BalanceService(m_fund.db()).balance(2026)->available; }

    Fund m_fund;
};

void TestCommitments::makeFundWith(qint64 receivedCents)
{
    m_fund = Fund();
    const QString failed = makeFund(m_fund, receivedCents);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fund.setStatus(m_fund.activity, u"recommended"_s));
    QVERIFY(m_fund.setStatus(m_fund.sponsorship, u"recommended"_s));
}

void TestCommitments::cleanup()
{
    m_fund.database.reset();
}

void TestCommitments::approvalCommitsTheRequestedTotal()
{
    makeFundWith(1'000'000'00);
    QCOMPARE(committed(), Money::usd(0));
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    const auto commitment = commitments().commitment(m_fund.activity);
    QVERIFY(commitment.ok() && commitment->has_value());
    QCOMPARE((*commitment)->amount, Money::usd(120'000'00));
    QCOMPARE((*commitment)->original, Money::usd(120'000'00));
    QCOMPARE((*commitment)->approverId, m_fund.office.id);
    QCOMPARE((*commitment)->approverName, m_fund.office.name);
    QCOMPARE((*commitment)->date, kToday);
    QCOMPARE(committed(), Money::usd(120'000'00));
    QCOMPARE(available(), Money::usd(880'000'00));
}

void TestCommitments::approvalCommitsAnApprovedAmount()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office,
                            Money::usd(100'000'00))
                .ok());
    QCOMPARE((*commitments().commitment(m_fund.activity))->amount, Money::usd(100'000'00));
    QCOMPARE(committed(), Money::usd(100'000'00));
}

void TestCommitments::sponsorshipCommitsItsCost()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.sponsorship, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    QCOMPARE((*commitments().commitment(m_fund.sponsorship))->amount, Money::usd(5'000'00));
}

void TestCommitments::overCommitmentIsRefusedWithTheShortfall()
{
    makeFundWith(110'000'00); // operational (threshold 100,000), but short of 120,000
    const auto refused =
        workflow().transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QVERIFY2(refused.error().message.contains(u"USD 10,000.00 short"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"USD 110,000.00"_s),
             qPrintable(refused.error().message));
    QCOMPARE(*workflow().status(m_fund.activity), ApplicationStatus::Recommended);
    QVERIFY(!commitments().commitment(m_fund.activity)->has_value());
    QVERIFY(workflow().history(m_fund.activity)->isEmpty());
}

void TestCommitments::refusedWhileNotOperational()
{
    makeFundWith(60'000'00); // below the USD 100,000 threshold
    const auto refused =
        workflow().transition(m_fund.sponsorship, ApplicationStatus::Approved, {}, m_fund.office);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"¶16"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(u"USD 40,000.00"_s),
             qPrintable(refused.error().message));
    QCOMPARE(committed(), Money::usd(0));
}

void TestCommitments::refusedWithoutAThreshold()
{
    makeFundWith(1'000'000'00);
    FundSettings settings = *FundSettingsService(m_fund.db()).load();
    settings.operationalThreshold = Money::usd(0);
    QVERIFY(FundSettingsService(m_fund.db()).save(settings).ok());
    QVERIFY(!workflow()
                 .transition(m_fund.sponsorship, ApplicationStatus::Approved, {}, m_fund.office)
                 .ok());
}

void TestCommitments::amendmentKeepsBothAmounts()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    const auto id = commitments().proposeAmendment(m_fund.activity, Money::usd(150'000'00),
                                                   u"Second training cohort"_s, m_fund.manager);
    QVERIFY(id.ok());
    // Proposed only: the commitment has not changed yet.
    QCOMPARE(committed(), Money::usd(120'000'00));
    QVERIFY(commitments().decideAmendment(*id, true, m_fund.office).ok());
    QCOMPARE(committed(), Money::usd(150'000'00));
    const auto commitment = *commitments().commitment(m_fund.activity);
    QCOMPARE(commitment->original, Money::usd(120'000'00));
    QCOMPARE(commitment->amount, Money::usd(150'000'00));
    const auto amendments = commitments().amendments(m_fund.activity);
    QVERIFY(amendments.ok());
    QCOMPARE(amendments->size(), 1);
    const Amendment &amendment = amendments->first();
    QCOMPARE(amendment.oldAmount, Money::usd(120'000'00));
    QCOMPARE(amendment.newAmount, Money::usd(150'000'00));
    QCOMPARE(amendment.justification, u"Second training cohort"_s);
    QCOMPARE(amendment.recommenderId, m_fund.manager.id);
    QCOMPARE(amendment.approverId, m_fund.office.id);
    QCOMPARE(amendment.status, AmendmentStatus::Approved);
}

void TestCommitments::amendmentNeedsRolesJustificationAndSeparation()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    QVERIFY(!commitments()
                 .proposeAmendment(m_fund.activity, Money::usd(1), u"x"_s, m_fund.finance)
                 .ok());
    const auto blank =
        commitments().proposeAmendment(m_fund.activity, Money::usd(1), u" "_s, m_fund.manager);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().field, u"justification"_s);
    QVERIFY(!commitments()
                 .proposeAmendment(m_fund.sponsorship, Money::usd(1), u"x"_s,
                                   m_fund.manager)
                 .ok()); // not approved
    const auto id = commitments().proposeAmendment(m_fund.activity, Money::usd(90'000'00),
                                                   u"Smaller venue"_s, m_fund.manager);
    QVERIFY(id.ok());
    QVERIFY(!commitments().decideAmendment(*id, true, m_fund.manager2).ok()); // wrong role
    Profile self = m_fund.manager;
    self.role = ProfileRole::HighRepresentativeOffice;
    const auto own = commitments().decideAmendment(*id, true, self);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code, ErrorCode::RuleViolation);
    QVERIFY(commitments().decideAmendment(*id, true, m_fund.office2).ok());
    QVERIFY(!commitments().decideAmendment(*id, false, m_fund.office).ok()); // decided already
    QCOMPARE(committed(), Money::usd(90'000'00));
}

void TestCommitments::rejectedAmendmentLeavesTheCommitment()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    const auto id = commitments().proposeAmendment(m_fund.activity, Money::usd(200'000'00),
                                                   u"More"_s, m_fund.manager);
    QVERIFY(id.ok());
    QVERIFY(commitments().decideAmendment(*id, false, m_fund.office).ok());
    QCOMPARE(committed(), Money::usd(120'000'00));
    QCOMPARE(commitments().amendments(m_fund.activity)->first().status, AmendmentStatus::Rejected);
}

void TestCommitments::amendmentIncreaseMustFit()
{
    makeFundWith(130'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    const auto id = commitments().proposeAmendment(m_fund.activity, Money::usd(150'000'00),
                                                   u"More"_s, m_fund.manager);
    QVERIFY(id.ok());
    const auto refused = commitments().decideAmendment(*id, true, m_fund.office);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"USD 20,000.00 short"_s),
             qPrintable(refused.error().message));
    QCOMPARE(committed(), Money::usd(120'000'00));
}

void TestCommitments::cancelledItemReleasesWhatWasNotPaid()
{
    makeFundWith(1'000'000'00);
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok());
    QVERIFY(
        m_fund.exec(u"INSERT INTO disbursements (date, item_kind, item_id, amount_minor, "
                    "currency, usd_rate_e9, usd_minor, payee, recipient_iso3, refund) VALUES "
                    "('2026-06-01', 'activity', 1, 3000000, 'USD', 1000000000, 3000000, "
                    "'Fiji MoC', 'FJI', 0)"_s));
    QVERIFY(workflow()
                .transition(m_fund.activity, ApplicationStatus::Cancelled, u"Postponed"_s,
                            m_fund.manager)
                .ok());
    QCOMPARE(committed(), Money::usd(30'000'00));
}

QTEST_APPLESS_MAIN(TestCommitments)
#include "tst_commitments.moc"
