#include "core/services/balanceservice.h"
#include "core/services/disbursementservice.h"
#include "core/services/workflowservice.h"
#include "workflowtestfund.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace WorkflowTest;
using namespace Qt::StringLiterals;

class TestDisbursementService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void paymentUpToTheCommitment();
    void paymentBeyondTheCommitmentIsRefused();
    void foreignCurrencyIsCheckedInUsd();
    void onlyApprovedOrActiveItemsArePaid();
    void refundNeedsAReasonAndCannotExceedWhatWasPaid();
    void regionComesFromTheRecipientState();
    void totalsByRegionAndYear();
    void listFilters();
    void refusesBadInput_data();
    void refusesBadInput();

private:
    DisbursementService service() const
    {
        return DisbursementService(m_fund.db(), [] { return kToday; });
    }
    Disbursement payment(qint64 usdCents, const WorkflowItem &item,
                         const QDate &date = QDate(2026, 6, 1)) const;

    Fund m_fund;
};

void TestDisbursementService::init()
{
    m_fund = Fund();
    const QString failed = makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fund.setStatus(m_fund.activity, u"recommended"_s));
    QVERIFY(m_fund.setStatus(m_fund.sponsorship, u"recommended"_s));
    WorkflowService workflow(m_fund.db(), [] { return kToday; });
    QVERIFY(workflow.transition(m_fund.activity, ApplicationStatus::Approved, {}, m_fund.office)
                .ok()); // USD 120,000 committed
    QVERIFY(workflow.transition(m_fund.sponsorship, ApplicationStatus::Approved, {},
                                m_fund.office)
                .ok()); // USD 5,000 committed
}

void TestDisbursementService::cleanup()
{
    m_fund.database.reset();
}

Disbursement TestDisbursementService::payment(qint64 usdCents, const WorkflowItem &item,
                                              const QDate &date) const
{
    Disbursement d;
    d.date = date;
    d.amount = Money::usd(usdCents);
    d.payee = u"Payee"_s;
    d.reference = u"PV-1"_s;
    d.item = item;
    return d;
}

void TestDisbursementService::paymentUpToTheCommitment()
{
    QVERIFY(service().record(payment(80'000'00, m_fund.activity), m_fund.finance).ok());
    QCOMPARE(*service().remaining(m_fund.activity), Money::usd(40'000'00));
    QVERIFY(service().record(payment(40'000'00, m_fund.activity), m_fund.finance).ok());
    QCOMPARE(*service().remaining(m_fund.activity), Money::usd(0));
    QCOMPARE(BalanceService(m_fund.db()).balance(2026)->disbursed, Money::usd(120'000'00));
}

void TestDisbursementService::paymentBeyondTheCommitmentIsRefused()
{
    QVERIFY(service().record(payment(100'000'00, m_fund.activity), m_fund.finance).ok());
    const auto refused = service().record(payment(20'000'01, m_fund.activity), m_fund.finance);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(refused.error().field, u"amount"_s);
    QVERIFY2(refused.error().message.contains(u"USD 20,000.00"_s),
             qPrintable(refused.error().message));
    QCOMPARE(service().list()->size(), 1);
}

void TestDisbursementService::foreignCurrencyIsCheckedInUsd()
{
    Disbursement d = payment(0, m_fund.sponsorship);
    d.amount = *Money::fromMinor(4'000'00, u"EUR"_s);
    d.usdRate = *ExchangeRate::parse(u"1.25"_s); // USD 5,000.00: exactly the commitment
    const auto id = service().record(d, m_fund.finance);
    QVERIFY(id.ok());
    const auto stored = service().list()->first();
    QCOMPARE(stored.usdValue, Money::usd(5'000'00));
    QCOMPARE(stored.amount, *Money::fromMinor(4'000'00, u"EUR"_s));
    d.amount = *Money::fromMinor(1, u"EUR"_s);
    QVERIFY(!service().record(d, m_fund.finance).ok());
}

void TestDisbursementService::onlyApprovedOrActiveItemsArePaid()
{
    QVERIFY(
        m_fund.exec(u"INSERT INTO activities (reference, applicant_iso3, title, start_date, "
                    "end_date, needs_text, status) VALUES ('CB-2026-002', 'PER', 'Peru', "
                    "'2026-09-01', '2026-12-31', 'Needs', 'recommended')"_s));
    const auto refused = service().record(payment(1'00, WorkflowItem::activity(2)), m_fund.finance);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"item"_s);
    QVERIFY(m_fund.setStatus(m_fund.activity, u"active"_s));
    QVERIFY(service().record(payment(1'00, m_fund.activity), m_fund.finance).ok());
}

void TestDisbursementService::refundNeedsAReasonAndCannotExceedWhatWasPaid()
{
    QVERIFY(service().record(payment(3'000'00, m_fund.sponsorship), m_fund.finance).ok());
    Disbursement refund = payment(500'00, m_fund.sponsorship, QDate(2026, 6, 20));
    refund.refund = true;
    const auto noReason = service().record(refund, m_fund.finance);
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().field, u"reason"_s);
    refund.refundReason = u"Unused DSA returned"_s;
    QVERIFY(service().record(refund, m_fund.finance).ok());
    QCOMPARE(*service().remaining(m_fund.sponsorship), Money::usd(2'500'00));
    const auto stored = service().list({std::nullopt, std::nullopt, m_fund.sponsorship})->last();
    QVERIFY(stored.refund);
    QCOMPARE(stored.usdValue, Money::usd(-500'00));
    QCOMPARE(stored.refundReason, u"Unused DSA returned"_s);

    refund.amount = Money::usd(2'500'01); // more than the USD 2,500 still paid
    const auto tooMuch = service().record(refund, m_fund.finance);
    QVERIFY(!tooMuch.ok());
    QCOMPARE(tooMuch.error().code, ErrorCode::RuleViolation);
    QCOMPARE(BalanceService(m_fund.db()).balance(2026)->disbursed, Money::usd(2'500'00));

    Disbursement negativePayment = payment(-1'00, m_fund.sponsorship);
    QVERIFY(!service().record(negativePayment, m_fund.finance).ok());
}

void TestDisbursementService::regionComesFromTheRecipientState()
{
    QVERIFY(service().record(payment(1'000'00, m_fund.activity), m_fund.finance).ok());
    Disbursement other = payment(2'000'00, m_fund.activity);
    other.recipientIso3 = u"ton"_s;
    QVERIFY(service().record(other, m_fund.finance).ok());
    QVERIFY(service().record(payment(1'000'00, m_fund.sponsorship), m_fund.finance).ok());
    const auto list = service().list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).recipientIso3, u"FJI"_s); // the activity's applicant
    QCOMPARE(list->at(0).region, Region::Oceania);
    QCOMPARE(list->at(1).recipientIso3, u"TON"_s);
    QCOMPARE(list->at(1).region, Region::Oceania);
    QCOMPARE(list->at(2).recipientIso3, u"KEN"_s); // the sponsorship's State
    QCOMPARE(list->at(2).region, Region::Africa);
}

void TestDisbursementService::totalsByRegionAndYear()
{
    QVERIFY(service()
                .record(payment(1'000'00, m_fund.activity, QDate(2025, 12, 30)), m_fund.finance)
                .ok());
    QVERIFY(service().record(payment(2'000'00, m_fund.activity), m_fund.finance).ok());
    QVERIFY(service().record(payment(3'000'00, m_fund.sponsorship), m_fund.finance).ok());
    Disbursement refund = payment(500'00, m_fund.sponsorship, QDate(2026, 6, 2));
    refund.refund = true;
    refund.refundReason = u"Flight cheaper"_s;
    QVERIFY(service().record(refund, m_fund.finance).ok());
    const auto totals = service().totals();
    QVERIFY(totals.ok());
    const QList<DisbursementTotal> expected{
        {2025, Region::Oceania, Money::usd(1'000'00), 1},
        {2026, Region::Africa, Money::usd(2'500'00), 2},
        {2026, Region::Oceania, Money::usd(2'000'00), 1},
    };
    QCOMPARE(*totals, expected);
}

void TestDisbursementService::listFilters()
{
    QVERIFY(service()
                .record(payment(1'000'00, m_fund.activity, QDate(2025, 12, 30)), m_fund.finance)
                .ok());
    QVERIFY(service().record(payment(3'000'00, m_fund.sponsorship), m_fund.finance).ok());
    QCOMPARE(service().list({2025, std::nullopt, std::nullopt})->size(), 1);
    QCOMPARE(service().list({std::nullopt, Region::Africa, std::nullopt})->size(), 1);
    QCOMPARE(service().list({2026, Region::Oceania, std::nullopt})->size(), 0);
    QCOMPARE(service().list({std::nullopt, std::nullopt, m_fund.activity})->size(), 1);
}

void TestDisbursementService::refusesBadInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << u"date"_s;
    QTest::newRow("future") << u"future"_s;
    QTest::newRow("no payee") << u"payee"_s;
    QTest::newRow("zero") << u"amount"_s;
    QTest::newRow("unknown State") << u"state"_s;
    QTest::newRow("USD at a rate") << u"rate"_s;
}

void TestDisbursementService::refusesBadInput()
{
    QFETCH(QString, field);
    Disbursement d = payment(1'00, m_fund.activity);
    QString expected = field;
    if (field == u"date"_s) {
        d.date = QDate();
    } else if (field == u"future"_s) {
        d.date = kToday.addDays(1);
        expected = u"date"_s;
    } else if (field == u"payee"_s) {
        d.payee = u"  "_s;
    } else if (field == u"amount"_s) {
        d.amount = Money::usd(0);
    } else if (field == u"state"_s) {
        d.recipientIso3 = u"XXX"_s;
    } else if (field == u"rate"_s) {
        d.usdRate = *ExchangeRate::parse(u"2"_s);
    }
    const auto refused = service().record(d, m_fund.finance);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, expected);
}

QTEST_APPLESS_MAIN(TestDisbursementService)
#include "tst_disbursementservice.moc"
