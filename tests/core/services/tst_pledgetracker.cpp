#include "core/services/pledgetracker.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Money money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).value();
}

Contribution makePledge(qint64 id, qint64 donor, QDate date, Money usdValue,
                        QList<ScheduledPayment> schedule = {}, Money amount = {})
{
    Contribution pledge;
    pledge.id = ContributionId(id);
    pledge.donorId = DonorId(donor);
    pledge.type = ContributionType::Pledge;
    pledge.date = date;
    pledge.amount = amount.isZero() ? usdValue : amount;
    pledge.usdValue = usdValue;
    pledge.schedule = std::move(schedule);
    return pledge;
}

Contribution makeReceipt(qint64 id, qint64 donor, QDate date, Money usdValue, qint64 pledgeId = 0)
{
    Contribution receipt;
    receipt.id = ContributionId(id);
    receipt.donorId = DonorId(donor);
    receipt.type = ContributionType::Receipt;
    receipt.date = date;
    receipt.amount = usdValue;
    receipt.usdValue = usdValue;
    receipt.pledgeId = ContributionId(pledgeId);
    return receipt;
}

// USD 300.00 due in three yearly payments of USD 100.00.
Contribution threeYearPledge()
{
    return makePledge(1, 7, QDate(2025, 1, 10), Money::usd(300'00),
                      {{QDate(2025, 6, 30), Money::usd(100'00)},
                       {QDate(2026, 6, 30), Money::usd(100'00)},
                       {QDate(2027, 6, 30), Money::usd(100'00)}});
}

struct Row
{
    qint64 donor;
    int year;
    qint64 pledged;
    qint64 received;
    qint64 outstanding;
};

void compareRows(const QList<PledgeOutstanding> &actual, const QList<Row> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const PledgeOutstanding &a = actual.at(i);
        const Row &e = expected.at(i);
        QCOMPARE(a.donorId, DonorId(e.donor));
        QCOMPARE(a.year, e.year);
        QCOMPARE(a.pledgedUsd, Money::usd(e.pledged));
        QCOMPARE(a.receivedUsd, Money::usd(e.received));
        QCOMPARE(a.outstandingUsd, Money::usd(e.outstanding));
    }
}

} // namespace

class TestPledgeTracker final : public QObject
{
    Q_OBJECT

private slots:
    void nothing();
    void pledgeWithoutScheduleFallsInItsYear();
    void scheduleOverThreeYearsSumsExactly();
    void equalSharesRoundToTheEarliestYear();
    void paymentsInOneYearAreMerged();
    void earliestYearIsPaidFirst();
    void partialPaymentsAccumulate();
    void overpaymentLeavesNothingOutstanding();
    void overpaidPledgeDoesNotHideAnother();
    void receiptsWithoutPledgeCountInNoPledge();
    void sortedByDonorThenYear();
    void scheduleInAnotherCurrencyIsRefused();
};

void TestPledgeTracker::nothing()
{
    const auto rows = PledgeTracker::outstanding({});
    QVERIFY(rows.ok());
    QVERIFY(rows->isEmpty());

    const auto onlyReceipts =
        PledgeTracker::outstanding({makeReceipt(1, 1, QDate(2025, 1, 1), Money::usd(5'00))});
    QVERIFY(onlyReceipts.ok());
    QVERIFY(onlyReceipts->isEmpty());
}

void TestPledgeTracker::pledgeWithoutScheduleFallsInItsYear()
{
    const auto rows =
        PledgeTracker::outstanding({makePledge(1, 3, QDate(2026, 3, 1), Money::usd(1234'56))});
    QVERIFY(rows.ok());
    compareRows(*rows, {{3, 2026, 1234'56, 0, 1234'56}});
}

void TestPledgeTracker::scheduleOverThreeYearsSumsExactly()
{
    // EUR 1,000,000.00 at 1.085 is USD 1,085,000.00, due in three uneven instalments. The
    // USD value is split in proportion to the EUR amounts (largest remainder): the three
    // years add up to the pledge's USD value to the cent.
    const Contribution pledge = makePledge(1, 9, QDate(2025, 1, 1), Money::usd(1'085'000'00),
                                           {{QDate(2025, 3, 1), money(333'333'33, u"EUR"_s)},
                                            {QDate(2026, 3, 1), money(333'333'33, u"EUR"_s)},
                                            {QDate(2027, 3, 1), money(333'333'34, u"EUR"_s)}},
                                           money(1'000'000'00, u"EUR"_s));
    const auto rows = PledgeTracker::outstanding({pledge});
    QVERIFY(rows.ok());
    // Exact shares: 361,666.66305 / 361,666.66305 / 361,666.6739; the leftover cent goes to
    // the largest remainder, the last year.
    compareRows(*rows, {{9, 2025, 361'666'66, 0, 361'666'66},
                        {9, 2026, 361'666'66, 0, 361'666'66},
                        {9, 2027, 361'666'68, 0, 361'666'68}});
    qint64 total = 0;
    for (const PledgeOutstanding &row : *rows) {
        total += row.pledgedUsd.minor();
    }
    QCOMPARE(total, pledge.usdValue.minor());
}

void TestPledgeTracker::equalSharesRoundToTheEarliestYear()
{
    // USD 100.00 in three equal instalments: the odd cent goes to the earliest year (ties go
    // to the lower index).
    const auto rows =
        PledgeTracker::outstanding({makePledge(1, 1, QDate(2025, 1, 1), Money::usd(100'00),
                                               {{QDate(2025, 1, 1), money(1, u"JPY"_s)},
                                                {QDate(2026, 1, 1), money(1, u"JPY"_s)},
                                                {QDate(2027, 1, 1), money(1, u"JPY"_s)}},
                                               money(3, u"JPY"_s))});
    QVERIFY(rows.ok());
    compareRows(
        *rows,
        {{1, 2025, 33'34, 0, 33'34}, {1, 2026, 33'33, 0, 33'33}, {1, 2027, 33'33, 0, 33'33}});
}

void TestPledgeTracker::paymentsInOneYearAreMerged()
{
    const auto rows =
        PledgeTracker::outstanding({makePledge(1, 1, QDate(2025, 1, 1), Money::usd(300'00),
                                               {{QDate(2025, 1, 1), Money::usd(100'00)},
                                                {QDate(2025, 7, 1), Money::usd(100'00)},
                                                {QDate(2026, 1, 1), Money::usd(100'00)}})});
    QVERIFY(rows.ok());
    compareRows(*rows, {{1, 2025, 200'00, 0, 200'00}, {1, 2026, 100'00, 0, 100'00}});
}

void TestPledgeTracker::earliestYearIsPaidFirst()
{
    // Paid late in 2026, the money still settles 2025's instalment first.
    const auto rows = PledgeTracker::outstanding(
        {threeYearPledge(), makeReceipt(2, 7, QDate(2026, 11, 1), Money::usd(150'00), 1)});
    QVERIFY(rows.ok());
    compareRows(*rows, {{7, 2025, 100'00, 100'00, 0},
                        {7, 2026, 100'00, 50'00, 50'00},
                        {7, 2027, 100'00, 0, 100'00}});
}

void TestPledgeTracker::partialPaymentsAccumulate()
{
    // Listed out of order on purpose: only what has been paid in total matters.
    const auto rows = PledgeTracker::outstanding(
        {makeReceipt(3, 7, QDate(2026, 1, 1), Money::usd(60'00), 1), threeYearPledge(),
         makeReceipt(2, 7, QDate(2025, 7, 1), Money::usd(70'00), 1),
         makeReceipt(4, 7, QDate(2026, 9, 1), Money::usd(1), 1)});
    QVERIFY(rows.ok());
    compareRows(*rows, {{7, 2025, 100'00, 100'00, 0},
                        {7, 2026, 100'00, 30'01, 69'99},
                        {7, 2027, 100'00, 0, 100'00}});
}

void TestPledgeTracker::overpaymentLeavesNothingOutstanding()
{
    const auto rows = PledgeTracker::outstanding(
        {threeYearPledge(), makeReceipt(2, 7, QDate(2025, 2, 1), Money::usd(250'00), 1),
         makeReceipt(3, 7, QDate(2026, 2, 1), Money::usd(100'00), 1)});
    QVERIFY(rows.ok());
    // The USD 50.00 beyond the pledge is received on its last year; nothing goes negative.
    compareRows(
        *rows,
        {{7, 2025, 100'00, 100'00, 0}, {7, 2026, 100'00, 100'00, 0}, {7, 2027, 100'00, 150'00, 0}});
}

void TestPledgeTracker::overpaidPledgeDoesNotHideAnother()
{
    const auto rows =
        PledgeTracker::outstanding({makePledge(1, 4, QDate(2025, 1, 1), Money::usd(100'00)),
                                    makePledge(2, 4, QDate(2025, 2, 1), Money::usd(100'00)),
                                    makeReceipt(3, 4, QDate(2025, 3, 1), Money::usd(150'00), 1)});
    QVERIFY(rows.ok());
    compareRows(*rows, {{4, 2025, 200'00, 150'00, 100'00}});
}

void TestPledgeTracker::receiptsWithoutPledgeCountInNoPledge()
{
    const auto rows = PledgeTracker::outstanding(
        {makePledge(1, 4, QDate(2025, 1, 1), Money::usd(100'00)),
         makeReceipt(2, 4, QDate(2025, 3, 1), Money::usd(100'00)),
         makeReceipt(3, 4, QDate(2025, 3, 1), Money::usd(100'00), 99)}); // pledge not listed
    QVERIFY(rows.ok());
    compareRows(*rows, {{4, 2025, 100'00, 0, 100'00}});
}

void TestPledgeTracker::sortedByDonorThenYear()
{
    const auto rows =
        PledgeTracker::outstanding({makePledge(1, 5, QDate(2026, 1, 1), Money::usd(1'00)),
                                    makePledge(2, 2, QDate(2027, 1, 1), Money::usd(2'00)),
                                    makePledge(3, 5, QDate(2025, 1, 1), Money::usd(3'00)),
                                    makePledge(4, 2, QDate(2025, 1, 1), Money::usd(4'00))});
    QVERIFY(rows.ok());
    compareRows(*rows, {{2, 2025, 4'00, 0, 4'00},
                        {2, 2027, 2'00, 0, 2'00},
                        {5, 2025, 3'00, 0, 3'00},
                        {5, 2026, 1'00, 0, 1'00}});
}

void TestPledgeTracker::scheduleInAnotherCurrencyIsRefused()
{
    const auto rows = PledgeTracker::outstanding({makePledge(
        1, 1, QDate(2025, 1, 1), Money::usd(108'50),
        {{QDate(2025, 1, 1), money(50'00, u"EUR"_s)}, {QDate(2026, 1, 1), money(50'00, u"GBP"_s)}},
        money(100'00, u"EUR"_s))});
    QVERIFY(!rows.ok());
    QCOMPARE(rows.error().code, ErrorCode::InvalidInput);
    QVERIFY(!rows.error().message.isEmpty());
}

QTEST_APPLESS_MAIN(TestPledgeTracker)
#include "tst_pledgetracker.moc"
