#include "core/domain/currency.h"

#include <QTest>

#include <optional>

using FundDesk::Core::Currency;

class TestCurrency final : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data();
    void lookup();
    void allCodesAreSortedUniqueAndKnown();
    void countIsSane();
};

void TestCurrency::lookup_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<int>("digits");

    const auto known = [](const char *code, int digits) {
        QTest::newRow(code) << QString::fromLatin1(code) << true << digits;
    };
    known("USD", 2);
    known("EUR", 2);
    known("GBP", 2);
    known("CHF", 2);
    known("CNY", 2);
    known("RUB", 2);
    known("JPY", 0);
    known("KRW", 0);
    known("ISK", 0);
    known("XOF", 0);
    known("XAF", 0);
    known("VND", 0);
    known("KWD", 3);
    known("BHD", 3);
    known("IQD", 3);
    known("JOD", 3);
    known("LYD", 3);
    known("OMR", 3);
    known("TND", 3);
    known("CLF", 4);
    known("UYW", 4);
    known("AED", 2);
    known("ZWG", 2);
    known("XCG", 2);
    known("SLE", 2);
    known("VES", 2);

    const auto unknown = [](const char *tag, const QString &code) {
        QTest::newRow(tag) << code << false << -1;
    };
    unknown("lower case", QStringLiteral("usd"));
    unknown("mixed case", QStringLiteral("Usd"));
    unknown("empty", QString());
    unknown("two letters", QStringLiteral("US"));
    unknown("four letters", QStringLiteral("USDD"));
    unknown("space", QStringLiteral("US "));
    unknown("made up", QStringLiteral("ABC"));
    unknown("gold has no minor unit", QStringLiteral("XAU"));
    unknown("SDR has no minor unit", QStringLiteral("XDR"));
    unknown("no currency", QStringLiteral("XXX"));
    unknown("test code", QStringLiteral("XTS"));
    unknown("withdrawn kuna", QStringLiteral("HRK"));
    unknown("withdrawn Zimbabwe dollar", QStringLiteral("ZWL"));
    unknown("full-width letters", QStringLiteral("\uFF35\uFF33\uFF24"));
}

void TestCurrency::lookup()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(int, digits);

    QCOMPARE(Currency::isKnown(code), known);
    const std::optional<int> minor = Currency::minorDigits(code);
    QCOMPARE(minor.has_value(), known);
    if (known) {
        QCOMPARE(*minor, digits);
    }
    QCOMPARE(Currency::allCodes().contains(code), known);
}

void TestCurrency::allCodesAreSortedUniqueAndKnown()
{
    const QStringList codes = Currency::allCodes();
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes.at(i);
        QCOMPARE(code.size(), 3);
        for (const QChar c : code) {
            QVERIFY2(c >= u'A' && c <= u'Z', qPrintable(code));
        }
        if (i > 0) {
            QVERIFY2(codes.at(i - 1) < code, qPrintable(code));
        }
        QVERIFY(Currency::isKnown(code));
        const std::optional<int> digits = Currency::minorDigits(code);
        QVERIFY(digits.has_value());
        QVERIFY2(*digits == 0 || *digits == 2 || *digits == 3 || *digits == 4, qPrintable(code));
    }
}

void TestCurrency::countIsSane()
{
    // ISO 4217 List One has ~180 codes; the 13 without a minor unit are left out.
    const qsizetype count = Currency::allCodes().size();
    QVERIFY2(count >= 160 && count <= 185, qPrintable(QString::number(count)));
    qsizetype threeDigit = 0;
    qsizetype zeroDigit = 0;
    const QStringList codes = Currency::allCodes();
    for (const QString &code : codes) {
        const int digits = *Currency::minorDigits(code);
        threeDigit += digits == 3 ? 1 : 0;
        zeroDigit += digits == 0 ? 1 : 0;
    }
    QCOMPARE(threeDigit, 7); // BHD IQD JOD KWD LYD OMR TND
    // BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF
    QCOMPARE(zeroDigit, 17);
}

QTEST_APPLESS_MAIN(TestCurrency)
#include "tst_currency.moc"
