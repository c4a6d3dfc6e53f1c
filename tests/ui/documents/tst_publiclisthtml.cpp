#include "../../core/reports/documenttestfund.h"

#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/publiclisthtml.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace FundDesk;
using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestPublicListHtml : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyTextIsEscaped();
    void publishWritesNoWithheldNameAndNoApplicant();

private:
    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestPublicListHtml::init()
{
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestPublicListHtml::everyTextIsEscaped()
{
    const auto list = Ui::DocumentFactory(m_fund.db(), *m_reference).publicList(2026);
    QVERIFY(list);
    const QString html = Ui::PublicListHtml::page(*list, u"Fund <script>x</script>"_s,
                                                  Language::English);
    QVERIFY(!html.contains(u"<b>Bold"_s));
    QVERIFY(html.contains(u"&lt;b&gt;Bold &amp; Co&lt;/b&gt;"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    // A browser (here QTextDocument) shows the name's characters, not bold text.
    QTextDocument rendered;
    rendered.setHtml(html);
    QVERIFY(rendered.toPlainText().contains(DocumentTest::kHtmlDonor));
}

void TestPublicListHtml::publishWritesNoWithheldNameAndNoApplicant()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"site/contributions"_s);
    const auto written = Ui::DocumentFactory(m_fund.db(), *m_reference).publish(2026, folder);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    QCOMPARE(written->size(), 2);
    for (const QString &path : *written) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(file.readAll());
        QVERIFY(!content.contains(DocumentTest::kUnpublished));
        QVERIFY(!content.contains(DocumentTest::kAnonymous));
        QVERIFY(!content.contains(u"Grace Mwangi"_s));
        QVERIFY(!content.contains(u"Dr. Reviewer"_s));
        QVERIFY(content.contains(DocumentTest::kPublished));
        QVERIFY(content.contains(u"Anonymous donor"_s));
    }
}

QTEST_MAIN(TestPublicListHtml)
#include "tst_publiclisthtml.moc"
