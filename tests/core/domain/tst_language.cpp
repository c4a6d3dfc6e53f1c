#include "core/domain/language.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void codesRoundTrip();
    void fromCode_data();
    void fromCode();
    void forLocale_data();
    void forLocale();
    void nativeNames();
    void indexMatchesOrder();
};

void TestLanguage::codesRoundTrip()
{
    const QList<Language> languages = allLanguages();
    QCOMPARE(languages.size(), qsizetype(languageCount));
    for (Language language : languages) {
        const auto parsed = languageFromCode(languageCode(language));
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, language);
    }
    const QStringList codes{languageCode(Language::Arabic),  languageCode(Language::Chinese),
                            languageCode(Language::English), languageCode(Language::French),
                            languageCode(Language::Russian), languageCode(Language::Spanish)};
    QCOMPARE(codes, (QStringList{u"ar"_s, u"zh_CN"_s, u"en"_s, u"fr"_s, u"ru"_s, u"es"_s}));
}

void TestLanguage::fromCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Language>("language");

    QTest::newRow("zh") << u"zh"_s << true << Language::Chinese;
    QTest::newRow("zh_CN") << u"zh_CN"_s << true << Language::Chinese;
    QTest::newRow("zh-Hans") << u"zh-Hans"_s << true << Language::Chinese;
    QTest::newRow("zh_TW") << u"zh_TW"_s << true << Language::Chinese;
    QTest::newRow("ar_EG") << u"ar_EG"_s << true << Language::Arabic;
    QTest::newRow("ar") << u"ar"_s << true << Language::Arabic;
    QTest::newRow("en_US") << u"en_US"_s << true << Language::English;
    QTest::newRow("en-GB") << u"en-GB"_s << true << Language::English;
    QTest::newRow("FR upper") << u"FR"_s << true << Language::French;
    QTest::newRow("fr_CA.UTF-8") << u"fr_CA.UTF-8"_s << true << Language::French;
    QTest::newRow("ru_RU") << u"ru_RU"_s << true << Language::Russian;
    QTest::newRow("es_419") << u"es_419"_s << true << Language::Spanish;
    QTest::newRow("de") << u"de"_s << false << Language::English;
    QTest::newRow("C") << u"C"_s << false << Language::English;
    QTest::newRow("empty") << QString() << false << Language::English;
    QTest::newRow("english as word") << u"english"_s << false << Language::English;
    QTest::newRow("esp") << u"esp"_s << false << Language::English;
}

void TestLanguage::fromCode()
{
    QFETCH(QString, code);
    QFETCH(bool, known);
    QFETCH(Language, language);

    const auto parsed = languageFromCode(code);
    QCOMPARE(parsed.has_value(), known);
    if (known) {
        QCOMPARE(*parsed, language);
    }
}

void TestLanguage::forLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Language>("language");

    QTest::newRow("ar_EG") << QLocale(u"ar_EG"_s) << Language::Arabic;
    QTest::newRow("ar_SA") << QLocale(u"ar_SA"_s) << Language::Arabic;
    QTest::newRow("zh_CN") << QLocale(u"zh_CN"_s) << Language::Chinese;
    QTest::newRow("zh_TW") << QLocale(u"zh_TW"_s) << Language::Chinese;
    QTest::newRow("en_US") << QLocale(u"en_US"_s) << Language::English;
    QTest::newRow("fr_CH") << QLocale(u"fr_CH"_s) << Language::French;
    QTest::newRow("ru_RU") << QLocale(u"ru_RU"_s) << Language::Russian;
    QTest::newRow("es_MX") << QLocale(u"es_MX"_s) << Language::Spanish;
    QTest::newRow("de_DE falls back") << QLocale(u"de_DE"_s) << Language::English;
    QTest::newRow("C falls back") << QLocale::c() << Language::English;
}

void TestLanguage::forLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(Language, language);
    QCOMPARE(languageForLocale(locale), language);
}

void TestLanguage::nativeNames()
{
    QCOMPARE(nativeLanguageName(Language::Arabic), u"العربية"_s);
    QCOMPARE(nativeLanguageName(Language::Chinese), u"中文"_s);
    QCOMPARE(nativeLanguageName(Language::English), u"English"_s);
    QCOMPARE(nativeLanguageName(Language::French), u"Français"_s);
    QCOMPARE(nativeLanguageName(Language::Russian), u"Русский"_s);
    QCOMPARE(nativeLanguageName(Language::Spanish), u"Español"_s);
}

void TestLanguage::indexMatchesOrder()
{
    // State::names is indexed by languageIndex(); allLanguages() must walk it in order.
    const QList<Language> languages = allLanguages();
    for (qsizetype i = 0; i < languages.size(); ++i) {
        QCOMPARE(languageIndex(languages.at(i)), std::size_t(i));
    }
}

QTEST_APPLESS_MAIN(TestLanguage)
#include "tst_language.moc"
