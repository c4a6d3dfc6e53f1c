#include "core/domain/money.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using FundDesk::Core::ErrorCode;
using FundDesk::Core::Money;
using FundDesk::Core::Result;

namespace FundDesk::Core {
// Readable QCOMPARE failures.
char *toString(const Money &money)
{
    return QTest::toString(QString(money.toPlainString() + u' ' + money.currency()));
}
} // namespace FundDesk::Core

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

Money make(qint64 minor, const QString &currency)
{
    const Result<Money> money = Money::fromMinor(minor, currency);
    Q_ASSERT(money.ok());
    return money.value();
}

} // namespace

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void construction();
    void parse_data();
    void parse();
    void parseErrorMessages();
    void toPlainString_data();
    void toPlainString();
    void plainStringRoundTrips();
    void add_data();
    void add();
    void subtract_data();
    void subtract();
    void negate_data();
    void negate();
    void multiply_data();
    void multiply();
    void currencyMismatch();
    void compare();
    void allocate_data();
    void allocate();
    void allocateRejectsBadRatios_data();
    void allocateRejectsBadRatios();
    void allocateProperties();
};

void TestMoney::construction()
{
    const Money none;
    QCOMPARE(none.currency(), QStringLiteral("USD"));
    QVERIFY(none.isZero());

    const Money cents = Money::usd(-250);
    QCOMPARE(cents.minor(), -250);
    QCOMPARE(cents.currency(), QStringLiteral("USD"));
    QCOMPARE(cents.minorDigits(), 2);
    QVERIFY(cents.isNegative());
    QVERIFY(!cents.isZero());

    const Result<Money> yen = Money::fromMinor(1000, QStringLiteral("JPY"));
    QVERIFY(yen.ok());
    QCOMPARE(yen->minorDigits(), 0);

    for (const QString &bad : {QStringLiteral("usd"), QStringLiteral("XAU"), QString()}) {
        const Result<Money> refused = Money::fromMinor(1, bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(!refused.error().message.isEmpty());
    }
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    const QString usd = QStringLiteral("USD");
    const QString jpy = QStringLiteral("JPY");
    const QString kwd = QStringLiteral("KWD");

    QTest::newRow("two decimals") << QStringLiteral("1234.56") << usd << true << qint64(123456);
    QTest::newRow("whole") << QStringLiteral("-3") << usd << true << qint64(-300);
    QTest::newRow("one decimal") << QStringLiteral("0.5") << usd << true << qint64(50);
    QTest::newRow("plus sign") << QStringLiteral("+7.25") << usd << true << qint64(725);
    QTest::newRow("minus cents") << QStringLiteral("-0.05") << usd << true << qint64(-5);
    QTest::newRow("zero") << QStringLiteral("0") << usd << true << qint64(0);
    QTest::newRow("minus zero") << QStringLiteral("-0.00") << usd << true << qint64(0);
    QTest::newRow("leading zeros") << QStringLiteral("007.05") << usd << true << qint64(705);
    QTest::newRow("surrounding blanks")
        << QStringLiteral(" 12.30\t") << usd << true << qint64(1230);
    QTest::newRow("yen") << QStringLiteral("100") << jpy << true << qint64(100);
    QTest::newRow("dinar 3 digits") << QStringLiteral("1.234") << kwd << true << qint64(1234);
    QTest::newRow("dinar 1 digit") << QStringLiteral("-1.5") << kwd << true << qint64(-1500);
    QTest::newRow("CLF 4 digits") << QStringLiteral("0.0001") << QStringLiteral("CLF") << true
                                  << qint64(1);
    QTest::newRow("max") << QStringLiteral("92233720368547758.07") << usd << true << kMax;
    QTest::newRow("min") << QStringLiteral("-92233720368547758.08") << usd << true << kMin;
    QTest::newRow("max yen") << QStringLiteral("9223372036854775807") << jpy << true << kMax;
    QTest::newRow("min yen") << QStringLiteral("-9223372036854775808") << jpy << true << kMin;

    const auto bad = [](const char *tag, const QString &text, const QString &currency) {
        QTest::newRow(tag) << text << currency << false << qint64(0);
    };
    bad("empty", QString(), usd);
    bad("blank", QStringLiteral("   "), usd);
    bad("letters", QStringLiteral("abc"), usd);
    bad("trailing letter", QStringLiteral("12a"), usd);
    bad("currency inside", QStringLiteral("12 USD"), usd);
    bad("thousands comma", QStringLiteral("1,234.56"), usd);
    bad("thousands space", QStringLiteral("1 234.56"), usd);
    bad("decimal comma", QStringLiteral("12,50"), usd);
    bad("two dots", QStringLiteral("1.2.3"), usd);
    bad("no integer part", QStringLiteral(".5"), usd);
    bad("no fraction", QStringLiteral("5."), usd);
    bad("sign only", QStringLiteral("-"), usd);
    bad("plus only", QStringLiteral("+"), usd);
    bad("double sign", QStringLiteral("--1"), usd);
    bad("sign after", QStringLiteral("1-"), usd);
    bad("exponent", QStringLiteral("1e5"), usd);
    bad("Arabic-Indic digits", QStringLiteral("\u0661\u0662"), usd);
    bad("three decimals for USD", QStringLiteral("1.234"), usd);
    bad("trailing zero decimals", QStringLiteral("1.500"), usd);
    bad("decimals for JPY", QStringLiteral("100.5"), jpy);
    bad("zero decimals for JPY", QStringLiteral("100.0"), jpy);
    bad("four decimals for KWD", QStringLiteral("1.2345"), kwd);
    bad("max + 1", QStringLiteral("92233720368547758.08"), usd);
    bad("min - 1", QStringLiteral("-92233720368547758.09"), usd);
    bad("max yen + 1", QStringLiteral("9223372036854775808"), jpy);
    bad("huge", QStringLiteral("99999999999999999999999999"), usd);
    bad("overflow by scaling", QStringLiteral("922337203685477581"), usd);
    bad("unknown currency", QStringLiteral("1"), QStringLiteral("ABC"));
    bad("lower-case currency", QStringLiteral("1"), QStringLiteral("usd"));
    bad("no currency", QStringLiteral("1"), QString());
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);

    const Result<Money> parsed = Money::parse(text, currency);
    QCOMPARE(parsed.ok(), ok);
    if (ok) {
        QCOMPARE(parsed->minor(), minor);
        QCOMPARE(parsed->currency(), currency);
    } else {
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(parsed.error().field.isEmpty());
    }
}

void TestMoney::parseErrorMessages()
{
    // The message names the problem with the user's own text and says what to do.
    // (No translator is loaded here, so the plural reads "place(s)"; the English catalogue
    // supplies the plural forms.)
    const Result<Money> decimals = Money::parse(QStringLiteral("1.234"), QStringLiteral("EUR"));
    QVERIFY(!decimals.ok());
    QVERIFY2(decimals.error().message.contains(QStringLiteral("“1.234”")),
             qPrintable(decimals.error().message));
    QVERIFY(decimals.error().message.contains(QStringLiteral("EUR")));
    QVERIFY(decimals.error().message.contains(QStringLiteral("2 decimal place")));
    QVERIFY(!decimals.error().message.contains(QStringLiteral("%")));

    const Result<Money> yen = Money::parse(QStringLiteral("5.5"), QStringLiteral("JPY"));
    QVERIFY(yen.error().message.contains(QStringLiteral("whole number")));

    const Result<Money> junk = Money::parse(QStringLiteral("ten"), QStringLiteral("KWD"));
    QVERIFY(junk.error().message.contains(QStringLiteral("“ten”")));
    QVERIFY2(junk.error().message.contains(QStringLiteral("1234.567")),
             qPrintable(junk.error().message));

    const Result<Money> unknown = Money::parse(QStringLiteral("1"), QStringLiteral("USX"));
    QVERIFY(unknown.error().message.contains(QStringLiteral("USX")));
}

void TestMoney::toPlainString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const QString usd = QStringLiteral("USD");
    QTest::newRow("usd zero") << qint64(0) << usd << QStringLiteral("0.00");
    QTest::newRow("usd cents") << qint64(5) << usd << QStringLiteral("0.05");
    QTest::newRow("usd minus cents") << qint64(-5) << usd << QStringLiteral("-0.05");
    QTest::newRow("usd") << qint64(123456) << usd << QStringLiteral("1234.56");
    QTest::newRow("usd minus one") << qint64(-100) << usd << QStringLiteral("-1.00");
    QTest::newRow("usd max") << kMax << usd << QStringLiteral("92233720368547758.07");
    QTest::newRow("usd min") << kMin << usd << QStringLiteral("-92233720368547758.08");
    QTest::newRow("jpy") << qint64(100) << QStringLiteral("JPY") << QStringLiteral("100");
    QTest::newRow("jpy zero") << qint64(0) << QStringLiteral("JPY") << QStringLiteral("0");
    QTest::newRow("jpy negative") << qint64(-7) << QStringLiteral("JPY") << QStringLiteral("-7");
    QTest::newRow("kwd fils") << qint64(1) << QStringLiteral("KWD") << QStringLiteral("0.001");
    QTest::newRow("kwd") << qint64(10000) << QStringLiteral("KWD") << QStringLiteral("10.000");
    QTest::newRow("kwd negative") << qint64(-12345) << QStringLiteral("KWD")
                                  << QStringLiteral("-12.345");
    QTest::newRow("clf") << qint64(12345) << QStringLiteral("CLF") << QStringLiteral("1.2345");
}

void TestMoney::toPlainString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);

    QCOMPARE(make(minor, currency).toPlainString(), expected);
}

void TestMoney::plainStringRoundTrips()
{
    QRandomGenerator random(4217);
    const QStringList currencies{QStringLiteral("USD"), QStringLiteral("JPY"),
                                 QStringLiteral("KWD"), QStringLiteral("CLF")};
    for (int i = 0; i < 1000; ++i) {
        const auto minor = qint64(random.generate64());
        const QString &currency = currencies.at(i % currencies.size());
        const Money money = make(minor, currency);
        const Result<Money> back = Money::parse(money.toPlainString(), currency);
        QVERIFY2(back.ok(), qPrintable(money.toPlainString()));
        QCOMPARE(back.value(), money);
    }
}

void TestMoney::add_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("simple") << qint64(150) << qint64(275) << true << qint64(425);
    QTest::newRow("to zero") << qint64(-5) << qint64(5) << true << qint64(0);
    QTest::newRow("max + 0") << kMax << qint64(0) << true << kMax;
    QTest::newRow("max + min") << kMax << kMin << true << qint64(-1);
    QTest::newRow("max + 1") << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("min + -1") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("max + max") << kMax << kMax << false << qint64(0);
}

void TestMoney::add()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Result<Money> sum = Money::usd(a).add(Money::usd(b));
    QCOMPARE(sum.ok(), ok);
    if (ok) {
        QCOMPARE(sum.value(), Money::usd(expected));
    } else {
        QCOMPARE(sum.error().code, ErrorCode::InvalidInput);
        QVERIFY(sum.error().message.contains(QStringLiteral("USD")));
    }
}

void TestMoney::subtract_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("simple") << qint64(150) << qint64(275) << true << qint64(-125);
    QTest::newRow("min - 0") << kMin << qint64(0) << true << kMin;
    QTest::newRow("-1 - max") << qint64(-1) << kMax << true << kMin;
    QTest::newRow("min - 1") << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("0 - min") << qint64(0) << kMin << false << qint64(0);
    QTest::newRow("max - -1") << kMax << qint64(-1) << false << qint64(0);
}

void TestMoney::subtract()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Result<Money> difference =
        make(a, QStringLiteral("EUR")).subtract(make(b, QStringLiteral("EUR")));
    QCOMPARE(difference.ok(), ok);
    if (ok) {
        QCOMPARE(difference.value(), make(expected, QStringLiteral("EUR")));
    }
}

void TestMoney::negate_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("ok");

    QTest::newRow("zero") << qint64(0) << true;
    QTest::newRow("positive") << qint64(42) << true;
    QTest::newRow("negative") << qint64(-42) << true;
    QTest::newRow("max") << kMax << true;
    QTest::newRow("min + 1") << kMin + 1 << true;
    QTest::newRow("min") << kMin << false;
}

void TestMoney::negate()
{
    QFETCH(qint64, minor);
    QFETCH(bool, ok);

    const Result<Money> negated = Money::usd(minor).negate();
    QCOMPARE(negated.ok(), ok);
    if (ok) {
        QCOMPARE(negated->minor(), -minor);
    }
}

void TestMoney::multiply_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("simple") << qint64(3) << qint64(-2) << true << qint64(-6);
    QTest::newRow("by zero") << kMax << qint64(0) << true << qint64(0);
    QTest::newRow("by one") << kMin << qint64(1) << true << kMin;
    QTest::newRow("half max doubled") << kMax / 2 << qint64(2) << true << kMax - 1;
    QTest::newRow("max doubled") << kMax << qint64(2) << false << qint64(0);
    QTest::newRow("min by -1") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("large by large")
        << qint64(4'000'000'000) << qint64(4'000'000'000) << false << qint64(0);
}

void TestMoney::multiply()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, factor);
    QFETCH(bool, ok);
    QFETCH(qint64, expected);

    const Result<Money> product = make(minor, QStringLiteral("KWD")).multiply(factor);
    QCOMPARE(product.ok(), ok);
    if (ok) {
        QCOMPARE(product.value(), make(expected, QStringLiteral("KWD")));
    }
}

void TestMoney::currencyMismatch()
{
    const Money dollars = Money::usd(500);
    const Money euros = make(500, QStringLiteral("EUR"));

    for (const Result<Money> &mixed : {dollars.add(euros), dollars.subtract(euros)}) {
        QVERIFY(!mixed.ok());
        QCOMPARE(mixed.error().code, ErrorCode::InvalidInput);
        QVERIFY(mixed.error().message.contains(QStringLiteral("USD")));
        QVERIFY(mixed.error().message.contains(QStringLiteral("EUR")));
    }
    QVERIFY(!(dollars == euros));
    QVERIFY(!dollars.compare(euros).has_value());
    QVERIFY(!dollars.hasSameCurrency(euros));
}

void TestMoney::compare()
{
    const Money small = Money::usd(-1);
    const Money large = Money::usd(1);
    QCOMPARE(small.compare(large), std::optional(std::strong_ordering::less));
    QCOMPARE(large.compare(small), std::optional(std::strong_ordering::greater));
    QCOMPARE(large.compare(Money::usd(1)), std::optional(std::strong_ordering::equal));
    QVERIFY(large == Money::usd(1));
    QVERIFY(!(large == small));
}

void TestMoney::allocate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("ratios");
    QTest::addColumn<QList<qint64>>("expected");

    using L = QList<qint64>;
    QTest::newRow("100 in 3") << qint64(100) << L{1, 1, 1} << L{34, 33, 33};
    QTest::newRow("-100 in 3") << qint64(-100) << L{1, 1, 1} << L{-34, -33, -33};
    QTest::newRow("5 in 3: ties to lower index") << qint64(5) << L{1, 1, 1} << L{2, 2, 1};
    QTest::newRow("-5 in 3") << qint64(-5) << L{1, 1, 1} << L{-2, -2, -1};
    QTest::newRow("halves") << qint64(100) << L{1, 1} << L{50, 50};
    QTest::newRow("odd halves") << qint64(101) << L{1, 1} << L{51, 50};
    QTest::newRow("largest remainder wins") << qint64(7) << L{2, 3, 5} << L{1, 2, 4};
    QTest::newRow("exact") << qint64(10) << L{3, 7} << L{3, 7};
    QTest::newRow("zero ratio first") << qint64(100) << L{0, 1, 1} << L{0, 50, 50};
    QTest::newRow("zero ratio between") << qint64(101) << L{1, 0, 1} << L{51, 0, 50};
    QTest::newRow("only last counts") << qint64(1) << L{0, 0, 1} << L{0, 0, 1};
    QTest::newRow("zero amount") << qint64(0) << L{1, 2} << L{0, 0};
    QTest::newRow("one part") << qint64(-12345) << L{9} << L{-12345};
    QTest::newRow("one cent in 4") << qint64(1) << L{1, 1, 1, 1} << L{1, 0, 0, 0};
    QTest::newRow("max in 2") << kMax << L{1, 1}
                              << L{4'611'686'018'427'387'904, 4'611'686'018'427'387'903};
    QTest::newRow("min in 2") << kMin << L{1, 1}
                              << L{-4'611'686'018'427'387'904, -4'611'686'018'427'387'904};
    QTest::newRow("min in 1") << kMin << L{kMax} << L{kMin};
    QTest::newRow("huge ratios") << qint64(10) << L{kMax, kMax} << L{5, 5};
    QTest::newRow("max by max ratios") << kMax << L{kMax, 1} << L{kMax - 1, 1};
}

void TestMoney::allocate()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, ratios);
    QFETCH(QList<qint64>, expected);

    const Result<QList<Money>> parts = Money::usd(amount).allocate(ratios);
    QVERIFY(parts.ok());
    QList<qint64> minors;
    for (const Money &part : parts.value()) {
        QCOMPARE(part.currency(), QStringLiteral("USD"));
        minors.append(part.minor());
    }
    QCOMPARE(minors, expected);
}

void TestMoney::allocateRejectsBadRatios_data()
{
    QTest::addColumn<QList<qint64>>("ratios");

    QTest::newRow("empty") << QList<qint64>{};
    QTest::newRow("single zero") << QList<qint64>{0};
    QTest::newRow("all zero") << QList<qint64>{0, 0, 0};
    QTest::newRow("negative") << QList<qint64>{-1, 2};
    QTest::newRow("negative summing positive") << QList<qint64>{3, -1};
    QTest::newRow("min") << QList<qint64>{kMin, 1};
}

void TestMoney::allocateRejectsBadRatios()
{
    QFETCH(QList<qint64>, ratios);

    const Result<QList<Money>> parts = Money::usd(100).allocate(ratios);
    QVERIFY(!parts.ok());
    QCOMPARE(parts.error().code, ErrorCode::InvalidInput);
    QVERIFY(!parts.error().message.isEmpty());
}

// The whole is always preserved, each part is within one minor unit of its exact share
// (the floor or one more), zero ratios get nothing, and a negative amount splits as the
// mirror image of the positive one.
void TestMoney::allocateProperties()
{
    __extension__ typedef unsigned __int128 UInt128;
    QRandomGenerator random(20250217);
    const qint64 ratioBounds[] = {1, 3, 100, 1'000'000, kMax};
    for (int i = 0; i < 1000; ++i) {
        qint64 amount = 0;
        switch (i % 3) {
        case 0:
            amount = random.bounded(-10'000, 10'000);
            break;
        case 1:
            amount = qint64(random.generate64()); // anywhere, including near the limits
            break;
        default:
            amount = (i % 2 == 0 ? kMax : kMin) + (i % 2 == 0 ? -1 : 1) * random.bounded(3);
            break;
        }
        const qsizetype count = random.bounded(1, 13);
        const qint64 bound = ratioBounds[random.bounded(int(std::size(ratioBounds)))];
        QList<qint64> ratios;
        UInt128 total = 0;
        for (qsizetype k = 0; k < count; ++k) {
            const qint64 ratio =
                random.bounded(4) == 0 ? 0 : qint64(random.generate64() % quint64(bound)) + 1;
            ratios.append(ratio);
            total += UInt128(ratio);
        }
        if (total == 0) {
            ratios.last() = 1;
            total = 1;
        }

        const Result<QList<Money>> parts = Money::usd(amount).allocate(ratios);
        QVERIFY(parts.ok());
        QCOMPARE(parts->size(), ratios.size());
        qint64 sum = 0;
        const quint64 magnitude = amount < 0 ? 0 - quint64(amount) : quint64(amount);
        for (qsizetype k = 0; k < count; ++k) {
            const qint64 part = parts->at(k).minor();
            // Parts share the amount's sign, so the running sum never leaves its range.
            QVERIFY(!__builtin_add_overflow(sum, part, &sum));
            QVERIFY(amount >= 0 ? part >= 0 : part <= 0);
            const quint64 partMagnitude = part < 0 ? 0 - quint64(part) : quint64(part);
            const auto floorShare = quint64(UInt128(magnitude) * UInt128(ratios.at(k)) / total);
            QVERIFY2(partMagnitude == floorShare || partMagnitude == floorShare + 1,
                     qPrintable(QStringLiteral("case %1 part %2").arg(i).arg(k)));
            if (ratios.at(k) == 0) {
                QCOMPARE(part, 0);
            }
        }
        QCOMPARE(sum, amount);

        if (amount != kMin) {
            const Result<QList<Money>> mirrored = Money::usd(-amount).allocate(ratios);
            QVERIFY(mirrored.ok());
            for (qsizetype k = 0; k < count; ++k) {
                QCOMPARE(mirrored->at(k).minor(), -parts->at(k).minor());
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
