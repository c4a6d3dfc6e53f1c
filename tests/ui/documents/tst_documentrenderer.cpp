#include "../../core/reports/documenttestfund.h"
#include "pdftext.h"

#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentrenderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

// Writes each document as a PDF in English, Arabic and Chinese and reads it back with
// pdftotext: names and figures must be in the text a reader (or a search) gets.
class TestDocumentRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packetText_data();
    void packetText();
    void annualReportText_data();
    void annualReportText();
    void slatePacketHasOneSectionPerDelegate();
    void letterAndA4();
    void cancelWritesNothing();
    void paperKeys();

private:
    QString write(const Result<ReportDocument> &document, const QString &name,
                  Ui::Paper paper = Ui::Paper::A4);
    Ui::DocumentFactory factory() const
    {
        return Ui::DocumentFactory(m_fund.db(), *m_reference,
                                   QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC));
    }

    QTemporaryDir m_dir;
    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestDocumentRenderer::initTestCase()
{
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund, 3);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

QString TestDocumentRenderer::write(const Result<ReportDocument> &document, const QString &name,
                                    Ui::Paper paper)
{
    if (!document) {
        qWarning() << document.error().message;
        return {};
    }
    const QString path = m_dir.filePath(name);
    if (!Ui::DocumentRenderer::writePdf(*document, path, paper)) {
        return {};
    }
    if (!qEnvironmentVariableIsEmpty("FUNDDESK_KEEP_PDF")) {
        QFile::copy(path, qEnvironmentVariable("FUNDDESK_KEEP_PDF") + u'/' + name);
    }
    return DocumentTest::squashed(DocumentTest::pdfText(path));
}

void TestDocumentRenderer::packetText_data()
{
    QTest::addColumn<Language>("language");
    QTest::newRow("en") << Language::English;
    QTest::newRow("ar") << Language::Arabic;
    QTest::newRow("zh") << Language::Chinese;
}

void TestDocumentRenderer::packetText()
{
    QFETCH(Language, language);
    const QString text = write(factory().packet(u"CB-2026-001"_s, language),
                               u"packet-"_s + languageCode(language) + u".pdf"_s);
    QVERIFY2(!text.isEmpty(), "no PDF text: is pdftotext installed?");
    for (const QString &expected :
         {u"Test fund"_s, u"CB-2026-001"_s, u"CERT for Fiji"_s,
          DocumentTest::normalised(m_reference->name(u"FJI"_s, language)), u"80,000.00"_s,
          u"120,000.00"_s, u"Dr. Reviewer Two"_s, u"Amina Diallo"_s, u"Go ahead"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }
    // Footer on every page: the page numbers and the checksum's start.
    QVERIFY(text.contains(u"1"_s));
    const auto document = factory().packet(u"CB-2026-001"_s, language);
    QVERIFY(text.contains(document->checksum.left(16)));
    if (language == Language::English) {
        QVERIFY(text.contains(u"Page 1 of"_s));
        QCOMPARE(text.count(u"Internal — contains personal data"_s),
                 Ui::DocumentRenderer::pageCount(*document, Ui::Paper::A4));
    }
}

void TestDocumentRenderer::annualReportText_data()
{
    packetText_data();
}

void TestDocumentRenderer::annualReportText()
{
    QFETCH(Language, language);
    const QString text = write(factory().annualReport(2026, language),
                               u"annual-"_s + languageCode(language) + u".pdf"_s);
    QVERIFY2(!text.isEmpty(), "no PDF text");
    for (const QString &expected :
         {DocumentTest::kPublished, DocumentTest::normalised(m_reference->name(u"FRA"_s, language)),
          u"1,000,000.00"_s, u"250,000.00"_s, u"40,000.00"_s, u"1,366,000.00"_s, u"1,301,200.00"_s,
          u"60,000.00"_s, u"CB-2026-001"_s}) {
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    }
    QVERIFY(!text.contains(DocumentTest::kUnpublished));
    QVERIFY(!text.contains(DocumentTest::kAnonymous));
    QVERIFY(!text.contains(u"Grace Mwangi"_s));
}

void TestDocumentRenderer::slatePacketHasOneSectionPerDelegate()
{
    const auto document = factory().slatePacket(u"PM-1"_s, Language::English);
    QVERIFY(document);
    const QString text = write(document, u"slate.pdf"_s);
    for (const QString &name : {u"Grace Mwangi"_s, u"Delegate 2"_s, u"Delegate 3"_s,
                                u"Delegate 4"_s, u"18,500.00"_s}) {
        QVERIFY2(text.contains(name), qPrintable(name));
    }
    // The summary, then a page or more per delegate.
    QVERIFY(Ui::DocumentRenderer::pageCount(*document, Ui::Paper::A4) >= 5);
}

void TestDocumentRenderer::letterAndA4()
{
    const auto document = factory().packet(u"SP-1"_s, Language::English);
    QVERIFY(document);
    for (const Ui::Paper paper : {Ui::Paper::A4, Ui::Paper::Letter}) {
        const QString path = m_dir.filePath(u"paper.pdf"_s);
        QVERIFY(Ui::DocumentRenderer::writePdf(*document, path, paper));
        QProcess info;
        info.start(u"pdfinfo"_s, {path});
        QVERIFY(info.waitForFinished(30000));
        const QString output = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(output.contains(paper == Ui::Paper::A4 ? u"(A4)"_s : u"(letter)"_s),
                 qPrintable(output));
    }
}

void TestDocumentRenderer::cancelWritesNothing()
{
    const auto document = factory().slatePacket(u"PM-1"_s, Language::English);
    QVERIFY(document);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    const auto written = Ui::DocumentRenderer::writePdf(*document, path, Ui::Paper::A4,
                                                        [](int page, int) { return page < 2; });
    QVERIFY(!written);
    QVERIFY(!QFile::exists(path));
}

void TestDocumentRenderer::paperKeys()
{
    QCOMPARE(Ui::paperFromKey(u"A4"), Ui::Paper::A4);
    QCOMPARE(Ui::paperFromKey(u"letter"), Ui::Paper::Letter);
    QVERIFY(!Ui::paperFromKey(u"a5"));
}

QTEST_MAIN(TestDocumentRenderer)
#include "tst_documentrenderer.moc"
