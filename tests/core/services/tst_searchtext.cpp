// SearchText finds exactly the rows TextFilter finds in their haystacks, from one buffer.
#include "core/services/searchtext.h"
#include "core/services/textfilter.h"

#include <QRandomGenerator>
#include <QTest>

#include <numeric>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestSearchText final : public QObject
{
    Q_OBJECT

private slots:
    void matchesAsTextFilter_data();
    void matchesAsTextFilter();
    void noMatchAcrossFieldsOrRows();
    void sharedFieldsAsOthers();
    void emptyFilterKeepsEveryRow();
    void emptyFieldsAndEmptyRows();
    void givenRowsKeepTheirOrder();
    void rowBeingBuiltIsNotSearched();
    void wordsAtEveryPlaceOfLongRows();
    void agreesWithTextFilterOnRandomRows();

private:
    static SearchText build(const QList<QStringList> &rows);
};

SearchText TestSearchText::build(const QList<QStringList> &rows)
{
    SearchText text;
    for (const QStringList &fields : rows) {
        for (const QString &field : fields) {
            text.addField(field);
        }
        text.endRow();
    }
    text.finish();
    return text;
}

void TestSearchText::matchesAsTextFilter_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("expected");

    const QStringList ivoire{u"Côte d’Ivoire"_s, u"Member State"_s, u"2025"_s};
    QTest::newRow("plain words") << ivoire << u"cote divoire"_s << true;
    QTest::newRow("accented word") << ivoire << u"côte"_s << true;
    QTest::newRow("upper case and apostrophe") << ivoire << u"CÔTE D'IVOIRE"_s << true;
    QTest::newRow("grave accent as apostrophe") << ivoire << u"d`ivoire"_s << true;
    QTest::newRow("part of a word") << ivoire << u"ivoire"_s << true;
    QTest::newRow("words from several fields") << ivoire << u"cote state 2025"_s << true;
    QTest::newRow("word order free") << ivoire << u"2025 member cote"_s << true;
    QTest::newRow("every word required") << ivoire << u"cote 2024"_s << false;
    QTest::newRow("absent") << ivoire << u"senegal"_s << false;

    const QStringList strasse{u"Straße 5"_s, u"Germany"_s};
    QTest::newRow("sharp s as ss") << strasse << u"STRASSE"_s << true;
    QTest::newRow("sharp s typed") << strasse << u"straße germ"_s << true;
    QTest::newRow("capital sharp s") << QStringList{u"STRAẞE"_s} << u"strasse"_s << true;

    const QStringList saudi{u"المملكة العربية السعودية"_s, u"Asia"_s};
    QTest::newRow("Arabic substring") << saudi << u"العربية"_s << true;
    QTest::newRow("Arabic with harakat in query") << saudi << u"العَرَبِيّة"_s << true;
    QTest::newRow("Arabic and Latin") << saudi << u"السعودية asia"_s << true;
    QTest::newRow("Arabic absent") << saudi << u"مصر"_s << false;

    const QStringList china{u"中华人民共和国"_s, u"Asia"_s};
    QTest::newRow("Chinese substring") << china << u"人民"_s << true;
    QTest::newRow("Chinese and Latin") << china << u"人民 ASIA"_s << true;
    QTest::newRow("Chinese absent") << china << u"日本"_s << false;
}

void TestSearchText::matchesAsTextFilter()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, query);
    QFETCH(bool, expected);
    const TextFilter filter(query);
    QCOMPARE(filter.matches(TextFilter::haystack(fields)), expected); // the reference agrees

    // The row among others, first and last, so the buffer's ends are searched too.
    const QStringList other{u"Other"_s, u"Row"_s};
    const SearchText text = build({fields, other, fields});
    const QList<int> all = expected ? QList<int>{0, 2} : QList<int>{};
    const QList<int> backwards = expected ? QList<int>{2, 0} : QList<int>{};
    QCOMPARE(text.matchingRows(filter), all);
    QCOMPARE(text.matchingRows(filter, {2, 1, 0}), backwards);
    QCOMPARE(text.rowMatches(0, filter), expected);
    QCOMPARE(text.rowText(0), TextFilter::haystack(fields));
}

void TestSearchText::noMatchAcrossFieldsOrRows()
{
    const SearchText text = build({{u"Saint"_s, u"Lucia"_s}, {u"Kitts"_s}});
    QCOMPARE(text.matchingRows(TextFilter(u"saint lucia"_s)), QList<int>{0});
    QCOMPARE(text.matchingRows(TextFilter(u"saintlucia"_s)), QList<int>{});
    QCOMPARE(text.matchingRows(TextFilter(u"tl"_s)), QList<int>{});
    // "lucia" ends row 0 and "kitts" is row 1: the words are in no one row.
    QCOMPARE(text.matchingRows(TextFilter(u"luciakitts"_s)), QList<int>{});
    QCOMPARE(text.matchingRows(TextFilter(u"lucia kitts"_s)), QList<int>{});
    QCOMPARE(text.matchingRows(TextFilter(u"lucia kitts"_s), {0, 1}), QList<int>{});
    QCOMPARE(text.matchingRows(TextFilter(u"kitts"_s)), QList<int>{1});
}

void TestSearchText::sharedFieldsAsOthers()
{
    SearchText text;
    const QStringList states{u"Côte d’Ivoire"_s, u"Türkiye"_s, u"Côte d’Ivoire"_s};
    for (int row = 0; row < states.size(); ++row) {
        text.addField(u"Ref %1"_s.arg(row));
        text.addField(states.at(row), true);
        text.endRow();
    }
    text.finish();
    QCOMPARE(text.rowCount(), 3);
    QCOMPARE(text.rowText(2), TextFilter::haystack({u"Ref 2"_s, u"Côte d’Ivoire"_s}));
    QCOMPARE(text.matchingRows(TextFilter(u"cote ref"_s)), (QList<int>{0, 2}));
    QCOMPARE(text.matchingRows(TextFilter(u"turkiye 1"_s)), QList<int>{1});
}

void TestSearchText::emptyFilterKeepsEveryRow()
{
    const SearchText text = build({{u"a"_s}, {u"b"_s}, {}});
    for (const QString &query : {QString(), u"   "_s, u"’ ' `"_s}) {
        const TextFilter filter(query);
        QCOMPARE(text.matchingRows(filter), (QList<int>{0, 1, 2}));
        QCOMPARE(text.matchingRows(filter, {2, 0}), (QList<int>{2, 0}));
        QVERIFY(text.rowMatches(1, filter));
    }
    QCOMPARE(SearchText().matchingRows(TextFilter(u"a"_s)), QList<int>{});
    QCOMPARE(SearchText().matchingRows(TextFilter()), QList<int>{});
}

void TestSearchText::emptyFieldsAndEmptyRows()
{
    const QList<QStringList> rows{{QString(), u"Alpha"_s},
                                  {},
                                  {u"Beta"_s, QString(), u"Gamma"_s},
                                  {QString(), QString()},
                                  {u"alpha"_s}};
    const SearchText text = build(rows);
    QCOMPARE(text.rowCount(), rows.size());
    for (int row = 0; row < rows.size(); ++row) {
        QCOMPARE(text.rowText(row), TextFilter::haystack(rows.at(row)));
    }
    QCOMPARE(text.matchingRows(TextFilter(u"alpha"_s)), (QList<int>{0, 4}));
    QCOMPARE(text.matchingRows(TextFilter(u"gamma beta"_s)), QList<int>{2});
    QCOMPARE(text.matchingRows(TextFilter(u"a"_s), {3, 1, 2, 0}), (QList<int>{2, 0}));
    QCOMPARE(text.rowText(-1), QString());
    QCOMPARE(text.rowText(5), QString());
}

void TestSearchText::givenRowsKeepTheirOrder()
{
    QList<QStringList> rows;
    for (int row = 0; row < 10; ++row) {
        rows.append({row % 2 == 0 ? u"Even %1"_s.arg(row) : u"Odd %1"_s.arg(row)});
    }
    const SearchText text = build(rows);
    QCOMPARE(text.matchingRows(TextFilter(u"even"_s), {9, 8, 7, 2, 6, 3, 0}),
             (QList<int>{8, 2, 6, 0}));
    // Rows the text does not have are left out.
    QCOMPARE(text.matchingRows(TextFilter(u"even"_s), {-1, 4, 10, 99}), QList<int>{4});
}

void TestSearchText::rowBeingBuiltIsNotSearched()
{
    SearchText text;
    text.addField(u"alpha"_s);
    text.endRow();
    text.addField(u"alpha beta"_s); // no endRow(): not a row yet
    QCOMPARE(text.rowCount(), 1);
    QCOMPARE(text.matchingRows(TextFilter(u"alpha"_s)), QList<int>{0});
    QCOMPARE(text.matchingRows(TextFilter(u"beta"_s)), QList<int>{});
}

void TestSearchText::wordsAtEveryPlaceOfLongRows()
{
    // Rows longer than the 16 bytes searched at once, each holding the word at another place
    // (straddling blocks, at the very end), among near misses that share its first and last
    // letters.
    for (const QString &word : {u"d"_s, u"di"_s, u"dia"_s, u"diana fund"_s, u"ürün"_s,
                                u"国际合作"_s, u"dxxxxxxxxxxxxxxxxxxxxxa"_s}) {
        const QString miss = word.size() > 2 ? word.first(1) + u'-' + word.sliced(2) : u"."_s;
        QList<QStringList> rows;
        for (int place = 0; place < 70; ++place) {
            const QString filler = QString(place, u'x');
            QString field = miss + filler + word;
            if (place % 3 == 1) {
                field = filler + word + miss + QString(place % 17, u'y');
            }
            rows.append({miss + u" x"_s});
            rows.append({QString(place, u'z'), field});
        }
        const SearchText text = build(rows);
        const TextFilter filter(word);
        QList<int> expected;
        for (int row = 0; row < rows.size(); ++row) {
            if (filter.matches(TextFilter::haystack(rows.at(row)))) {
                expected.append(row);
            }
        }
        QCOMPARE(expected.size(), 70); // the rows holding the word, not the near misses
        QCOMPARE(text.matchingRows(filter), expected);
        QList<int> every(rows.size());
        std::iota(every.begin(), every.end(), 0);
        QCOMPARE(text.matchingRows(filter, every), expected);
        const QList<int> odd{1, 3, 5, 7, 9, 11, 13}; // few enough to be searched row by row
        QList<int> expectedOdd;
        for (const int row : odd) {
            if (expected.contains(row)) {
                expectedOdd.append(row);
            }
        }
        QCOMPARE(text.matchingRows(filter, odd), expectedOdd);
    }
}

void TestSearchText::agreesWithTextFilterOnRandomRows()
{
    // Letters that normalization changes (accents, case, ß, ligatures, apostrophes), other
    // scripts, spaces: random fields, and queries cut from them or made up.
    const QStringList pieces{u"a"_s,  u"A"_s,  u"é"_s, u"E"_s, u"e"_s,  u"ß"_s, u"ss"_s,
                             u"S"_s,  u"’"_s,  u"'"_s, u" "_s, u"  "_s, u"ﬁ"_s, u"fi"_s,
                             u"ô"_s,  u"o"_s,  u"1"_s, u"2"_s, u"ع"_s,  u"َ"_s,  u"ر"_s,
                             u"中"_s, u"国"_s, u"-"_s, u"ç"_s, u"c"_s,  u"İ"_s, u"i"_s};
    QRandomGenerator random(2026);
    const auto randomText = [&](int maxPieces) {
        QString result;
        const int count = int(random.bounded(maxPieces + 1));
        for (int i = 0; i < count; ++i) {
            result += pieces.at(int(random.bounded(pieces.size())));
        }
        return result;
    };
    QList<QStringList> rows;
    QList<QString> haystacks;
    for (int row = 0; row < 400; ++row) {
        QStringList fields;
        const int count = int(random.bounded(4));
        for (int field = 0; field < count; ++field) {
            fields.append(randomText(8));
        }
        rows.append(fields);
        haystacks.append(TextFilter::haystack(fields));
    }
    const SearchText text = build(rows);
    QList<int> every(rows.size());
    std::iota(every.begin(), every.end(), 0);
    QList<int> backwards(every.crbegin(), every.crend());
    QList<int> few; // few enough to be searched row by row
    for (int row = int(rows.size()) - 1; row >= 0; row -= 7) {
        few.append(row);
    }
    int nonTrivial = 0;
    for (int round = 0; round < 300; ++round) {
        QString query;
        if (round % 2 == 0) {
            const QString &source = rows.at(int(random.bounded(rows.size()))).join(u' ');
            const int from = int(random.bounded(source.size() + 1));
            query = source.mid(from, int(random.bounded(6)));
        } else {
            query = randomText(3) + u' ' + randomText(2);
        }
        const TextFilter filter(query);
        QList<int> expected;
        for (int row = 0; row < rows.size(); ++row) {
            if (filter.matches(haystacks.at(row))) {
                expected.append(row);
            }
        }
        nonTrivial += !expected.isEmpty() && expected.size() < rows.size() ? 1 : 0;
        QCOMPARE(text.matchingRows(filter), expected);
        QCOMPARE(text.matchingRows(filter, every), expected);
        QList<int> expectedBackwards(expected.crbegin(), expected.crend());
        QCOMPARE(text.matchingRows(filter, backwards), expectedBackwards);
        QList<int> expectedFew;
        for (const int row : std::as_const(few)) {
            if (expected.contains(row)) {
                expectedFew.append(row);
            }
        }
        QCOMPARE(text.matchingRows(filter, few), expectedFew);
    }
    QVERIFY2(nonTrivial > 100, "the queries should mostly keep some rows and drop others");
}

QTEST_APPLESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
