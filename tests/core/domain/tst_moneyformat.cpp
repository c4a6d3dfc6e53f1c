#include "core/domain/moneyformat.h"

#include <QtTest>

using namespace FundDesk::Core;

class tst_MoneyFormat final : public QObject
{
    Q_OBJECT

private slots:
    void formatsWithLocaleSeparatorsAndCode_data()
    {
        QTest::addColumn<qint64>("minor");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << qint64(123456789) << u"USD"_qs << u"en_US"_qs << u"USD 1,234,567.89"_qs;
        QTest::newRow("en cents") << qint64(5) << u"USD"_qs << u"en_US"_qs << u"USD 0.05"_qs;
        QTest::newRow("en negative") << qint64(-150) << u"USD"_qs << u"en_US"_qs << u"USD -1.50"_qs;
        QTest::newRow("jpy") << qint64(1500000) << u"JPY"_qs << u"en_US"_qs << u"JPY 1,500,000"_qs;
        QTest::newRow("kwd") << qint64(10001) << u"KWD"_qs << u"en_US"_qs << u"KWD 10.001"_qs;
        QTest::newRow("fr") << qint64(123456) << u"EUR"_qs << u"fr_FR"_qs
                            << QStringLiteral("EUR 1\u202F234,56");
        QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << u"USD"_qs
                                   << u"en_US"_qs << u"USD -92,233,720,368,547,758.08"_qs;
    }
    void formatsWithLocaleSeparatorsAndCode()
    {
        QFETCH(qint64, minor);
        QFETCH(QString, currency);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        auto money = Money::fromMinor(minor, currency);
        QVERIFY(money.ok());
        QCOMPARE(MoneyFormat::format(*money, QLocale(locale)), expected);
    }

    void parsesWhatPeopleType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("minor"); // -1: refused
        QTest::newRow("plain") << u"1234.56"_qs << u"en_US"_qs << qint64(123456);
        QTest::newRow("grouped") << u"1,234.56"_qs << u"en_US"_qs << qint64(123456);
        QTest::newRow("fr comma") << u"1234,56"_qs << u"fr_FR"_qs << qint64(123456);
        QTest::newRow("fr spaces") << QStringLiteral("1 234,5") << u"fr_FR"_qs << qint64(123450);
        QTest::newRow("fr dot") << u"1234.56"_qs << u"fr_FR"_qs << qint64(123456);
        QTest::newRow("es") << u"1.234,56"_qs << u"es_ES"_qs << qint64(123456);
        QTest::newRow("arabic digits") << QStringLiteral("١٢٣٫٤٥") << u"ar_EG"_qs << qint64(12345);
        QTest::newRow("1,5 is not 15") << u"1,5"_qs << u"en_US"_qs << qint64(-1);
        QTest::newRow("1,23456") << u"1,23456"_qs << u"en_US"_qs << qint64(-1);
        QTest::newRow("letters") << u"ten"_qs << u"en_US"_qs << qint64(-1);
        QTest::newRow("empty") << QString() << u"en_US"_qs << qint64(-1);
        QTest::newRow("too precise") << u"1.234"_qs << u"en_US"_qs << qint64(-1);
    }
    void parsesWhatPeopleType()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(qint64, minor);
        const auto parsed = MoneyFormat::parse(text, u"USD"_qs, QLocale(locale));
        if (minor < 0) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error().message.isEmpty());
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
            QCOMPARE(parsed->minor(), minor);
        }
    }

    void roundTripsThroughItsOwnFormat()
    {
        for (const QString &name : {u"en_US"_qs, u"fr_FR"_qs, u"es_ES"_qs, u"ru_RU"_qs, u"zh_CN"_qs, u"ar_EG"_qs}) {
            const QLocale locale(name);
            for (qint64 minor : {qint64(0), qint64(7), qint64(100000), qint64(987654321)}) {
                const Money money = Money::usd(minor);
                const auto back = MoneyFormat::parse(MoneyFormat::formatNumber(money, locale),
                                                     u"USD"_qs, locale);
                QVERIFY2(back.ok(), qPrintable(name));
                QCOMPARE(back->minor(), minor);
            }
        }
    }
};

QTEST_APPLESS_MAIN(tst_MoneyFormat)
#include "tst_moneyformat.moc"
