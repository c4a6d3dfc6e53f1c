#include "tests/core/reports/documenttestfund.h"

#include "core/reports/reporttext.h"
#include "core/services/fundservices.h"
#include "ui/documents/documentoptions.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/documents/publicationpreviewdialog.h"
#include "ui/pages/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace FundDesk;
using namespace Qt::StringLiterals;

// The Reports page driven as a person would: publish the public list into a folder, preview
// what it withholds, build the annual report in another language, and the packet dialog.
class TestReportsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void publishWritesThePageAndTheCsv();
    void publishWithoutAFolderSaysSo();
    void previewShowsWhatIsWithheldAndWhy();
    void annualReportInTheChosenLanguage();
    void packetDialogNamesAnUnknownItem();
    void packetDialogBuildsInTheChosenLanguage();
    void everyButtonHasAnAccessibleName();
    void screenshots();

private:
    WorkflowTest::Fund m_fund;
    std::unique_ptr<Core::FundServices> m_services;
    std::unique_ptr<Ui::ReportsPage> m_page;
};

void TestReportsPage::init()
{
    QStandardPaths::setTestModeEnabled(true); // the page remembers its folder in QSettings
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto services = Core::FundServices::create(*m_fund.database);
    QVERIFY(services);
    m_services = std::move(services).value();
    m_page = std::make_unique<Ui::ReportsPage>(*m_services);
    m_page->resize(800, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestReportsPage::cleanup()
{
    m_page.reset();
    m_services.reset();
    m_fund = {};
}

void TestReportsPage::publishWritesThePageAndTheCsv()
{
    QTemporaryDir dir;
    m_page->publicYear()->setValue(2026);
    m_page->publicFolder()->setText(dir.path());
    QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
    QVERIFY(QFile::exists(dir.filePath(u"contributions-2026.html"_s)));
    QVERIFY(QFile::exists(dir.filePath(u"contributions-2026.csv"_s)));
    QVERIFY(m_page->statusLabel()->text().contains(u"contributions-2026.csv"_s));
}

void TestReportsPage::publishWithoutAFolderSaysSo()
{
    m_page->publicFolder()->clear();
    QTest::mouseClick(m_page->publishButton(), Qt::LeftButton);
    QVERIFY(m_page->statusLabel()->text().contains(u"folder"_s));
    QVERIFY(m_page->publicFolder()->hasFocus());
}

void TestReportsPage::previewShowsWhatIsWithheldAndWhy()
{
    m_page->publicYear()->setValue(2026);
    QStringList withheld;
    QStringList shown;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<Ui::PublicationPreviewDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        for (int row = 0; row < dialog->withheldTable()->rowCount(); ++row) {
            withheld << dialog->withheldTable()->item(row, 0)->text() + u" | "_s
                            + dialog->withheldTable()->item(row, 4)->text();
        }
        for (int row = 0; row < dialog->publishedTable()->rowCount(); ++row) {
            shown << dialog->publishedTable()->item(row, 0)->text();
        }
        dialog->reject();
    });
    QTest::mouseClick(m_page->previewPublicButton(), Qt::LeftButton);
    QCOMPARE(withheld.size(), 2);
    QVERIFY(withheld.join(u'\n').contains(DocumentTest::kUnpublished + u" | The donor asked not"_s));
    QVERIFY(withheld.join(u'\n').contains(DocumentTest::kAnonymous + u" | The donor asked for anonymity"_s));
    QVERIFY(!shown.contains(DocumentTest::kUnpublished));
    QVERIFY(shown.contains(u"Anonymous donor"_s));
}

void TestReportsPage::annualReportInTheChosenLanguage()
{
    m_page->annualYear()->setValue(2026);
    m_page->annualOptions()->setLanguage(Core::Language::Arabic);
    const auto document = m_page->annualReport();
    QVERIFY(document);
    QVERIFY(document->rightToLeft());
    QVERIFY(Core::ReportText::toText(*document).contains(
        m_services->reference().name(u"FRA"_s, Core::Language::Arabic)));
    // The interface keeps its language.
    QCOMPARE(m_page->publishButton()->text(), u"P&ublish"_s);
}

void TestReportsPage::packetDialogNamesAnUnknownItem()
{
    Ui::ExportPacketDialog dialog(*m_services, Ui::ExportPacketDialog::Scope::Item, u"CB-404"_s);
    dialog.show();
    QTest::mouseClick(dialog.previewButton(), Qt::LeftButton);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(u"CB-404"_s));
}

void TestReportsPage::packetDialogBuildsInTheChosenLanguage()
{
    Ui::ExportPacketDialog dialog(*m_services, Ui::ExportPacketDialog::Scope::Item, {});
    dialog.show();
    QTest::keyClicks(dialog.referenceEdit(), u"SP-1"_s);
    dialog.options()->setLanguage(Core::Language::Chinese);
    const auto document = dialog.document();
    QVERIFY(document);
    QVERIFY(Core::ReportText::toText(*document).contains(u"肯尼亚"_s)); // Kenya
    QVERIFY(Core::ReportText::toText(*document).contains(u"Grace Mwangi"_s));
}

void TestReportsPage::everyButtonHasAnAccessibleName()
{
    const auto buttons = m_page->findChildren<QPushButton *>();
    QVERIFY(buttons.size() >= 8);
    for (const QPushButton *button : buttons) {
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->text()));
        QVERIFY2(button->text().contains(u'&'), qPrintable(button->text()));
    }
}

void TestReportsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("FUNDDESK_SHOTS_DIR");
    if (folder.isEmpty()) {
        QSKIP("set FUNDDESK_SHOTS_DIR to save the page");
    }
    m_page->grab().save(folder + u"/reports-en.png"_s);
    QApplication::setLayoutDirection(Qt::RightToLeft);
    m_page->grab().save(folder + u"/reports-rtl.png"_s);
    QApplication::setLayoutDirection(Qt::LeftToRight);
    Ui::ExportPacketDialog dialog(*m_services, Ui::ExportPacketDialog::Scope::Item, u"CB-2026-001"_s);
    dialog.show();
    dialog.grab().save(folder + u"/packet-dialog.png"_s);
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
