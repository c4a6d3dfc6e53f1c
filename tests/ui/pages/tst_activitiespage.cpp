#include "tests/ui/testsupport/activityfixtures.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/models/bardelegate.h"
#include "ui/models/geographicbalancemodel.h"
#include "ui/models/rankingtablemodel.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/activitiespanel.h"
#include "ui/pages/activityfilterbar.h"
#include "ui/pages/geographicbalancepanel.h"
#include "ui/pages/rankingpanel.h"
#include "ui/pages/tablepanel.h"
#include "ui/models/activitytablemodel.h"
#include "ui/models/backgroundreader.h"
#include "ui/widgets/loadingline.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace FundDesk;
using FundDesk::Ui::ActivitiesPage;
using FundDesk::Ui::GeographicBalanceModel;
using FundDesk::Ui::RankingTableModel;
using Qt::StringLiterals::operator""_s;

class TestActivitiesPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filtersNarrowTheRows();
    void rankingShowsRunningTotalsAndWhereTheBalanceRunsOut();
    void geographicBalanceHasARowPerRegionAndTheEqualShare();
    void scoresAreExported();
    void languageChangeReloads();
    void packetButtonOpensTheExportPacketDialog();
    void largeFundLoadsInTheBackgroundAndCancelOffersLoadAgain();

private:
    void addThree();
    int shownRows() const;
    void choose(QComboBox *combo, int data);

    std::unique_ptr<Tests::TestFund> m_fund;
    Core::ActivityId m_kenya;
    Core::ActivityId m_chile;
    Core::ActivityId m_fiji;
};

void TestActivitiesPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
}

void TestActivitiesPage::cleanup()
{
    m_fund.reset();
}

// Eligible applications (candidates for the ranking), USD 60,000, 30,000 and 50,000, scored
// 4, 3 and 2.
void TestActivitiesPage::addThree()
{
    Core::FundServices &services = m_fund->services();
    Tests::ActivitySpec kenya;
    kenya.cents = 60'000'00;
    kenya.status = Core::ApplicationStatus::Eligible;
    Tests::ActivitySpec chile;
    chile.applicant = u"CHL"_s;
    chile.title = u"Cybersecurity law drafting"_s;
    chile.cents = 30'000'00;
    chile.start = QDate(2027, 1, 1);
    chile.end = QDate(2027, 12, 31);
    chile.areas = {Core::FocusArea::NationalStrategies};
    chile.status = Core::ApplicationStatus::UnderReview;
    Tests::ActivitySpec fiji;
    fiji.applicant = u"FJI"_s;
    fiji.title = u"Pacific points of contact"_s;
    fiji.cents = 50'000'00;
    fiji.areas = {Core::FocusArea::PointsOfContact};
    fiji.status = Core::ApplicationStatus::Recommended;
    m_kenya = Tests::addActivity(services, kenya);
    m_chile = Tests::addActivity(services, chile);
    m_fiji = Tests::addActivity(services, fiji);
    QVERIFY(m_kenya.isValid() && m_chile.isValid() && m_fiji.isValid());
    QVERIFY(Tests::scoreActivity(services, m_kenya, u"Ana"_s, 4));
    QVERIFY(Tests::scoreActivity(services, m_chile, u"Ana"_s, 3));
    QVERIFY(Tests::scoreActivity(services, m_fiji, u"Ana"_s, 2));
}

void TestActivitiesPage::choose(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    combo->setCurrentIndex(index);
}

void TestActivitiesPage::filtersNarrowTheRows()
{
    addThree();
    ActivitiesPage page(m_fund->services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Ui::ActivitiesPanel *panel = page.applicationsPanel();
    auto *view = page.findChild<QTableView *>(u"activityTable"_s);
    QCOMPARE(view->model()->rowCount(), 3);
    Ui::ActivityFilterBar *bar = panel->filterBar();

    choose(bar->regionCombo(), int(Core::Region::Americas));
    QCOMPARE(view->model()->rowCount(), 1);
    choose(bar->regionCombo(), -1);
    choose(bar->focusCombo(), int(Core::FocusArea::PointsOfContact));
    QCOMPARE(view->model()->rowCount(), 1);
    choose(bar->focusCombo(), -1);
    choose(bar->yearCombo(), 2026); // Kenya and Fiji run 2026–2027, Chile only 2027
    QCOMPARE(view->model()->rowCount(), 2);
    choose(bar->statusCombo(), int(Core::ApplicationStatus::Eligible));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(page.findChild<QLabel *>(u"activityTotalsLabel"_s)
                ->text()
                .contains(u"shown · requested USD 60,000.00"_s));
    choose(bar->statusCombo(), -1);
    choose(bar->yearCombo(), -1);
    QCOMPARE(view->model()->rowCount(), 3);
    // The text box narrows further, through the translated names.
    auto *filter = page.findChild<QLineEdit *>(u"activityFilterEdit"_s);
    filter->setFocus();
    QTest::keyClicks(filter, u"pacific"_s);
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestActivitiesPage::rankingShowsRunningTotalsAndWhereTheBalanceRunsOut()
{
    addThree();
    // USD 100,000 received this year: Kenya (60,000) and Chile (90,000 in all) fit, Fiji does not.
    QVERIFY(m_fund->receipt(m_fund->stateDonor(u"DEU"_s), QDate::currentDate(), u"100000"_s)
                .isValid());
    ActivitiesPage page(m_fund->services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(ActivitiesPage::RankingTab);
    RankingTableModel *model = page.rankingPanel()->model();
    QCOMPARE(model->rowCount(), 4); // three applications and the marker
    QCOMPARE(model->markerRow(), 2);
    const auto cell = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, RankingTableModel::Reference), m_fund->services().activities().find(m_kenya)->reference);
    QCOMPARE(cell(0, RankingTableModel::Score), u"4.00"_s);
    QCOMPARE(cell(0, RankingTableModel::RunningTotal), u"60,000.00"_s);
    QCOMPARE(cell(0, RankingTableModel::Balance), u"Within balance"_s);
    QCOMPARE(cell(1, RankingTableModel::RunningTotal), u"90,000.00"_s);
    QVERIFY(cell(2, 0).contains(u"USD 100,000.00 runs out here"_s));
    QCOMPARE(page.rankingPanel()->view()->columnSpan(2, 0), int(RankingTableModel::ColumnCount));
    QCOMPARE(cell(3, RankingTableModel::Rank), u"3"_s);
    QCOMPARE(cell(3, RankingTableModel::RunningTotal), u"140,000.00"_s);
    QCOMPARE(cell(3, RankingTableModel::Balance), u"Beyond balance"_s);
    QVERIFY(!model->index(3, RankingTableModel::Balance).data(Qt::DecorationRole).isNull());
    const QString summary = page.rankingPanel()->summaryLabel()->text();
    QVERIFY2(summary.contains(u"USD 100,000.00"_s) && summary.contains(u"USD 140,000.00"_s),
             qPrintable(summary));
}

void TestActivitiesPage::geographicBalanceHasARowPerRegionAndTheEqualShare()
{
    addThree();
    ActivitiesPage page(m_fund->services());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.tabs()->setCurrentIndex(ActivitiesPage::BalanceTab);
    GeographicBalanceModel *regions = page.balancePanel()->regionModel();
    QCOMPARE(regions->rowCount(), 6);
    QCOMPARE(regions->equalShareRow(), 5);
    QStringList names;
    for (int row = 0; row < regions->rowCount(); ++row) {
        names << regions->index(row, GeographicBalanceModel::Name).data().toString();
    }
    QCOMPARE(names, QStringList({u"Africa"_s, u"Americas"_s, u"Asia"_s, u"Europe"_s,
                                 u"Oceania"_s, u"Equal share"_s}));
    const auto cell = [regions](int row, int column) {
        return regions->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, GeographicBalanceModel::Requested), u"60,000.00"_s);
    QCOMPARE(cell(0, GeographicBalanceModel::RequestedShare), u"42.9 %"_s);
    QCOMPARE(cell(4, GeographicBalanceModel::Recommended), u"50,000.00"_s); // Fiji
    QCOMPARE(cell(5, GeographicBalanceModel::Requested), u"28,000.00"_s);  // 140,000 / 5
    const QModelIndex bar = regions->index(0, GeographicBalanceModel::RequestedShare);
    QCOMPARE(bar.data(Ui::BarDelegate::ValueRole).toLongLong(), 60'000'00);
    QCOMPARE(bar.data(Ui::BarDelegate::MaximumRole).toLongLong(), 60'000'00);
    QCOMPARE(bar.data(Ui::BarDelegate::MarkerRole).toLongLong(), 28'000'00);
    QCOMPARE(page.balancePanel()->groupModel()->rowCount(), 6);
    QCOMPARE(page.balancePanel()->groupModel()->index(0, 0).data().toString(), u"African States"_s);
}

void TestActivitiesPage::scoresAreExported()
{
    addThree();
    ActivitiesPage page(m_fund->services());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"scores.csv"_s);
    QVERIFY(page.applicationsPanel()->exportScores(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QCOMPARE(csv.count(u"\r\n"_s), 4); // header and three reviews
    QVERIFY(csv.contains(u"Cybersecurity law drafting"_s));
}

void TestActivitiesPage::languageChangeReloads()
{
    addThree();
    ActivitiesPage page(m_fund->services());
    QSignalSpy changed(&page, &ActivitiesPage::fundChanged);
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(page.applicationsPanel(), &event);
    QCoreApplication::sendEvent(&page, &event);
    // State names follow the language (Chili), figures the locale's separators.
    auto *view = page.findChild<QTableView *>(u"activityTable"_s);
    QStringList applicants;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        applicants << view->model()->index(row, 2).data().toString();
    }
    QVERIFY2(applicants.contains(u"Chili"_s), qPrintable(applicants.join(u", "_s)));
    QCOMPARE(changed.count(), 0);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

// Packet… opens the approval packet of the current application, by its reference; Escape closes.
void TestActivitiesPage::packetButtonOpensTheExportPacketDialog()
{
    addThree();
    ActivitiesPage page(m_fund->services());
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    Ui::TablePanel *table = page.applicationsPanel()->table();
    auto *packet = table->findChild<QPushButton *>(u"packetButton"_s);
    QVERIFY(packet);
    QVERIFY(packet->isVisible());
    table->selectId(m_chile.value());
    QCOMPARE(table->currentId(), m_chile.value());
    QVERIFY(packet->isEnabled());
    const auto chile = m_fund->services().activities().find(m_chile);
    QVERIFY(chile);

    QString reference;
    bool closed = false;
    // The dialog is modal: look at it from a timer once it is open.
    QTimer timer;
    timer.setInterval(20);
    connect(&timer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<Ui::ExportPacketDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            return;
        }
        timer.stop();
        reference = dialog->referenceEdit()->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
        closed = !dialog->isVisible();
        if (!closed) {
            dialog->reject(); // never hang the test
        }
    });
    timer.start();
    QTest::mouseClick(packet, Qt::LeftButton);
    QVERIFY(closed);
    QCOMPARE(reference, chile->reference);
}

// A fund above BackgroundReader's limit: the panel says it is loading, then shows the rows;
// Cancel keeps the rows it had and offers Load again, which reads them anew.
void TestActivitiesPage::largeFundLoadsInTheBackgroundAndCancelOffersLoadAgain()
{
    QTemporaryDir dir;
    m_fund = Tests::TestFund::createAt(dir.filePath(u"fund.funddesk"_s));
    QVERIFY(m_fund);
    const auto closeFund = qScopeGuard([this] { m_fund.reset(); }); // before its folder goes
    addThree();
    const qint64 limit = Ui::BackgroundReader::synchronousLimit();
    Ui::BackgroundReader::setSynchronousLimit(-1);
    const auto restore = qScopeGuard([limit] { Ui::BackgroundReader::setSynchronousLimit(limit); });
    Ui::ActivitiesPanel panel(m_fund->services());
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    Ui::TablePanel *table = panel.table();
    Ui::LoadingLine *line = table->loadingLine();

    panel.reload();
    QVERIFY(table->isLoading());
    QVERIFY(line->isVisible());
    QVERIFY(!table->view()->isEnabled());
    QCOMPARE(panel.model()->rowCount(), 0);
    QTRY_COMPARE(panel.model()->rowCount(), 3);
    QVERIFY(!table->isLoading());
    QVERIFY(!line->isVisible());
    QVERIFY(table->view()->isEnabled());
    QVERIFY(panel.filterBar()->yearCombo()->findData(2027) >= 0);
    QVERIFY2(table->totalsLabel()->text().contains(u"requested USD 140,000.00"_s),
             qPrintable(table->totalsLabel()->text()));

    table->selectId(m_chile.value());
    panel.reload();
    QVERIFY(table->isLoading());
    QTest::mouseClick(line->button(), Qt::LeftButton);
    QCOMPARE(line->state(), Ui::LoadingLine::State::Cancelled);
    QTRY_COMPARE(Ui::BackgroundReader::runningCount(), 0);
    QCOMPARE(line->state(), Ui::LoadingLine::State::Cancelled); // nothing delivered after all
    QCOMPARE(panel.model()->rowCount(), 3);
    QVERIFY(table->view()->isEnabled());

    QTest::mouseClick(line->button(), Qt::LeftButton); // Load again
    QVERIFY(table->isLoading());
    QTRY_VERIFY(!table->isLoading());
    QCOMPARE(line->state(), Ui::LoadingLine::State::Hidden);
    QCOMPARE(panel.model()->rowCount(), 3);
    QCOMPARE(table->currentId(), m_chile.value());
}

QTEST_MAIN(TestActivitiesPage)
#include "tst_activitiespage.moc"
