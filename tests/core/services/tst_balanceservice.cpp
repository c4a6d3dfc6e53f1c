#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/exchangerate.h"
#include "core/services/balanceservice.h"
#include "core/services/fundsettingsservice.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <limits>
#include <memory>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestBalanceService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFund();
    void receiptsAcrossYears();
    void pledgesOutstanding();
    void receiptsWithoutPledgeLeavePledgesOutstanding();
    void threshold_data();
    void threshold();
    void thresholdNotSet();
    void staffCosts();
    void staffCostsCanMakeAvailableNegative();
    void multiCurrencyReceiptsUseTheirStoredUsdValue();
    void yearOutOfRange();
    void overflowIsAnErrorNotAWrongTotal();

private:
    qint64 addDonor();
    // Plain SQL, so these tests do not depend on the contribution service.
    qint64 addContribution(const QString &type, const QString &date, qint64 usdMinor,
                           qint64 pledgeId = 0, const QString &currency = u"USD"_s,
                           qint64 amountMinor = 0, qint64 rateE9 = ExchangeRate::kScale);
    qint64 pledge(const QString &date, qint64 usdMinor);
    qint64 receipt(const QString &date, qint64 usdMinor, qint64 pledgeId = 0);
    void saveSettings(const FundSettings &settings);
    FundBalance balance(int year);

    std::unique_ptr<Database> m_db;
    qint64 m_donor = 0;
};

void TestBalanceService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
    m_donor = addDonor();
    QVERIFY(m_donor > 0);
}

void TestBalanceService::cleanup()
{
    m_db.reset();
}

qint64 TestBalanceService::addDonor()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"INSERT INTO donors (kind, name) VALUES ('foundation', 'Fondation Test')"_s)) {
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestBalanceService::addContribution(const QString &type, const QString &date,
                                           qint64 usdMinor, qint64 pledgeId,
                                           const QString &currency, qint64 amountMinor,
                                           qint64 rateE9)
{
    QSqlQuery query(m_db->connection());
    query.prepare(
        u"INSERT INTO contributions (donor_id, type, date, amount_minor, currency, "
        "usd_rate_e9, usd_minor, pledge_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(m_donor);
    query.addBindValue(type);
    query.addBindValue(date);
    query.addBindValue(amountMinor > 0 ? amountMinor : usdMinor);
    query.addBindValue(currency);
    query.addBindValue(rateE9);
    query.addBindValue(usdMinor);
    query.addBindValue(pledgeId > 0 ? QVariant(pledgeId) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        qWarning("insert failed: %s", qPrintable(query.lastError().text()));
        return -1;
    }
    return query.lastInsertId().toLongLong();
}

qint64 TestBalanceService::pledge(const QString &date, qint64 usdMinor)
{
    return addContribution(u"pledge"_s, date, usdMinor);
}

qint64 TestBalanceService::receipt(const QString &date, qint64 usdMinor, qint64 pledgeId)
{
    return addContribution(u"receipt"_s, date, usdMinor, pledgeId);
}

void TestBalanceService::saveSettings(const FundSettings &settings)
{
    const auto saved = FundSettingsService(m_db->connection()).save(settings);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
}

FundBalance TestBalanceService::balance(int year)
{
    const auto result = BalanceService(m_db->connection()).balance(year);
    if (!result.ok()) {
        qWarning("balance(%d) failed: %s", year, qPrintable(result.error().detail));
        FundBalance failed;
        failed.year = -1;
        return failed;
    }
    return result.value();
}

void TestBalanceService::emptyFund()
{
    FundBalance expected;
    expected.year = 2025;
    QCOMPARE(balance(2025), expected);
}

void TestBalanceService::receiptsAcrossYears()
{
    QVERIFY(receipt(u"2024-03-01"_s, 100'00) > 0);
    QVERIFY(receipt(u"2025-01-01"_s, 200'00) > 0);
    QVERIFY(receipt(u"2025-12-31"_s, 300'00) > 0);
    QVERIFY(receipt(u"2026-01-01"_s, 400'00) > 0);

    QCOMPARE(balance(2023).received, Money::usd(0));
    QCOMPARE(balance(2024).received, Money::usd(100'00));
    QCOMPARE(balance(2024).receivedInYear, Money::usd(100'00));
    QCOMPARE(balance(2025).received, Money::usd(600'00));
    QCOMPARE(balance(2025).receivedInYear, Money::usd(500'00));
    QCOMPARE(balance(2026).received, Money::usd(1000'00));
    QCOMPARE(balance(2026).receivedInYear, Money::usd(400'00));
    QCOMPARE(balance(2027).receivedInYear, Money::usd(0));
    QCOMPARE(balance(2026).available, Money::usd(1000'00)); // nothing committed, no staff costs
    QCOMPARE(balance(2026).committed, Money::usd(0));
    QCOMPARE(balance(2026).disbursed, Money::usd(0));
}

void TestBalanceService::pledgesOutstanding()
{
    const qint64 a = pledge(u"2024-02-01"_s, 1000'00);
    QVERIFY(receipt(u"2024-06-30"_s, 300'00, a) > 0); // partial
    QVERIFY(receipt(u"2025-03-01"_s, 200'00, a) > 0); // partial, the next year
    const qint64 b = pledge(u"2025-01-15"_s, 500'00);
    QVERIFY(receipt(u"2025-02-01"_s, 800'00, b) > 0); // overpaid
    QVERIFY(pledge(u"2026-01-01"_s, 999'00) > 0);     // not yet made at the end of 2025

    QCOMPARE(balance(2023).pledgedOutstanding, Money::usd(0));
    QCOMPARE(balance(2024).pledgedOutstanding, Money::usd(700'00));
    // A: 1000 - 500; B: overpaid counts as 0, it does not hide A's 500.
    QCOMPARE(balance(2025).pledgedOutstanding, Money::usd(500'00));
    QCOMPARE(balance(2025).received, Money::usd(1300'00));
    QCOMPARE(balance(2026).pledgedOutstanding, Money::usd(1499'00));

    QVERIFY(receipt(u"2026-05-05"_s, 500'00, a) > 0); // pays A off
    QCOMPARE(balance(2026).pledgedOutstanding, Money::usd(999'00));
    QCOMPARE(balance(2025).pledgedOutstanding, Money::usd(500'00)); // history unchanged
}

void TestBalanceService::receiptsWithoutPledgeLeavePledgesOutstanding()
{
    QVERIFY(pledge(u"2025-01-01"_s, 400'00) > 0);
    QVERIFY(receipt(u"2025-02-01"_s, 400'00) > 0);
    const FundBalance b = balance(2025);
    QCOMPARE(b.pledgedOutstanding, Money::usd(400'00));
    QCOMPARE(b.received, Money::usd(400'00));
}

void TestBalanceService::threshold_data()
{
    QTest::addColumn<qint64>("lastReceipt");
    QTest::addColumn<bool>("operational");
    QTest::addColumn<qint64>("missing");

    // Threshold USD 1,000,000.00; a first receipt of USD 600,000.00 is already in.
    QTest::newRow("one cent below") << qint64(399'999'99) << false << qint64(1);
    QTest::newRow("exactly at") << qint64(400'000'00) << true << qint64(0);
    QTest::newRow("above") << qint64(500'000'00) << true << qint64(0);
    QTest::newRow("far below") << qint64(1'00) << false << qint64(399'999'00);
}

void TestBalanceService::threshold()
{
    QFETCH(qint64, lastReceipt);
    QFETCH(bool, operational);
    QFETCH(qint64, missing);

    FundSettings settings;
    settings.operationalThreshold = Money::usd(1'000'000'00);
    saveSettings(settings);

    const FundBalance none = balance(2025);
    QVERIFY(none.thresholdSet);
    QVERIFY(!none.operational);
    QCOMPARE(none.missingToThreshold, Money::usd(1'000'000'00)); // the threshold itself

    QVERIFY(receipt(u"2024-11-01"_s, 600'000'00) > 0);
    QVERIFY(receipt(u"2025-06-01"_s, lastReceipt) > 0);
    const FundBalance before = balance(2024);
    QVERIFY(!before.operational);
    QCOMPARE(before.missingToThreshold, Money::usd(400'000'00));

    const FundBalance after = balance(2025);
    QCOMPARE(after.threshold, Money::usd(1'000'000'00));
    QVERIFY(after.thresholdSet);
    QCOMPARE(after.operational, operational);
    QCOMPARE(after.missingToThreshold, Money::usd(missing));
}

void TestBalanceService::thresholdNotSet()
{
    QVERIFY(receipt(u"2025-06-01"_s, 5'000'00) > 0);
    const FundBalance b = balance(2025);
    QVERIFY(!b.thresholdSet);
    QVERIFY(!b.operational);
    QCOMPARE(b.threshold, Money::usd(0));
    QCOMPARE(b.missingToThreshold, Money::usd(0));
}

void TestBalanceService::staffCosts()
{
    QVERIFY(receipt(u"2024-09-01"_s, 1'000'000'00) > 0);
    QVERIFY(receipt(u"2026-02-01"_s, 500'000'00) > 0);

    FundSettings settings;
    settings.professionalPostAnnualCost = Money::usd(200'000'00);
    settings.generalServicePostAnnualCost = Money::usd(100'000'50);
    saveSettings(settings); // regular budget: contributions go to the programme only
    QCOMPARE(balance(2026).staffCosts, Money::usd(0));
    QCOMPARE(balance(2026).available, Money::usd(1'500'000'00));

    settings.staffCharging = StaffCostCharging::Contributions;
    saveSettings(settings);
    QCOMPARE(balance(2023).staffCosts, Money::usd(0)); // before the first receipt
    QCOMPARE(balance(2024).staffCosts, Money::usd(300'000'50));
    QCOMPARE(balance(2024).available, Money::usd(699'999'50));
    QCOMPARE(balance(2025).staffCosts, Money::usd(600'001'00));
    QCOMPARE(balance(2026).staffCosts, Money::usd(900'001'50));
    QCOMPARE(balance(2026).available, Money::usd(599'998'50));
    QCOMPARE(balance(2026).received, Money::usd(1'500'000'00)); // staff costs do not touch it
}

void TestBalanceService::staffCostsCanMakeAvailableNegative()
{
    QVERIFY(receipt(u"2025-01-10"_s, 100'000'00) > 0);
    FundSettings settings;
    settings.staffCharging = StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Money::usd(150'000'00);
    saveSettings(settings);
    QCOMPARE(balance(2025).available, Money::usd(-50'000'00));
}

void TestBalanceService::multiCurrencyReceiptsUseTheirStoredUsdValue()
{
    struct Line
    {
        QString currency;
        qint64 amountMinor;
        QString rate;
    };
    // Each receipt is converted once, on its own day, and rounded to the cent (half to even);
    // the balance adds the stored USD values and never converts again.
    const Line lines[] = {
        {u"EUR"_s, 1'000'000'00, u"1.085"_s}, // USD 1,085,000.00
        {u"JPY"_s, 50'000'000, u"0.0067"_s},  // USD 335,000.00
        {u"KWD"_s, 10'000, u"3.25"_s},        // KWD 10.000 → USD 32.50
        {u"EUR"_s, 1, u"1.5"_s},              // 0.015 → 0.02
        {u"EUR"_s, 1, u"1.5"_s},              // 0.015 → 0.02
        {u"EUR"_s, 1, u"1.5"_s},              // 0.015 → 0.02 (converting the sum: 0.04)
    };
    qint64 expected = 0;
    for (const Line &line : lines) {
        const Money amount = Money::fromMinor(line.amountMinor, line.currency).value();
        const ExchangeRate rate = ExchangeRate::parse(line.rate).value();
        const Money usd = rate.toUsd(amount).value();
        expected += usd.minor();
        QVERIFY(addContribution(u"receipt"_s, u"2025-04-01"_s, usd.minor(), 0, line.currency,
                                line.amountMinor, rate.scaled()) > 0);
    }
    QCOMPARE(expected, qint64(1'085'000'00 + 335'000'00 + 32'50 + 6));
    QCOMPARE(balance(2025).received, Money::usd(expected));
    QCOMPARE(balance(2025).receivedInYear, Money::usd(expected));
}

void TestBalanceService::yearOutOfRange()
{
    for (const int year : {0, -5, 10000}) {
        const auto result = BalanceService(m_db->connection()).balance(year);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QCOMPARE(result.error().field, u"year"_s);
    }
    QVERIFY(BalanceService(m_db->connection()).balance(1).ok());
    QVERIFY(BalanceService(m_db->connection()).balance(9999).ok());
}

void TestBalanceService::overflowIsAnErrorNotAWrongTotal()
{
    const qint64 huge = std::numeric_limits<qint64>::max() - 10;
    QVERIFY(receipt(u"2025-01-01"_s, huge) > 0);
    QCOMPARE(balance(2025).received, Money::usd(huge));
    QVERIFY(receipt(u"2025-01-02"_s, 11) > 0);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"integer overflow"_s));
    const auto result = BalanceService(m_db->connection()).balance(2025);
    QVERIFY(!result.ok());
}

QTEST_APPLESS_MAIN(TestBalanceService)
#include "tst_balanceservice.moc"
