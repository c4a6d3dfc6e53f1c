#include "core/services/textfilter.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestTextFilter final : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data();
    void normalizes();
    void matches_data();
    void matches();
    void emptyQueryMatchesEverything();
    void wordsDoNotSpanFields();
    void sameFilterServesManyRows();
};

void TestTextFilter::normalizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("accents and case") << u"Côte d’Ivoire"_s << u"cote divoire"_s;
    QTest::newRow("straight apostrophe") << u"Cote d'Ivoire"_s << u"cote divoire"_s;
    QTest::newRow("left quote and grave") << u"N‘Dja`mena"_s << u"ndjamena"_s;
    QTest::newRow("whitespace collapsed") << u"  Türkiye \t\n  Ltd.  "_s << u"turkiye ltd."_s;
    QTest::newRow("sharp s folds") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s folds") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("ligature and full width") << u"ﬁnance ＵＮ"_s << u"finance un"_s;
    QTest::newRow("Arabic harakat dropped") << u"مِصْر"_s << u"مصر"_s;
    QTest::newRow("Chinese unchanged") << u"中华人民共和国"_s << u"中华人民共和国"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestTextFilter::normalizes()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TextFilter::normalized(text), expected);
}

void TestTextFilter::matches_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");

    const QStringList ivoire{u"Côte d’Ivoire"_s, u"Member State"_s, u"2025"_s};
    QTest::newRow("plain words") << ivoire << u"cote divoire"_s << true;
    QTest::newRow("accented word") << ivoire << u"côte"_s << true;
    QTest::newRow("upper case") << ivoire << u"CÔTE D'IVOIRE"_s << true;
    QTest::newRow("part of a word") << ivoire << u"ivoire"_s << true;
    QTest::newRow("words from several fields") << ivoire << u"cote ivoire 2025"_s << true;
    QTest::newRow("word order free") << ivoire << u"2025 state cote"_s << true;
    QTest::newRow("every word required") << ivoire << u"cote 2024"_s << false;
    QTest::newRow("absent") << ivoire << u"senegal"_s << false;

    const QStringList saudi{u"المملكة العربية السعودية"_s, u"Asia"_s};
    QTest::newRow("Arabic substring") << saudi << u"العربية"_s << true;
    QTest::newRow("Arabic with harakat in query") << saudi << u"العَرَبِيّة"_s << true;
    QTest::newRow("Arabic absent") << saudi << u"مصر"_s << false;

    const QStringList china{u"中华人民共和国"_s, u"Asia"_s};
    QTest::newRow("Chinese substring") << china << u"人民"_s << true;
    QTest::newRow("Chinese and Latin") << china << u"人民 asia"_s << true;
    QTest::newRow("Chinese absent") << china << u"日本"_s << false;
}

void TestTextFilter::matches()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    const TextFilter filter(query);
    QVERIFY(!filter.isEmpty());
    QCOMPARE(filter.matches(TextFilter::haystack(fields)), expected);
}

void TestTextFilter::emptyQueryMatchesEverything()
{
    for (const QString &query : {QString(), u""_s, u"   "_s, u"’ ' `"_s}) {
        const TextFilter filter(query);
        QVERIFY2(filter.isEmpty(), qPrintable(query));
        QVERIFY(filter.matches(TextFilter::haystack({u"Anything"_s})));
        QVERIFY(filter.matches(QString()));
    }
    QVERIFY(TextFilter().isEmpty());
}

void TestTextFilter::wordsDoNotSpanFields()
{
    const QString haystack = TextFilter::haystack({u"Saint"_s, u"Lucia"_s});
    QVERIFY(TextFilter(u"saint lucia"_s).matches(haystack));
    QVERIFY(!TextFilter(u"saintlucia"_s).matches(haystack));
    QVERIFY(!TextFilter(u"tl"_s).matches(haystack));
}

void TestTextFilter::sameFilterServesManyRows()
{
    const TextFilter filter(u"fondation genève 2024"_s);
    QList<QString> haystacks;
    for (int i = 0; i < 1000; ++i) {
        haystacks.append(
            TextFilter::haystack({u"Fondation %1"_s.arg(i), i % 2 == 0 ? u"Genève"_s : u"Paris"_s,
                                  QString::number(2020 + i % 5)}));
    }
    qsizetype found = 0;
    for (const QString &haystack : std::as_const(haystacks)) {
        found += filter.matches(haystack) ? 1 : 0;
    }
    // Even rows are in Geneva; 2024 is i % 5 == 4: i ≡ 4 (mod 10), 100 rows of 1000.
    QCOMPARE(found, 100);
}

QTEST_APPLESS_MAIN(TestTextFilter)
#include "tst_textfilter.moc"
