#include "../../core/reports/documenttestfund.h"
#include "pdftext.h"

#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentrenderer.h"
#include "ui/documents/publiclisthtml.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

// Names and texts that a renderer treating text as HTML would turn into markup or entities.
const QString kHostileDonor = u"<i>Hostile</i> &amp; <script>alert('d')</script> Trust"_s;
const QString kHostileTitle = u"<b>CERT</b> &lt;Fiji&gt; <script>alert('t')</script>"_s;
const QString kHostileReviewer = u"Dr. <u>Reviewer</u> &nbsp;Three"_s;

// pdftotext breaks lines where the layout wrapped; compare without any white space.
QString withoutSpaces(QString text)
{
    text.removeIf([](QChar c) { return c.isSpace(); });
    return text;
}

} // namespace

// Issue 12: HTML-looking text never renders as markup in documents. The PDF packet and annual
// report, read back with pdftotext, show each name character for character (tags, entities
// and all); the public HTML list escapes it, so a browser shows the same characters.
class TestBadInputDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString failed = DocumentTest::makeFund(m_fund);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(DocumentTest::addDonor(m_fund, 20, kHostileDonor, u"publish"_s, 5'000'00,
                                       u"2026-05-03"_s));
        QVERIFY(m_fund.exec(u"UPDATE activities SET title = ? WHERE reference = 'CB-2026-001'"_s,
                            {kHostileTitle}));
        // Recused, so the scores of the fund's other reviews stand.
        QVERIFY(ReviewService(m_fund.db(), [] {
                    return WorkflowTest::kToday;
                }).declare(ActivityId(1), kHostileReviewer, true, u"<b>conflict</b>"_s));
        auto reference = ReferenceDataService::load(m_fund.db());
        QVERIFY(reference);
        m_reference = std::move(reference).value();
    }

    void pdfShowsTheLiteralText_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("approval packet")
            << u"packet"_s << QStringList{kHostileTitle, kHostileReviewer};
        QTest::newRow("annual report")
            << u"annual"_s << QStringList{kHostileDonor, kHostileTitle, DocumentTest::kHtmlDonor};
    }

    void pdfShowsTheLiteralText()
    {
        QFETCH(QString, document);
        QFETCH(QStringList, expected);
        const Ui::DocumentFactory factory(m_fund.db(), *m_reference,
                                          QDateTime(QDate(2026, 7, 1), QTime(9, 30), Qt::UTC));
        const auto content = document == u"packet"
                                 ? factory.packet(u"CB-2026-001"_s, Language::English)
                                 : factory.annualReport(2026, Language::English);
        QVERIFY2(content, content ? "" : qPrintable(content.error().message));
        const QString path = m_dir.filePath(document + u".pdf"_s);
        QVERIFY(Ui::DocumentRenderer::writePdf(*content, path, Ui::Paper::A4));
        const QString text = withoutSpaces(DocumentTest::pdfText(path));
        QVERIFY2(!text.isEmpty(), "no PDF text: is pdftotext installed?");
        for (const QString &literal : expected) {
            QVERIFY2(text.contains(withoutSpaces(literal)),
                     qPrintable(literal + u" not literally in:\n"_s + text.left(4000)));
        }
    }

    void publicListEscapesEveryName()
    {
        const auto list = Ui::DocumentFactory(m_fund.db(), *m_reference).publicList(2026);
        QVERIFY(list);
        const QString html = Ui::PublicListHtml::page(*list, u"Fund"_s, Language::English);
        QVERIFY(!html.contains(u"<i>Hostile"_s));
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;i&gt;Hostile&lt;/i&gt; &amp;amp; &lt;script&gt;"_s));
        QTextDocument rendered;
        rendered.setHtml(html);
        QVERIFY(rendered.toPlainText().contains(kHostileDonor));
    }

private:
    QTemporaryDir m_dir;
    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

QTEST_MAIN(TestBadInputDocuments)
#include "tst_badinputdocuments.moc"
