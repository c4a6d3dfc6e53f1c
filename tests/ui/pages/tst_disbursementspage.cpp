#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/dialogs/disbursementdialog.h"
#include "ui/dialogs/fielderrors.h"
#include "ui/dialogs/perioddialog.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/models/disbursementfilterproxymodel.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/tablepanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace FundDesk;
using namespace FundDesk::Tests;
using namespace Qt::StringLiterals;

class TestDisbursementsPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordAPaymentThroughTheDialog();
    void overPaymentIsRefusedAtTheField();
    void refundNeedsAReason();
    void filtersAndTotals();
    void closeAndReopenAYear();
    void modelPassesTheTester();
    void screenshots_data();
    void screenshots();
    void paymentsKeepADozenRowsIn1280x720_data();
    void paymentsKeepADozenRowsIn1280x720();

private:
    // Runs `fill` on the next modal dialog of type T once it is shown.
    template<typename T>
    void whenShown(std::function<void(T *)> fill)
    {
        QTimer::singleShot(0, this, [fill] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(dialog);
        });
    }
    static void clickYesOnConfirmation();
    Core::DisbursementId pay(qint64 cents, const QDate &date, const QString &payee);
    int rowsShown() const { return m_page->table()->view()->model()->rowCount(); }

    WorkflowFixture m_fixture;
    std::unique_ptr<Ui::DisbursementsPage> m_page;
};

void TestDisbursementsPage::init()
{
    m_fixture = WorkflowFixture();
    const QString failed = m_fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fixture.approve()); // USD 120,000 committed to Kenya's activity
    QVERIFY(m_fixture.actAs(m_fixture.manager));
    m_page = std::make_unique<Ui::DisbursementsPage>(m_fixture.services());
    m_page->resize(1000, 700);
    m_page->show();
}

void TestDisbursementsPage::cleanup()
{
    m_page.reset();
    m_fixture = WorkflowFixture();
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
}

Core::DisbursementId TestDisbursementsPage::pay(qint64 cents, const QDate &date,
                                                const QString &payee)
{
    Core::Disbursement d;
    d.item = m_fixture.item();
    d.date = date;
    d.amount = Core::Money::usd(cents);
    d.usdRate = Core::ExchangeRate::identity();
    d.payee = payee;
    const auto id = m_fixture.services().workflow().disbursements().record(d, m_fixture.manager);
    return id ? *id : Core::DisbursementId();
}

void TestDisbursementsPage::clickYesOnConfirmation()
{
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
}

void TestDisbursementsPage::recordAPaymentThroughTheDialog()
{
    QCOMPARE(rowsShown(), 0);
    whenShown<Ui::DisbursementDialog>([](Ui::DisbursementDialog *dialog) {
        QCOMPARE(dialog->itemCombo()->count(), 1);
        QVERIFY(dialog->remainingLabel()->text().contains(u"120,000.00"_s));
        dialog->amountEdit()->setFocus();
        QTest::keyClicks(dialog->amountEdit(), u"40000"_s);
        QTest::keyClicks(dialog->payeeEdit(), u"Kenya ICT Authority"_s);
        QTest::keyClicks(dialog->referenceEdit(), u"TR-1"_s);
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->table()->addButton(), Qt::LeftButton);
    QCOMPARE(rowsShown(), 1);
    QVERIFY(m_page->table()->totalsLabel()->text().contains(u"40,000.00"_s));
    const auto remaining =
        m_fixture.services().workflow().disbursements().remaining(m_fixture.item());
    QCOMPARE(*remaining, Core::Money::usd(80'000'00));
}

void TestDisbursementsPage::overPaymentIsRefusedAtTheField()
{
    Ui::DisbursementDialog dialog(m_fixture.services(), Ui::DisbursementDialog::Kind::Payment);
    dialog.show();
    dialog.amountEdit()->setText(u"150000"_s);
    dialog.payeeEdit()->setText(u"Kenya ICT Authority"_s);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QLabel *error = dialog.errors()->errorLabel(u"amount"_s);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"120,000.00"_s), qPrintable(error->text()));
    QVERIFY(m_fixture.services().workflow().disbursements().list()->isEmpty());
}

void TestDisbursementsPage::refundNeedsAReason()
{
    QVERIFY(pay(30'000'00, QDate::currentDate(), u"Kenya ICT Authority"_s).isValid());
    Ui::DisbursementDialog dialog(m_fixture.services(), Ui::DisbursementDialog::Kind::Refund);
    dialog.show();
    QVERIFY(dialog.reasonEdit()->isVisible());
    dialog.amountEdit()->setText(u"5000"_s);
    dialog.payeeEdit()->setText(u"Kenya ICT Authority"_s);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.errors()->errorLabel(u"reason"_s)->isVisible());
    dialog.reasonEdit()->setFocus();
    QTest::keyClicks(dialog.reasonEdit(), u"Workshop day cancelled"_s);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    m_page->reload();
    QCOMPARE(rowsShown(), 2);
    QVERIFY(m_page->table()->totalsLabel()->text().contains(u"25,000.00"_s));
}

void TestDisbursementsPage::filtersAndTotals()
{
    const QDate today = QDate::currentDate();
    QVERIFY(pay(10'000'00, QDate(today.year(), 1, 15), u"Nairobi hotel"_s).isValid());
    QVERIFY(pay(20'000'00, QDate(today.year(), 2, 15), u"Kenya ICT Authority"_s).isValid());
    m_page->reload();
    QCOMPARE(rowsShown(), 2);
    // History… is for the current row: off with none, on as soon as one is current.
    QTableView *view = m_page->table()->view();
    view->setCurrentIndex(QModelIndex());
    QPushButton *history = m_page->findChild<QPushButton *>(u"disbursementHistoryButton"_s);
    QVERIFY(history);
    QVERIFY(!history->isEnabled());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    QVERIFY(view->currentIndex().isValid());
    QVERIFY(history->isEnabled());
    QTableWidget *totals = m_page->totalsTable();
    // Africa and "All regions" by one year and the total.
    QCOMPARE(totals->rowCount(), 2);
    QCOMPARE(totals->columnCount(), 2);
    QVERIFY(totals->item(1, 1)->text().contains(u"30,000.00"_s));

    // The text filter.
    m_page->table()->filterEdit()->setFocus();
    QTest::keyClicks(m_page->table()->filterEdit(), u"hotel"_s);
    QCOMPARE(rowsShown(), 1);
    QVERIFY(totals->item(1, 1)->text().contains(u"10,000.00"_s));
    m_page->table()->filterEdit()->clear();

    // Region: Kenya is in Africa, nothing in Europe.
    QComboBox *region = m_page->regionCombo();
    region->setCurrentIndex(region->findData(int(Core::Region::Europe)));
    QCOMPARE(rowsShown(), 0);
    region->setCurrentIndex(region->findData(int(Core::Region::Africa)));
    QCOMPARE(rowsShown(), 2);

    // Kind of item and refunds.
    QComboBox *kind = m_page->kindCombo();
    kind->setCurrentIndex(kind->findData(int(Core::WorkflowItemKind::Sponsorship)));
    QCOMPARE(rowsShown(), 0);
    kind->setCurrentIndex(0);
    QComboBox *flow = m_page->flowCombo();
    flow->setCurrentIndex(flow->findData(int(Ui::DisbursementFilter::Flow::Refunds)));
    QCOMPARE(rowsShown(), 0);
    flow->setCurrentIndex(0);

    // Year.
    QComboBox *year = m_page->yearCombo();
    QVERIFY(year->findData(today.year()) > 0);
    year->setCurrentIndex(year->findData(today.year()));
    QCOMPARE(rowsShown(), 2);
}

void TestDisbursementsPage::closeAndReopenAYear()
{
    const int last = QDate::currentDate().year() - 1;
    QVERIFY(m_page->closedYearsLabel()->text().contains(u"none"_s));
    QVERIFY(!m_page->reopenYearButton()->isEnabled());
    whenShown<Ui::PeriodDialog>([last](Ui::PeriodDialog *dialog) {
        QCOMPARE(dialog->chosenYear(), last);
        clickYesOnConfirmation();
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->closeYearButton(), Qt::LeftButton);
    QVERIFY2(m_page->closedYearsLabel()->text().contains(QString::number(last)),
             qPrintable(m_page->closedYearsLabel()->text()));
    QCOMPARE(*m_fixture.services().workflow().periods().closedYears(), QList<int>{last});

    // A payment dated in the closed year is refused.
    QVERIFY(!pay(1'000'00, QDate(last, 12, 31), u"Late invoice"_s).isValid());

    // Reopening needs a reason, then a confirmation.
    QVERIFY(m_page->reopenYearButton()->isEnabled());
    whenShown<Ui::PeriodDialog>([](Ui::PeriodDialog *dialog) {
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog->errors()->errorLabel(u"reason"_s)->isVisible());
        dialog->reasonEdit()->setFocus();
        QTest::keyClicks(dialog->reasonEdit(), u"Auditors' adjustment"_s);
        clickYesOnConfirmation();
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->reopenYearButton(), Qt::LeftButton);
    QVERIFY(m_page->closedYearsLabel()->text().contains(u"none"_s));
    const auto events = m_fixture.services().workflow().periods().events();
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->constLast().reason, u"Auditors' adjustment"_s);
}

void TestDisbursementsPage::modelPassesTheTester()
{
    QVERIFY(pay(10'000'00, QDate::currentDate(), u"Nairobi hotel"_s).isValid());
    Ui::DisbursementTableModel model(m_fixture.services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.data(model.index(0, Ui::DisbursementTableModel::Recipient)).toString() ==
            u"Kenya"_s);
}

void TestDisbursementsPage::screenshots_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::newRow("ltr") << Qt::LeftToRight;
    QTest::newRow("rtl") << Qt::RightToLeft;
}

void TestDisbursementsPage::screenshots()
{
    QFETCH(Qt::LayoutDirection, direction);
    QGuiApplication::setLayoutDirection(direction);
    QVERIFY(pay(40'000'00, QDate::currentDate().addDays(-3), u"Kenya ICT Authority"_s).isValid());
    QVERIFY(pay(12'500'00, QDate::currentDate(), u"Nairobi hotel"_s).isValid());
    // Built after the direction is set, as the window builds its pages.
    m_page = std::make_unique<Ui::DisbursementsPage>(m_fixture.services());
    m_page->resize(1000, 700);
    m_page->show();
    Ui::DisbursementDialog dialog(m_fixture.services(), Ui::DisbursementDialog::Kind::Payment);
    dialog.show();
    dialog.amountEdit()->setText(u"99000"_s);
    dialog.payeeEdit()->setText(u"Kenya ICT Authority"_s);
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    Ui::PeriodDialog reopen(m_fixture.services(), Ui::PeriodDialog::Action::Close);
    reopen.show();
    const QByteArray dir = qgetenv("FUNDDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        const QString suffix = direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
        const QString base = QString::fromLocal8Bit(dir);
        QVERIFY(m_page->grab().save(base + u"/disbursements-page-"_s + suffix + u".png"_s));
        QVERIFY(dialog.grab().save(base + u"/disbursements-payment-"_s + suffix + u".png"_s));
        QVERIFY(reopen.grab().save(base + u"/disbursements-close-"_s + suffix + u".png"_s));
    }
    QCOMPARE(m_page->layoutDirection(), direction);
}

void TestDisbursementsPage::paymentsKeepADozenRowsIn1280x720_data()
{
    QTest::addColumn<Core::Language>("language");
    QTest::newRow("en") << Core::Language::English;
    QTest::newRow("ar") << Core::Language::Arabic;
}

void TestDisbursementsPage::paymentsKeepADozenRowsIn1280x720()
{
    QFETCH(Core::Language, language);
    Ui::LanguageSwitcher languages;
    languages.apply(language);
    const QDate today = QDate::currentDate();
    for (int day = 0; day < 30; ++day) {
        QVERIFY(pay(1'000'00 + day, today.addDays(-day), u"Payee %1"_s.arg(day)).isValid());
    }
    // The pages' area of a 1280×720 window: the sidebar, menu and status bar take the rest.
    m_page = std::make_unique<Ui::DisbursementsPage>(m_fixture.services());
    m_page->resize(1060, 660);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    const QByteArray dir = qgetenv("FUNDDESK_SHOTS_DIR");
    if (!dir.isEmpty()) {
        const QString name = language == Core::Language::Arabic ? u"ar"_s : u"en"_s;
        QVERIFY(m_page->grab().save(QString::fromLocal8Bit(dir) + u"/disbursements-720-"_s +
                                    name + u".png"_s));
    }
    QTableView *view = m_page->table()->view();
    const int rows = view->viewport()->height() / view->verticalHeader()->defaultSectionSize();
    QVERIFY2(rows >= 12, qPrintable(u"%1 rows in view"_s.arg(rows)));
    // The totals pane is capped: more rows than it shows scroll inside it.
    QTableWidget *totals = m_page->totalsTable();
    QVERIFY(totals->isVisible());
    QVERIFY(totals->height() <= totals->maximumHeight());
    QVERIFY(totals->height() >= totals->minimumHeight());
    m_page.reset();
    languages.apply(Core::Language::English);
}

QTEST_MAIN(TestDisbursementsPage)
#include "tst_disbursementspage.moc"
