#include "core/reports/csvwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private slots:
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void writesHeaderAndRowsWithCrlf();
    void writesUtf8WithoutBom();
    void writesAFile();
    void reportsAnUnwritablePath();
};

void TestCsvWriter::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QVariant(u"Kenya"_s) << u"Kenya"_s;
    QTest::newRow("empty") << QVariant(QString()) << QString();
    QTest::newRow("comma") << QVariant(u"Laws, regulations"_s) << u"\"Laws, regulations\""_s;
    QTest::newRow("quote") << QVariant(u"the \"norms\""_s) << u"\"the \"\"norms\"\"\""_s;
    QTest::newRow("newline") << QVariant(u"line 1\nline 2"_s) << u"\"line 1\nline 2\""_s;
    QTest::newRow("carriage return") << QVariant(u"a\rb"_s) << u"\"a\rb\""_s;
    QTest::newRow("leading space kept") << QVariant(u" x "_s) << u" x "_s;
    QTest::newRow("int") << QVariant(5) << u"5"_s;
    QTest::newRow("negative long long") << QVariant(qint64(-1234567890123)) << u"-1234567890123"_s;
}

void TestCsvWriter::quotesOnlyWhenNeeded()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::field(value), expected);
}

void TestCsvWriter::writesHeaderAndRowsWithCrlf()
{
    CsvTable table;
    table.header = {u"Reference"_s, u"Score"_s};
    table.rows = {{u"CB-2026-001"_s, 4}, {u"CB-2026-002, regional"_s, 0}};
    QCOMPARE(CsvWriter::toBytes(table),
             QByteArray("Reference,Score\r\nCB-2026-001,4\r\n\"CB-2026-002, regional\",0\r\n"));
}

void TestCsvWriter::writesUtf8WithoutBom()
{
    CsvTable table;
    table.header = {u"État"_s};
    table.rows = {{u"Côte d’Ivoire"_s}, {u"中国"_s}, {u"مصر"_s}};
    const QByteArray bytes = CsvWriter::toBytes(table);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes), u"État\r\nCôte d’Ivoire\r\n中国\r\nمصر\r\n"_s);
}

void TestCsvWriter::writesAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"scores.csv"_s);
    CsvTable table;
    table.header = {u"a"_s, u"b"_s};
    table.rows = {{1, 2}};
    QVERIFY(CsvWriter::write(table, path).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n1,2\r\n"));
}

void TestCsvWriter::reportsAnUnwritablePath()
{
    const auto written = CsvWriter::write({}, u"/nonexistent-folder/x/scores.csv"_s);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, ErrorCode::Io);
    QVERIFY(written.error().message.contains(u"scores.csv"_s));
}

QTEST_APPLESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
