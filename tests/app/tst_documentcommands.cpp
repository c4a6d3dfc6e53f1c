#include "app/cli/exitcode.h"
#include "tests/app/support/commandlineoutcome.h"
#include "tests/core/reports/documenttestfund.h"
#include "tests/ui/documents/pdftext.h"

#include <QFile>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace FundDesk;
using namespace Qt::StringLiterals;

namespace {
using FundDesk::Test::Outcome;
using FundDesk::Test::run;
} // namespace

// `funddesk packet`, `report annual` and `publish` in-process on a file copy of the document
// test fund: files written, text inside, usage errors exit 2, unknown items exit 1.
class TestDocumentCommands final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packetForAnItem();
    void packetForAMeetingInArabic();
    void annualReportInChinese();
    void publishWritesHtmlAndCsv();
    void usageErrors_data();
    void usageErrors();
    void unknownItemFails();
    void helpListsTheCommands();

private:
    QString out(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_path;
};

void TestDocumentCommands::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    WorkflowTest::Fund fund;
    const QString failed = DocumentTest::makeFund(fund, 2);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_path = m_dir.filePath(u"fund.funddesk"_s);
    QSqlQuery copy(fund.db());
    QVERIFY(copy.exec(u"VACUUM INTO '%1'"_s.arg(m_path)));
}

void TestDocumentCommands::packetForAnItem()
{
    const Outcome outcome = run({u"packet"_s, u"--database"_s, m_path, u"--item"_s,
                                 u"CB-2026-001"_s, u"--output"_s, out(u"item.pdf"_s),
                                 u"--paper"_s, u"letter"_s});
    QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
    QVERIFY(outcome.out.contains(u"item.pdf"_s));
    const QString text = DocumentTest::pdfText(out(u"item.pdf"_s));
    QVERIFY(text.contains(u"CERT for Fiji"_s));
    QVERIFY(text.contains(u"Dr. Reviewer One"_s));
}

void TestDocumentCommands::packetForAMeetingInArabic()
{
    const Outcome outcome = run({u"packet"_s, u"--database"_s, m_path, u"--meeting"_s, u"PM-1"_s,
                                 u"--output"_s, out(u"slate.pdf"_s), u"--lang"_s, u"ar"_s});
    QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
    const QString text = DocumentTest::pdfText(out(u"slate.pdf"_s));
    QVERIFY(text.contains(u"Grace Mwangi"_s));
    QVERIFY(text.contains(u"Delegate 3"_s));
    QVERIFY(text.contains(u"كينيا"_s)); // Kenya
}

void TestDocumentCommands::annualReportInChinese()
{
    const Outcome outcome = run({u"report"_s, u"annual"_s, u"--year"_s, u"2026"_s,
                                 u"--database"_s, m_path, u"--output"_s, out(u"annual.pdf"_s),
                                 u"--lang"_s, u"zh"_s});
    QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
    const QString text = DocumentTest::pdfText(out(u"annual.pdf"_s));
    QVERIFY(text.contains(u"法国"_s)); // France
    QVERIFY(text.contains(u"1,366,000.00"_s));
    QVERIFY(!text.contains(DocumentTest::kUnpublished));
}

void TestDocumentCommands::publishWritesHtmlAndCsv()
{
    const Outcome outcome = run({u"publish"_s, u"--year"_s, u"2026"_s, u"--database"_s, m_path,
                                 u"--output"_s, out(u"site"_s)});
    QVERIFY2(outcome.code == App::Success, qPrintable(outcome.err));
    for (const QString &name : {u"site/contributions-2026.html"_s, u"site/contributions-2026.csv"_s}) {
        QFile file(out(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(DocumentTest::kPublished.toUtf8()));
        QVERIFY(!content.contains(DocumentTest::kUnpublished.toUtf8()));
        QVERIFY(!content.contains("Grace Mwangi"));
    }
}

void TestDocumentCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no item") << QStringList{u"packet"_s, u"--output"_s, u"x.pdf"_s};
    QTest::newRow("both") << QStringList{u"packet"_s, u"--item"_s, u"A"_s, u"--meeting"_s,
                                         u"B"_s, u"--output"_s, u"x.pdf"_s};
    QTest::newRow("no output") << QStringList{u"packet"_s, u"--item"_s, u"CB-2026-001"_s};
    QTest::newRow("bad lang") << QStringList{u"packet"_s, u"--item"_s, u"CB-2026-001"_s,
                                             u"--output"_s, u"x.pdf"_s, u"--lang"_s, u"de"_s};
    QTest::newRow("bad paper") << QStringList{u"packet"_s, u"--item"_s, u"CB-2026-001"_s,
                                              u"--output"_s, u"x.pdf"_s, u"--paper"_s, u"a5"_s};
    QTest::newRow("no report kind") << QStringList{u"report"_s, u"--year"_s, u"2026"_s,
                                                   u"--output"_s, u"x.pdf"_s};
    QTest::newRow("bad year") << QStringList{u"report"_s, u"annual"_s, u"--year"_s, u"soon"_s,
                                             u"--output"_s, u"x.pdf"_s};
    QTest::newRow("publish no year") << QStringList{u"publish"_s, u"--output"_s, u"dir"_s};
}

void TestDocumentCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Outcome outcome = run(arguments + QStringList{u"--database"_s, m_path});
    QCOMPARE(outcome.code, int(App::Usage));
    QVERIFY(outcome.err.startsWith(u"funddesk "_s));
}

void TestDocumentCommands::unknownItemFails()
{
    const Outcome outcome = run({u"packet"_s, u"--database"_s, m_path, u"--item"_s,
                                 u"CB-1999-404"_s, u"--output"_s, out(u"none.pdf"_s)});
    QCOMPARE(outcome.code, int(App::Failure));
    QVERIFY(outcome.err.contains(u"CB-1999-404"_s));
    QVERIFY(!QFile::exists(out(u"none.pdf"_s)));
}

void TestDocumentCommands::helpListsTheCommands()
{
    const Outcome outcome = run({u"--help"_s});
    for (const QString &name : {u"packet"_s, u"report"_s, u"publish"_s}) {
        QVERIFY(outcome.out.contains(u"  "_s + name));
    }
}

QTEST_MAIN(TestDocumentCommands)
#include "tst_documentcommands.moc"
