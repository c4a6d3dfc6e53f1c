#include "core/io/csvreader.h"

#include <QTest>

using namespace FundDesk::Core;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void readsCommaLfWithoutBom()
    {
        const auto document = CsvReader::parse("a,b\n1,2\n3,4\n");
        QVERIFY(document.ok());
        QCOMPARE(document->separator, QChar(u','));
        QCOMPARE(document->header, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(document->rows.size(), 2);
        QCOMPARE(document->rows.at(1), QStringList({QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(document->lines, QList<int>({2, 3}));
    }

    void readsSemicolonCrlfWithBom()
    {
        const auto document = CsvReader::parse(
            "\xEF\xBB\xBF"
            "date;amount\r\n2026-01-02;1,5\r\n");
        QVERIFY(document.ok());
        QCOMPARE(document->separator, QChar(u';'));
        QCOMPARE(document->header.first(), QStringLiteral("date")); // no BOM left in the name
        QCOMPARE(document->rows.first(),
                 QStringList({QStringLiteral("2026-01-02"), QStringLiteral("1,5")}));
    }

    void lastLineWithoutBreakAndBlankLinesSkipped()
    {
        const auto document = CsvReader::parse("a,b\n\n1,2\r\n\r\n3,4");
        QVERIFY(document.ok());
        QCOMPARE(document->rows.size(), 2);
        QCOMPARE(document->lines, QList<int>({3, 5}));
    }

    void quotesFollowRfc4180()
    {
        const auto document = CsvReader::parse(
            "name,note\n\"Smith, Jones\",\"said \"\"hi\"\"\"\n\"two\nlines\",\"\"\nx,y\n");
        QVERIFY(document.ok());
        QCOMPARE(document->rows.size(), 3);
        QCOMPARE(document->rows.at(0).at(0), QStringLiteral("Smith, Jones"));
        QCOMPARE(document->rows.at(0).at(1), QStringLiteral("said \"hi\""));
        QCOMPARE(document->rows.at(1).at(0), QStringLiteral("two\nlines"));
        QCOMPARE(document->rows.at(1).at(1), QString());
        QCOMPARE(document->lines, QList<int>({2, 3, 5})); // the quoted line break counts
    }

    void unicodeTextIsKept()
    {
        const QString arabic = QStringLiteral("مؤسسة");
        const auto document =
            CsvReader::parse(QStringLiteral("name\n%1\n中文\n").arg(arabic).toUtf8());
        QVERIFY(document.ok());
        QCOMPARE(document->rows.at(0).first(), arabic);
        QCOMPARE(document->rows.at(1).first(), QStringLiteral("中文"));
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty");
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("empty");
        QTest::newRow("blank lines") << QByteArray("\r\n\n") << QStringLiteral("empty");
        QTest::newRow("nul") << QByteArray("a,b\n1,2\n3\0,4\n", 13)
                             << QStringLiteral("NUL byte on line 3");
        QTest::newRow("latin-1") << QByteArray("a\nnaïve\n").replace("\xC3\xAF", "\xEF")
                                 << QStringLiteral("Line 2 is not valid UTF-8");
        QTest::newRow("overlong") << QByteArray("a\n\xC0\xAF\n")
                                  << QStringLiteral("not valid UTF-8");
        QTest::newRow("surrogate")
            << QByteArray("a\n\xED\xA0\x80\n") << QStringLiteral("not valid UTF-8");
        QTest::newRow("truncated")
            << QByteArray("a\n\xE4\xB8") << QStringLiteral("not valid UTF-8");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n")
                             << QStringLiteral("not valid UTF-8");
        QTest::newRow("control") << QByteArray("a\nb\x07\n") << QStringLiteral("U+0007");
        QTest::newRow("open quote") << QByteArray("a,b\n\"x,y\n") << QStringLiteral("never closed");
        QTest::newRow("stray quote")
            << QByteArray("a\nab\"c\n") << QStringLiteral("does not start with one");
        QTest::newRow("text after quote")
            << QByteArray("a\n\"ab\"c\n") << QStringLiteral("followed by other text");
    }

    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto document = CsvReader::parse(bytes);
        QVERIFY(!document.ok());
        QCOMPARE(document.error().code, ErrorCode::InvalidInput);
        QVERIFY2(document.error().message.contains(expected), qPrintable(document.error().message));
    }

    void boundsMemory()
    {
        QByteArray wide("a\n");
        for (int i = 0; i <= CsvReader::maxFields; ++i) {
            wide += "x,";
        }
        QVERIFY(!CsvReader::parse(wide).ok());
        const QByteArray longField = "a\n\"" + QByteArray(CsvReader::maxFieldLength + 1, 'x');
        const auto refused = CsvReader::parse(longField);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("longer than")));
        QVERIFY(!CsvReader::parse(QByteArray(CsvReader::maxBytes + 1, 'a')).ok());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
