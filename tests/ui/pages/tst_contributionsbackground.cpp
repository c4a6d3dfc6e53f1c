// The Donors & Contributions page on a large fund (issue 11): both tables are read on worker
// threads, the page says so while they load, and Cancel leaves Load again on offer.
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/donortablemodel.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/contributionspanel.h"
#include "ui/pages/donorspanel.h"
#include "ui/pages/tablepanel.h"
#include "ui/widgets/loadingline.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace FundDesk;
using Qt::StringLiterals::operator""_s;
using Ui::BackgroundReader;
using Ui::LoadingLine;

namespace {

// Runs handle on the next modal dialog once it is open (they block in their own event loop).
void whenDialogOpens(QObject *owner, const std::function<void(QWidget *)> &handle)
{
    auto *timer = new QTimer(owner);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        const QPointer<QWidget> guard(modal);
        handle(modal);
        if (auto *dialog = qobject_cast<QDialog *>(guard.data()); dialog && dialog->isVisible()) {
            dialog->reject();
        }
    });
    timer->start();
}

} // namespace

class TestContributionsBackground final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tablesLoadOnWorkersThenShowTheirRows();
    void cancelLeavesLoadAgainOnOffer();
    void addedContributionIsCurrentOnceLoaded();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Tests::TestFund> m_fund;
    Core::DonorId m_aurore;
    Core::ContributionId m_receipt;
};

void TestContributionsBackground::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    BackgroundReader::setSynchronousLimit(-1); // every file-backed fund is "large"
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_fund = Tests::TestFund::createAt(m_dir->filePath(u"fund.funddesk"_s));
    QVERIFY(m_fund);
    m_aurore = m_fund->foundation(u"Fondation Aurore"_s, u"FRA"_s);
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    m_receipt = m_fund->receipt(m_aurore, QDate(2024, 2, 1), u"100.25"_s);
    QVERIFY(m_receipt.isValid());
    QVERIFY(m_fund->pledge(germany, QDate(2025, 2, 1), u"300"_s).isValid());
}

void TestContributionsBackground::cleanup()
{
    QTRY_COMPARE(BackgroundReader::runningCount(), 0); // no worker outlives its fund
    m_fund.reset();
    m_dir.reset();
    BackgroundReader::setSynchronousLimit(32 * 1024 * 1024);
}

void TestContributionsBackground::tablesLoadOnWorkersThenShowTheirRows()
{
    Ui::ContributionsPage page(m_fund->services());
    page.resize(1000, 760);
    page.show();
    Ui::TablePanel *contributions = page.contributionsPanel()->table();
    Ui::TablePanel *donors = page.donorsPanel()->table();
    // Nothing read yet: the rows come from the workers, the page says they are loading.
    QVERIFY(contributions->isLoading());
    QVERIFY(donors->isLoading());
    QCOMPARE(contributions->loadingLine()->state(), LoadingLine::State::Loading);
    QVERIFY(!contributions->view()->isEnabled());
    QCOMPARE(page.contributionsPanel()->model()->rowCount(), 0);

    QTRY_VERIFY(!contributions->isLoading());
    QTRY_VERIFY(!donors->isLoading());
    QCOMPARE(contributions->loadingLine()->state(), LoadingLine::State::Hidden);
    QVERIFY(contributions->view()->isEnabled());
    QCOMPARE(page.contributionsPanel()->model()->rowCount(), 2);
    QCOMPARE(page.donorsPanel()->model()->rowCount(), 2);
    // Totals of the shown rows, exact.
    const QString totals = contributions->totalsLabel()->text();
    QVERIFY2(totals.startsWith(u"2 contribution"_s), qPrintable(totals));
    QVERIFY2(totals.contains(u"received USD 100.25"_s), qPrintable(totals));
    QVERIFY2(totals.contains(u"pledged USD 300.00"_s), qPrintable(totals));
    const QString donorTotals = donors->totalsLabel()->text();
    QVERIFY2(donorTotals.contains(u"outstanding pledges USD 300.00"_s), qPrintable(donorTotals));

    // A reload keeps the current row once the new rows are in.
    contributions->selectId(m_receipt.value());
    page.contributionsPanel()->reload();
    QVERIFY(contributions->isLoading());
    QTRY_VERIFY(!contributions->isLoading());
    QCOMPARE(contributions->currentId(), m_receipt.value());
}

void TestContributionsBackground::cancelLeavesLoadAgainOnOffer()
{
    Ui::ContributionsPanel panel(m_fund->services());
    panel.resize(900, 500);
    panel.show();
    Ui::TablePanel *table = panel.table();
    panel.reload();
    QVERIFY(table->isLoading());
    LoadingLine *line = table->loadingLine();
    QTest::mouseClick(line->button(), Qt::LeftButton); // Cancel
    QCOMPARE(line->state(), LoadingLine::State::Cancelled);
    QVERIFY(!table->isLoading());
    QTRY_COMPARE(BackgroundReader::runningCount(), 0);
    QCOMPARE(panel.model()->rowCount(), 0); // the cancelled read delivered nothing

    QTest::mouseClick(line->button(), Qt::LeftButton); // Load again
    QVERIFY(table->isLoading());
    QTRY_COMPARE(panel.model()->rowCount(), 2);
    QCOMPARE(line->state(), LoadingLine::State::Hidden);
}

void TestContributionsBackground::addedContributionIsCurrentOnceLoaded()
{
    Ui::ContributionsPage page(m_fund->services());
    page.resize(1000, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Ui::TablePanel *table = page.contributionsPanel()->table();
    QTRY_VERIFY(!table->isLoading() && !page.donorsPanel()->table()->isLoading());
    table->selectId(m_receipt.value());

    whenDialogOpens(&page, [](QWidget *modal) {
        auto *dialog = qobject_cast<Ui::ContributionDialog *>(modal);
        QVERIFY(dialog);
        auto *donor = dialog->findChild<QComboBox *>(u"donorCombo"_s);
        QTest::keyClicks(donor->lineEdit(), u"Fondation Aurore"_s);
        donor->completer()->popup()->hide();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"7"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(page.findChild<QPushButton *>(u"addContributionButton"_s), Qt::LeftButton);
    // The panel's own reload and the page's (after "changed") both run in the background: the
    // second must still select the stored contribution, not the row current before.
    QVERIFY(table->isLoading());
    QTRY_VERIFY(!table->isLoading());
    QCOMPARE(page.contributionsPanel()->model()->rowCount(), 3);
    const qint64 current = table->currentId();
    QVERIFY(current != 0 && current != m_receipt.value());
    const int row = page.contributionsPanel()->model()->rowOf(Core::ContributionId(current));
    QCOMPARE(page.contributionsPanel()->model()->amountAt(row), Core::Money::usd(700));
}

QTEST_MAIN(TestContributionsBackground)
#include "tst_contributionsbackground.moc"
