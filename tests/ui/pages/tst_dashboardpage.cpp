// The Dashboard on the hand-made fixture of tests/core/reports: tiles, charts, the records
// behind a bar, the planner; it renders offscreen, left to right and right to left, without a
// single Qt warning. The grabs go to /tmp/dashboard-*.png for a person to look at.

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "core/services/scenariostore.h"
#include "tests/core/reports/dashboardfixture.h"
#include "ui/charts/chartpanel.h"
#include "ui/dialogs/spendingrecordsdialog.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/keyfiguretiles.h"
#include "ui/pages/scenarioplannerview.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <functional>

using namespace FundDesk;

namespace {

QStringList g_warnings;

void failOnWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // The offscreen platform says this for every top-level window it shows: its noise, not ours.
    if (message == QLatin1String("This plugin does not support propagateSizeHints()")) {
        return;
    }
    if (type != QtDebugMsg && type != QtInfoMsg) {
        g_warnings.append(message);
    }
}

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

// Answers the next message box with `button`, keeping its text.
void answer(QObject *owner, QMessageBox::StandardButton button, QString *text)
{
    whenModalOpens(owner, [button, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        *text = box->text();
        box->button(button)->click();
    });
}

// English plural forms for the planner's three counts, as the English catalogue gives them:
// proves the view passes each count to tr() as n.
class PluralTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (qstrcmp(context, "FundDesk::Ui") != 0) {
            return {};
        }
        const QByteArray source(sourceText);
        if (source == "%Ln delegate seat(s)") {
            return n == 1 ? QStringLiteral("%Ln delegate seat") : QStringLiteral("%Ln delegate seats");
        }
        if (source == "%Ln activity(ies)") {
            return n == 1 ? QStringLiteral("%Ln activity") : QStringLiteral("%Ln activities");
        }
        if (source == "%Ln month(s)") {
            return n == 1 ? QStringLiteral("%Ln month") : QStringLiteral("%Ln months");
        }
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString failure = DashboardFixture::make(m_database);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        auto services = Core::FundServices::create(*m_database);
        QVERIFY(services);
        m_services = std::move(services).value();
        qInstallMessageHandler(failOnWarnings);
    }

    void cleanup()
    {
        const QStringList warnings = std::exchange(g_warnings, {});
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void showsTheYearsFigures()
    {
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto usd = [&](qint64 cents) {
            return Core::MoneyFormat::format(Core::Money::usd(cents), page.locale());
        };
        QCOMPARE(page.tiles()->valueText(QStringLiteral("available")), usd(1'182'400'00));
        QCOMPARE(page.tiles()->valueText(QStringLiteral("operational")),
                 QStringLiteral("Operational"));
        page.tabs()->setCurrentIndex(2);
        QCOMPARE(page.chart(QStringLiteral("spending-by-region"))->table().rows.size(), 5);
        QVERIFY(page.errorLabel()->isHidden());

        page.tabs()->setCurrentIndex(0);
        page.yearBox()->setValue(2025);
        QCOMPARE(page.tiles()->valueText(QStringLiteral("missing_to_threshold")),
                 usd(400'000'00));
    }

    // A change elsewhere in the fund costs nothing while the dashboard is hidden; shown, it
    // builds the tables of the tab on screen, and each other tab's when that tab is shown.
    void buildsOnlyTheTabShown()
    {
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        const int all = page.staleTables().size();
        QCOMPARE(all, 12);
        page.reload();
        QCOMPARE(page.staleTables().size(), all); // hidden: nothing built

        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.staleTables().contains(QStringLiteral("key-figures")));
        QVERIFY(!page.staleTables().contains(QStringLiteral("what-money-buys")));
        QVERIFY(page.staleTables().contains(QStringLiteral("spending-by-region")));
        QCOMPARE(page.staleTables().size(), all - 2);
        QVERIFY(page.chart(QStringLiteral("spending-by-region"))->table().rows.isEmpty());

        page.tabs()->setCurrentIndex(2);
        QVERIFY(!page.staleTables().contains(QStringLiteral("spending-by-region")));
        QVERIFY(!page.staleTables().contains(QStringLiteral("spending-by-group")));
        QCOMPARE(page.chart(QStringLiteral("spending-by-region"))->table().rows.size(), 5);
        QCOMPARE(page.staleTables().size(), all - 4);

        page.tabs()->setCurrentIndex(0); // built already: stays built
        QCOMPARE(page.staleTables().size(), all - 4);

        page.yearBox()->setValue(2025); // a new year: the overview at once, the rest later
        QCOMPARE(page.staleTables().size(), all - 2);
        QVERIFY(page.staleTables().contains(QStringLiteral("spending-by-region")));

        page.hide();
        page.reload();
        QCOMPARE(page.staleTables().size(), all);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.staleTables().size(), all - 2);
    }

    void clickingABarListsTheRecordsBehindIt()
    {
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(2);
        emit page.chart(QStringLiteral("spending-by-region"))->barClicked(0, QStringLiteral("disbursed"));
        QVERIFY(page.recordsDialog());
        QVERIFY(page.recordsDialog()->isVisible());
        QCOMPARE(page.recordsDialog()->view()->model()->rowCount(), 6); // Africa: Kenya's records
        QVERIFY(page.recordsDialog()->windowTitle().contains(QStringLiteral("Africa")));
        page.recordsDialog()->close();
    }

    void plannerStartsFromParagraph20AndSaves()
    {
        Ui::DashboardPage page(*m_services);
        Ui::ScenarioPlannerView *planner = page.planner();
        // The fixture charges the posts (USD 400,000) to contributions: 20 seats, 2 activities.
        QCOMPARE(planner->outcome().seats, 20);
        QCOMPARE(planner->outcome().activities, 2);
        QCOMPARE(planner->comparison()->model()->rowCount(), 2);

        Core::ScenarioInputs lean = planner->inputs();
        lean.name = QStringLiteral("Lean year");
        lean.annualFunding = Core::Money::usd(1'000'000'00);
        planner->setInputs(lean);
        QCOMPARE(planner->outcome().seats, 20);
        QVERIFY(planner->save());
        QCOMPARE(planner->comparison()->model()->rowCount(), 3);

        lean.name.clear();
        planner->setInputs(lean);
        QVERIFY(!planner->save()); // a name is needed
        QCOMPARE(planner->comparison()->model()->rowCount(), 3);
        QVERIFY(Core::ScenarioStore(m_database->connection()).remove(QStringLiteral("Lean year")));
    }

    void plannerDeletesASavedScenarioButNotTheDefaults()
    {
        Ui::DashboardPage page(*m_services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.tabs()->setCurrentIndex(page.tabs()->count() - 1);
        Ui::ScenarioPlannerView *planner = page.planner();
        QComboBox *presets = planner->presetBox();
        QPushButton *remove = planner->deleteButton();
        QCOMPARE(presets->count(), 2);

        // The ¶20 defaults cannot be deleted: the button is off, and asking anyway says why.
        for (int index : {0, 1}) {
            presets->setCurrentIndex(index);
            QVERIFY(!remove->isEnabled());
        }
        QVERIFY(!planner->deleteChosen());
        auto *error = planner->findChild<QLabel *>(QStringLiteral("scenarioError"));
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("¶20")), qPrintable(error->text()));
        QCOMPARE(presets->count(), 2);

        Core::ScenarioInputs lean = planner->inputs();
        lean.name = QStringLiteral("Lean year");
        lean.annualFunding = Core::Money::usd(1'000'000'00);
        planner->setInputs(lean);
        QVERIFY(planner->save());
        QCOMPARE(presets->count(), 3);
        QCOMPARE(presets->currentText(), QStringLiteral("Lean year"));
        QVERIFY(remove->isEnabled());

        // Keyboard: Tab from the last input reaches the button; Space asks first, No keeps it.
        auto *lastInput = planner->findChild<QSpinBox *>(QStringLiteral("averageActivityCost"));
        QVERIFY(lastInput);
        lastInput->setFocus();
        QTest::keyClick(lastInput, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), remove);
        QString question;
        answer(&page, QMessageBox::No, &question);
        QTest::keyClick(remove, Qt::Key_Space);
        QVERIFY2(question.contains(QStringLiteral("“Lean year”")), qPrintable(question));
        QCOMPARE(presets->count(), 3);
        QCOMPARE(planner->comparison()->model()->rowCount(), 3);

        // Yes deletes it from the list, the comparison and the fund.
        question.clear();
        answer(&page, QMessageBox::Yes, &question);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!question.isEmpty());
        QCOMPARE(presets->count(), 2);
        QCOMPARE(presets->findText(QStringLiteral("Lean year")), -1);
        QCOMPARE(planner->comparison()->model()->rowCount(), 2);
        QCOMPARE(presets->currentIndex(), 0);
        QVERIFY(!remove->isEnabled());
        const auto stored = Core::ScenarioStore(m_database->connection()).load();
        QVERIFY(stored);
        QVERIFY(stored->isEmpty());
    }

    void plannerSentenceUsesPluralForms()
    {
        PluralTranslator english;
        QCoreApplication::installTranslator(&english);
        Ui::DashboardPage page(*m_services);
        Ui::ScenarioPlannerView *planner = page.planner();
        Core::ScenarioInputs one = planner->inputs();
        one.annualFunding = Core::Money::usd(20'000'00);
        one.staffChargedToContributions = false;
        one.sessionsPerYear = 1;
        one.delegatesPerSession = 1;
        one.costPerDelegate = Core::Money::usd(8'000'00);
        one.averageActivityCost = Core::Money::usd(10'000'00);
        planner->setInputs(one);
        QCOMPARE(planner->outcome().seats, 1);
        QCOMPARE(planner->outcome().activities, 1);
        const QString single = planner->resultLabel()->text();
        QVERIFY2(single.contains(QStringLiteral("1 delegate seat ")), qPrintable(single));
        QVERIFY2(single.contains(QStringLiteral("1 activity ")), qPrintable(single));
        QVERIFY2(single.contains(QStringLiteral("13 months")), qPrintable(single));

        one.delegatesPerSession = 2;
        one.annualFunding = Core::Money::usd(36'000'00);
        planner->setInputs(one);
        QCOMPARE(planner->outcome().seats, 2);
        QCOMPARE(planner->outcome().activities, 2);
        const QString many = planner->resultLabel()->text();
        QVERIFY2(many.contains(QStringLiteral("2 delegate seats")), qPrintable(many));
        QVERIFY2(many.contains(QStringLiteral("2 activities")), qPrintable(many));
        QVERIFY2(many.contains(QStringLiteral("12 months")), qPrintable(many));
        QCoreApplication::removeTranslator(&english);
    }

    // In a narrow window nothing of "What the money buys" is cut: the columns keep the width
    // of their contents and the table scrolls sideways.
    void whatTheMoneyBuysScrollsInANarrowWindow_data()
    {
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("ltr") << false;
        QTest::newRow("rtl") << true;
    }

    void whatTheMoneyBuysScrollsInANarrowWindow()
    {
        QFETCH(bool, rightToLeft);
        QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        page.resize(520, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("whatMoneyBuysTable"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3);
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->length() > view->viewport()->width());
        QVERIFY(view->horizontalScrollBar()->isVisible());
        for (int column = 0; column < header->count(); ++column) {
            // Every header fits its column, and the user may widen or narrow any column.
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
            QCOMPARE(header->sectionResizeMode(column), QHeaderView::Interactive);
        }
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            QVERIFY(view->rowHeight(row) >= view->fontMetrics().height());
        }
        const QImage image = page.grab().toImage();
        QVERIFY(image.save(QStringLiteral("/tmp/dashboard-narrow-%1.png")
                               .arg(rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr"))));
    }

    void rendersLeftToRightAndRightToLeft_data()
    {
        QTest::addColumn<bool>("rightToLeft");
        QTest::newRow("ltr") << false;
        QTest::newRow("rtl") << true;
    }

    void rendersLeftToRightAndRightToLeft()
    {
        QFETCH(bool, rightToLeft);
        QGuiApplication::setLayoutDirection(rightToLeft ? Qt::RightToLeft : Qt::LeftToRight);
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        page.resize(1200, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QString direction = rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
        for (int tab = 0; tab < page.tabs()->count(); ++tab) {
            page.tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            const QImage image = page.grab().toImage();
            QVERIFY(!image.isNull());
            QVERIFY(image.save(QStringLiteral("/tmp/dashboard-%1-%2.png").arg(direction).arg(tab)));
        }
    }

private:
    std::unique_ptr<Core::Database> m_database;
    std::unique_ptr<Core::FundServices> m_services;
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
