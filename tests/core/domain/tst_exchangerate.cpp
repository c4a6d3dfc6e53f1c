#include "core/domain/exchangerate.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using FundDesk::Core::ErrorCode;
using FundDesk::Core::ExchangeRate;
using FundDesk::Core::Money;
using FundDesk::Core::Result;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

ExchangeRate rate(const char *text)
{
    const Result<ExchangeRate> parsed = ExchangeRate::parse(QString::fromLatin1(text));
    Q_ASSERT(parsed.ok());
    return parsed.value();
}

} // namespace

class TestExchangeRate final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseErrorMessages();
    void fromScaled();
    void identity();
    void toStringRoundTrips();
    void toUsd_data();
    void toUsd();
    void usdNeedsIdentityRate();
    void toUsdOverflow_data();
    void toUsdOverflow();
};

void TestExchangeRate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("scaled");
    QTest::addColumn<QString>("shortest");

    const auto good = [](const char *text, qint64 scaled, const char *shortest) {
        QTest::newRow(text) << QString::fromLatin1(text) << true << scaled
                            << QString::fromLatin1(shortest);
    };
    good("1", 1'000'000'000, "1");
    good("0.0067", 6'700'000, "0.0067");
    good("3.25", 3'250'000'000, "3.25");
    good("0.000000001", 1, "0.000000001");
    good("1.500000000", 1'500'000'000, "1.5");
    good("120.5", 120'500'000'000, "120.5");
    good("007.10", 7'100'000'000, "7.1");
    good("9223372036.854775807", kMax, "9223372036.854775807");
    QTest::newRow("blanks") << QStringLiteral(" 2 ") << true << qint64(2'000'000'000)
                            << QStringLiteral("2");

    const auto bad = [](const char *tag, const QString &text) {
        QTest::newRow(tag) << text << false << qint64(0) << QString();
    };
    bad("empty", QString());
    bad("blank", QStringLiteral("  "));
    bad("zero", QStringLiteral("0"));
    bad("zero with decimals", QStringLiteral("0.000000000"));
    bad("negative", QStringLiteral("-1"));
    bad("negative fraction", QStringLiteral("-0.5"));
    bad("plus sign", QStringLiteral("+1"));
    bad("letters", QStringLiteral("abc"));
    bad("decimal comma", QStringLiteral("1,5"));
    bad("no integer part", QStringLiteral(".5"));
    bad("no fraction", QStringLiteral("1."));
    bad("exponent", QStringLiteral("1e3"));
    bad("ten decimals", QStringLiteral("1.0000000001"));
    bad("ten decimals, trailing zero", QStringLiteral("0.0000000010"));
    bad("max + 1", QStringLiteral("9223372036.854775808"));
    bad("too large", QStringLiteral("99999999999"));
    bad("huge", QStringLiteral("999999999999999999999999999"));
}

void TestExchangeRate::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, scaled);
    QFETCH(QString, shortest);

    const Result<ExchangeRate> parsed = ExchangeRate::parse(text);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->scaled(), scaled);
        QCOMPARE(parsed->toString(), shortest);
    } else {
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
    }
}

void TestExchangeRate::parseErrorMessages()
{
    const Result<ExchangeRate> decimals = ExchangeRate::parse(QStringLiteral("1.0000000001"));
    QVERIFY(decimals.error().message.contains(QStringLiteral("“1.0000000001”")));
    QVERIFY2(decimals.error().message.contains(QStringLiteral("9 decimal place")),
             qPrintable(decimals.error().message));

    const Result<ExchangeRate> negative = ExchangeRate::parse(QStringLiteral("-2"));
    QVERIFY2(negative.error().message.contains(QStringLiteral("above zero")),
             qPrintable(negative.error().message));
    const Result<ExchangeRate> zero = ExchangeRate::parse(QStringLiteral("0.0"));
    QVERIFY(zero.error().message.contains(QStringLiteral("above zero")));
}

void TestExchangeRate::fromScaled()
{
    QVERIFY(!ExchangeRate::fromScaled(0).ok());
    QVERIFY(!ExchangeRate::fromScaled(-1).ok());
    QVERIFY(!ExchangeRate::fromScaled(kMin).ok());
    const Result<ExchangeRate> stored = ExchangeRate::fromScaled(6'700'000);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), rate("0.0067"));
    QCOMPARE(ExchangeRate::fromScaled(kMax)->toString(), QStringLiteral("9223372036.854775807"));
}

void TestExchangeRate::identity()
{
    QCOMPARE(ExchangeRate(), ExchangeRate::identity());
    QCOMPARE(ExchangeRate::identity().scaled(), ExchangeRate::kScale);
    QCOMPARE(ExchangeRate::identity().toString(), QStringLiteral("1"));
    QVERIFY(ExchangeRate::identity().isIdentity());
    QVERIFY(rate("1.000").isIdentity());
    QVERIFY(!rate("1.000000001").isIdentity());
}

void TestExchangeRate::toStringRoundTrips()
{
    QRandomGenerator random(4217);
    for (int i = 0; i < 1000; ++i) {
        // Mix tiny, ordinary and extreme rates.
        const quint64 bound = i % 3 == 0 ? 1'000 : (i % 3 == 1 ? 10'000'000'000ULL : quint64(kMax));
        const auto scaled = qint64(random.generate64() % bound) + 1;
        const Result<ExchangeRate> stored = ExchangeRate::fromScaled(scaled);
        QVERIFY(stored.ok());
        const Result<ExchangeRate> back = ExchangeRate::parse(stored->toString());
        QVERIFY2(back.ok(), qPrintable(stored->toString()));
        QCOMPARE(back->scaled(), scaled);
        QVERIFY(!stored->toString().endsWith(u'0') || !stored->toString().contains(u'.'));
    }
}

void TestExchangeRate::toUsd_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("cents");

    const QString eur = QStringLiteral("EUR");
    const QString jpy = QStringLiteral("JPY");
    const QString kwd = QStringLiteral("KWD");
    const QString clf = QStringLiteral("CLF");
    const auto row = [](const char *tag, const QString &currency, qint64 minor, const char *r,
                        qint64 cents) {
        QTest::newRow(tag) << currency << minor << QString::fromLatin1(r) << cents;
    };
    // Exponents of both currencies.
    row("JPY 1000 at 0.0067", jpy, 1000, "0.0067", 670);
    row("KWD 10.000 at 3.25", kwd, 10'000, "3.25", 3250);
    row("EUR 100.00 at 1.0825", eur, 10'000, "1.0825", 10'825);
    row("CLF 1.0000 at 40.123456789", clf, 10'000, "40.123456789", 4012);
    row("USD at identity", QStringLiteral("USD"), 12'345, "1", 12'345);
    // Exactly half a cent: to the even cent.
    row("EUR 0.01 at 0.5 → 0.005", eur, 1, "0.5", 0);
    row("EUR 0.03 at 0.5 → 0.015", eur, 3, "0.5", 2);
    row("EUR 0.05 at 0.5 → 0.025", eur, 5, "0.5", 2);
    row("EUR 0.07 at 0.5 → 0.035", eur, 7, "0.5", 4);
    row("EUR -0.01 at 0.5", eur, -1, "0.5", 0);
    row("EUR -0.03 at 0.5", eur, -3, "0.5", -2);
    row("EUR -0.05 at 0.5", eur, -5, "0.5", -2);
    row("EUR -0.07 at 0.5", eur, -7, "0.5", -4);
    row("JPY 1 at 0.005 → 0.5 ¢", jpy, 1, "0.005", 0);
    row("JPY 3 at 0.005 → 1.5 ¢", jpy, 3, "0.005", 2);
    row("JPY 1 at 0.025 → 2.5 ¢", jpy, 1, "0.025", 2);
    row("KWD 0.002 at 2.5 → 0.5 ¢", kwd, 2, "2.5", 0);
    row("KWD 0.006 at 2.5 → 1.5 ¢", kwd, 6, "2.5", 2);
    // Just off the half: ordinary rounding.
    row("JPY 1 at 0.005000001", jpy, 1, "0.005000001", 1);
    row("JPY 1 at 0.004999999", jpy, 1, "0.004999999", 0);
    row("JPY -1 at 0.005000001", jpy, -1, "0.005000001", -1);
    row("KWD 0.001 at 3.25 → 0.325 ¢", kwd, 1, "3.25", 0);
    row("KWD 0.002 at 3.25 → 0.65 ¢", kwd, 2, "3.25", 1);
    row("CLF 0.0001 at 40 → 0.4 ¢", clf, 1, "40", 0);
    // Limits that still fit.
    row("JPY max at 0.01", jpy, kMax, "0.01", kMax);
    row("JPY min at 0.01", jpy, kMin, "0.01", kMin);
    row("EUR max at 1", eur, kMax, "1", kMax);
    row("EUR min at 1", eur, kMin, "1", kMin);
    row("zero", eur, 0, "9223372036.854775807", 0);
}

void TestExchangeRate::toUsd()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, rate);
    QFETCH(qint64, cents);

    const Result<Money> amount = Money::fromMinor(minor, currency);
    QVERIFY(amount.ok());
    const Result<ExchangeRate> parsed = ExchangeRate::parse(rate);
    QVERIFY(parsed.ok());
    const Result<Money> usd = parsed->toUsd(amount.value());
    QVERIFY2(usd.ok(), qPrintable(usd.ok() ? QString() : usd.error().message));
    QCOMPARE(usd->currency(), QStringLiteral("USD"));
    QCOMPARE(usd->minor(), cents);
}

void TestExchangeRate::usdNeedsIdentityRate()
{
    const Result<Money> converted = rate("0.9").toUsd(Money::usd(100));
    QVERIFY(!converted.ok());
    QCOMPARE(converted.error().code, ErrorCode::InvalidInput);
    QVERIFY(converted.error().message.contains(QStringLiteral("0.9")));
}

void TestExchangeRate::toUsdOverflow_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("rate");

    QTest::newRow("JPY max at 1000") << QStringLiteral("JPY") << kMax << QStringLiteral("1000");
    QTest::newRow("JPY min at 1000") << QStringLiteral("JPY") << kMin << QStringLiteral("1000");
    QTest::newRow("EUR max at max")
        << QStringLiteral("EUR") << kMax << QStringLiteral("9223372036.854775807");
    QTest::newRow("EUR min at max")
        << QStringLiteral("EUR") << kMin << QStringLiteral("9223372036.854775807");
    QTest::newRow("JPY max at 0.010000001")
        << QStringLiteral("JPY") << kMax << QStringLiteral("0.010000001");
    QTest::newRow("EUR max at 1.000000001")
        << QStringLiteral("EUR") << kMax << QStringLiteral("1.000000001");
}

void TestExchangeRate::toUsdOverflow()
{
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    QFETCH(QString, rate);

    const Result<Money> amount = Money::fromMinor(minor, currency);
    QVERIFY(amount.ok());
    const Result<Money> usd = ExchangeRate::parse(rate)->toUsd(amount.value());
    QVERIFY(!usd.ok());
    QCOMPARE(usd.error().code, ErrorCode::InvalidInput);
    QVERIFY(usd.error().message.contains(currency));
}

QTEST_APPLESS_MAIN(TestExchangeRate)
#include "tst_exchangerate.moc"
