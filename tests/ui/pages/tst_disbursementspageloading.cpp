// The Disbursements page on a large fund (issue 11): the payments are read on a worker, the
// table says so while they load, the year combo and totals follow the rows, and Cancel leaves
// Load again on offer.
#include "core/db/sqlhelpers.h"
#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/tablepanel.h"
#include "ui/widgets/loadingline.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace FundDesk;
using Qt::StringLiterals::operator""_s;
using Ui::BackgroundReader;
using Ui::LoadingLine;

class TestDisbursementsPageLoading final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void paymentsLoadOnAWorkerThenShowWithTheirYearsAndTotals();
    void cancelLeavesLoadAgainOnOffer();

private:
    QDate m_day;
    qint64 m_secondId = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Tests::TestFund> m_fund; // the file the page reads
};

void TestDisbursementsPageLoading::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Tests::WorkflowFixture fixture;
    const QString failed = fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(fixture.approve());
    QVERIFY(fixture.actAs(fixture.manager));
    m_day = QDate::currentDate().addDays(-20);
    for (const auto &[days, cents, payee] : {std::tuple{0, 10'000'00, u"Nairobi hotel"_s},
                                             std::tuple{2, 20'000'00, u"Kenya ICT Authority"_s}}) {
        Core::Disbursement d;
        d.item = fixture.item();
        d.date = m_day.addDays(days);
        d.amount = Core::Money::usd(cents);
        d.usdRate = Core::ExchangeRate::identity();
        d.payee = payee;
        const auto id = fixture.services().workflow().disbursements().record(d, fixture.manager);
        QVERIFY(id);
        m_secondId = id->value();
    }
    // The worker reads a file: the fund is copied into one.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(u"fund.funddesk"_s);
    QSqlDatabase db = fixture.services().database().connection();
    QVERIFY(Core::Sql::exec(db, u"VACUUM INTO '%1'"_s.arg(path)).ok());
    m_fund = Tests::TestFund::createAt(path);
    QVERIFY(m_fund);
    BackgroundReader::setSynchronousLimit(-1); // every file-backed fund is "large"
}

void TestDisbursementsPageLoading::cleanup()
{
    QTRY_COMPARE(BackgroundReader::runningCount(), 0); // no worker outlives its fund
    m_fund.reset();
    m_dir.reset();
    BackgroundReader::setSynchronousLimit(32 * 1024 * 1024);
}

void TestDisbursementsPageLoading::paymentsLoadOnAWorkerThenShowWithTheirYearsAndTotals()
{
    Ui::DisbursementsPage page(m_fund->services());
    page.resize(1000, 700);
    page.show();
    Ui::TablePanel *table = page.table();
    // Nothing read yet: the rows come from the worker, the table says they are loading.
    QVERIFY(table->isLoading());
    QCOMPARE(table->loadingLine()->state(), LoadingLine::State::Loading);
    QVERIFY(!table->view()->isEnabled());
    QCOMPARE(page.model()->rowCount(), 0);

    QTRY_VERIFY(!table->isLoading());
    QCOMPARE(table->loadingLine()->state(), LoadingLine::State::Hidden);
    QVERIFY(table->view()->isEnabled());
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(table->view()->model()->rowCount(), 2);
    // The year combo and the totals follow the rows once they are in.
    QVERIFY(page.yearCombo()->findData(m_day.year()) > 0);
    QVERIFY2(table->totalsLabel()->text().contains(u"30,000.00"_s),
             qPrintable(table->totalsLabel()->text()));
    QTableWidget *totals = page.totalsTable();
    QVERIFY(totals->item(totals->rowCount() - 1, totals->columnCount() - 1)
                ->text()
                .contains(u"30,000.00"_s));

    // A reload keeps the current row once the new rows are in.
    table->selectId(m_secondId);
    page.reload();
    QVERIFY(table->isLoading());
    QTRY_VERIFY(!table->isLoading());
    QCOMPARE(table->currentId(), m_secondId);
}

void TestDisbursementsPageLoading::cancelLeavesLoadAgainOnOffer()
{
    Ui::DisbursementsPage page(m_fund->services());
    page.resize(1000, 700);
    page.show();
    Ui::TablePanel *table = page.table();
    QVERIFY(table->isLoading());
    LoadingLine *line = table->loadingLine();
    QTest::mouseClick(line->button(), Qt::LeftButton); // Cancel
    QCOMPARE(line->state(), LoadingLine::State::Cancelled);
    QVERIFY(!table->isLoading());
    QTRY_COMPARE(BackgroundReader::runningCount(), 0);
    QCOMPARE(page.model()->rowCount(), 0); // the cancelled read delivered nothing

    QTest::mouseClick(line->button(), Qt::LeftButton); // Load again
    QVERIFY(table->isLoading());
    QTRY_COMPARE(page.model()->rowCount(), 2);
    QCOMPARE(line->state(), LoadingLine::State::Hidden);
}

QTEST_MAIN(TestDisbursementsPageLoading)
#include "tst_disbursementspageloading.moc"
