#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/statusbanner.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace FundDesk;
using FundDesk::Ui::ContributionDialog;
using FundDesk::Ui::ContributionsPage;
using Qt::StringLiterals::operator""_s;

namespace {

// Runs handle on the next modal dialog once it is open (they block in their own event loop).
// A dialog the handler leaves open is rejected so that a failed check cannot hang the test.
void whenModalOpens(QObject *owner, const std::function<void(QWidget *)> &handle)
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

void answer(QObject *owner, QMessageBox::StandardButton button, QString *text)
{
    whenModalOpens(owner, [button, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        *text = box->text();
        box->button(button)->click();
    });
}

} // namespace

class TestContributionsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheOperationalStatus();
    void addReceiptThroughTheDialog();
    void filterNarrowsRowsAsYouType();
    void deleteAsksForConfirmation();
    void refusedDeleteIsShown();
    void ctrlFFocusesTheFilter();

private:
    QTableView *contributionTable() const;
    QLabel *contributionTotals() const;

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ContributionsPage> m_page;
    Core::DonorId m_donor;
};

void TestContributionsPage::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_donor = m_fund->foundation(u"Fondation Aurore"_s, u"FRA"_s);
    QVERIFY(m_donor.isValid());
    m_page = std::make_unique<ContributionsPage>(m_fund->services());
    m_page->resize(1000, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestContributionsPage::cleanup()
{
    m_page.reset();
    m_fund.reset();
}

QTableView *TestContributionsPage::contributionTable() const
{
    return m_page->findChild<QTableView *>(u"contributionTable"_s);
}

QLabel *TestContributionsPage::contributionTotals() const
{
    return m_page->findChild<QLabel *>(u"contributionTotalsLabel"_s);
}

void TestContributionsPage::showsTheOperationalStatus()
{
    Core::FundSettings settings;
    settings.operationalThreshold = Core::Money::usd(100000);
    QVERIFY(m_fund->services().settings().save(settings).ok());
    m_page->reload();
    const auto *banner = m_page->statusBanner();
    QVERIFY(!banner->isOperational());
    QVERIFY2(banner->statusText().contains(u"USD 1,000.00 still missing"_s),
             qPrintable(banner->statusText()));

    QVERIFY(m_fund->receipt(m_donor, QDate(2024, 1, 5), u"1000"_s).isValid());
    m_page->reload();
    QVERIFY(banner->isOperational());
    QVERIFY(banner->statusText().startsWith(u"Operational"_s));
}

void TestContributionsPage::addReceiptThroughTheDialog()
{
    QSignalSpy changed(m_page.get(), &ContributionsPage::fundChanged);
    QCOMPARE(contributionTable()->model()->rowCount(), 0);
    QVERIFY(contributionTotals()->text().startsWith(u"0 contribution"_s));

    whenModalOpens(m_page.get(), [](QWidget *modal) {
        auto *dialog = qobject_cast<ContributionDialog *>(modal);
        QVERIFY(dialog);
        auto *donor = dialog->findChild<QComboBox *>(u"donorCombo"_s);
        QTest::keyClicks(donor->lineEdit(), u"Fondation Aurore"_s);
        donor->completer()->popup()->hide();
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"amountEdit"_s), u"1,500"_s);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"addContributionButton"_s), Qt::LeftButton);

    QCOMPARE(changed.count(), 1);
    QAbstractItemModel *model = contributionTable()->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, Ui::ContributionTableModel::Donor).data().toString(),
             u"Fondation Aurore"_s);
    QCOMPARE(model->index(0, Ui::ContributionTableModel::Amount).data().toString(),
             u"USD 1,500.00"_s);
    // The new row is selected.
    QCOMPARE(contributionTable()->currentIndex().row(), 0);
    const QString totals = contributionTotals()->text();
    QVERIFY2(totals.contains(u"1 contribution"_s), qPrintable(totals));
    QVERIFY2(totals.contains(u"received USD 1,500.00"_s), qPrintable(totals));
    // The donor's total follows.
    const QString donorTotals = m_page->findChild<QLabel *>(u"donorTotalsLabel"_s)->text();
    QVERIFY2(donorTotals.contains(u"received USD 1,500.00"_s), qPrintable(donorTotals));
}

void TestContributionsPage::filterNarrowsRowsAsYouType()
{
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    QVERIFY(m_fund->receipt(m_donor, QDate(2024, 2, 1), u"100"_s).isValid());
    QVERIFY(m_fund->receipt(germany, QDate(2023, 2, 1), u"200"_s).isValid());
    QVERIFY(m_fund->pledge(germany, QDate(2025, 2, 1), u"300"_s).isValid());
    m_page->reload();
    QAbstractItemModel *model = contributionTable()->model();
    QCOMPARE(model->rowCount(), 3);

    auto *filter = m_page->findChild<QLineEdit *>(u"contributionFilterEdit"_s);
    QVERIFY(filter->isClearButtonEnabled());
    QTest::keyClicks(filter, u"germ"_s);
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(contributionTotals()->text().contains(u"2 contribution"_s));
    QVERIFY(contributionTotals()->text().contains(u"received USD 200.00"_s));
    QVERIFY(contributionTotals()->text().contains(u"pledged USD 300.00"_s));
    QTest::keyClicks(filter, u"any 2023"_s);
    QCOMPARE(model->rowCount(), 1);
    filter->clear();
    QCOMPARE(model->rowCount(), 3);
    QTest::keyClicks(filter, u"europe"_s);
    QCOMPARE(model->rowCount(), 3); // France and Germany are both in Europe
    filter->clear();
    QTest::keyClicks(filter, u"nothing like this"_s);
    QCOMPARE(model->rowCount(), 0);
}

void TestContributionsPage::deleteAsksForConfirmation()
{
    QVERIFY(m_fund->receipt(m_donor, QDate(2024, 2, 1), u"100"_s).isValid());
    m_page->reload();
    QTableView *table = contributionTable();
    table->setFocus();
    table->selectRow(0);
    QString question;

    answer(m_page.get(), QMessageBox::No, &question);
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY2(question.contains(u"USD 100.00"_s) && question.contains(u"Fondation Aurore"_s),
             qPrintable(question));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(m_fund->services().contributions().all()->size(), 1);

    QSignalSpy changed(m_page.get(), &ContributionsPage::fundChanged);
    answer(m_page.get(), QMessageBox::Yes, &question);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"deleteContributionButton"_s),
                      Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(m_fund->services().contributions().all()->size(), 0);
    QCOMPARE(changed.count(), 1);
}

void TestContributionsPage::refusedDeleteIsShown()
{
    QVERIFY(m_fund->receipt(m_donor, QDate(2024, 2, 1), u"100"_s).isValid());
    m_page->reload();
    auto *donors = m_page->findChild<QTableView *>(u"donorTable"_s);
    donors->selectRow(0);
    QString question;
    QString refusal;
    QObject *owner = m_page.get();
    whenModalOpens(owner, [owner, &question, &refusal](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        question = box->text();
        // The refusal comes as a second message box once this one is answered.
        whenModalOpens(owner, [&refusal](QWidget *second) {
            auto *refusalBox = qobject_cast<QMessageBox *>(second);
            QVERIFY(refusalBox);
            refusal = refusalBox->text();
            refusalBox->accept();
        });
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"deleteDonorButton"_s), Qt::LeftButton);
    QVERIFY(question.contains(u"Fondation Aurore"_s));
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(donors->model()->rowCount(), 1);
}

void TestContributionsPage::ctrlFFocusesTheFilter()
{
    m_page->activateWindow();
    auto *donors = m_page->findChild<QTableView *>(u"donorTable"_s);
    donors->setFocus();
    QTest::keyClick(donors, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->findChild<QLineEdit *>(u"donorFilterEdit"_s)->hasFocus());
    contributionTable()->setFocus();
    QTest::keyClick(contributionTable(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->findChild<QLineEdit *>(u"contributionFilterEdit"_s)->hasFocus());
}

QTEST_MAIN(TestContributionsPage)
#include "tst_contributionspage.moc"
