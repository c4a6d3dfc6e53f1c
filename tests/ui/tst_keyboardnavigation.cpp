// The whole application from the keyboard (issue 9 ¶7), page by page and dialog by dialog:
// Tab reaches every enabled control, in each layout's reading order, in English and mirrored
// in Arabic (where the order stays logical); every push button has a mnemonic or a shortcut;
// a context menu opens with Shift+F10 and the Menu key; a chart's bars, which a mouse clicks,
// are reached through that menu.

#include "core/domain/language.h"
#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/everywindow.h"
#include "tests/ui/testsupport/keyboardaudit.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/charts/chartpanel.h"
#include "ui/dialogs/spendingrecordsdialog.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/widgets/contextmenukey.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QPointer>
#include <QTimer>

#include <memory>

using namespace FundDesk;
using Tests::WidgetFactory;

class TestKeyboardNavigation final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void tabReachesEveryControlInOrder_data();
    void tabReachesEveryControlInOrder();
    void everyButtonHasAKey_data();
    void everyButtonHasAKey();
    void contextMenuOpensFromTheKeyboard_data();
    void contextMenuOpensFromTheKeyboard();
    void chartBarsHaveAKeyboardWay();

private:
    std::unique_ptr<QWidget> show(const WidgetFactory &make);
    std::unique_ptr<Tests::TestFund> m_fund;
    Ui::LanguageSwitcher *m_languages = nullptr;
};

void TestKeyboardNavigation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(font);
    Ui::ContextMenuKey::install();
    m_languages = new Ui::LanguageSwitcher(this);
    m_languages->apply(Core::Language::English);
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    const auto demo = Core::DemoFundGenerator(1, QDate(2026, 11, 25))
                          .generate(m_fund->services().database());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
}

void TestKeyboardNavigation::cleanup()
{
    m_languages->apply(Core::Language::English);
}

std::unique_ptr<QWidget> TestKeyboardNavigation::show(const WidgetFactory &make)
{
    std::unique_ptr<QWidget> window = make(m_fund->services());
    if (!window) {
        return window;
    }
    if (qobject_cast<QDialog *>(window.get())) {
        window->adjustSize();
    } else {
        window->resize(1280, 800);
    }
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        return nullptr;
    }
    window->activateWindow();
    QApplication::setActiveWindow(window.get()); // focus and mnemonics need the active window
    return window;
}

void TestKeyboardNavigation::tabReachesEveryControlInOrder_data()
{
    QTest::addColumn<Core::Language>("language");
    QTest::addColumn<WidgetFactory>("make");
    for (const auto language : {Core::Language::English, Core::Language::Arabic}) {
        for (const auto &[name, make] : Tests::everyWindow()) {
            QTest::addRow("%s %s", qPrintable(Core::languageCode(language)), name)
                << language << make;
        }
    }
}

void TestKeyboardNavigation::tabReachesEveryControlInOrder()
{
    QFETCH(Core::Language, language);
    QFETCH(WidgetFactory, make);
    m_languages->apply(language);
    const std::unique_ptr<QWidget> window = show(make);
    QVERIFY(window);
    QCOMPARE(window->isRightToLeft(), language == Core::Language::Arabic);
    const Tests::TabWalk walk = Tests::walkTabOrder(window.get());
    QStringList visited;
    for (QWidget *widget : walk.visited) {
        visited << Tests::describeWidget(widget);
    }
    QVERIFY2(walk.problems.isEmpty(),
             qPrintable(walk.problems.join(u'\n') + QStringLiteral("\nTab visited:\n") +
                        visited.join(u'\n')));
    const QStringList order = Tests::tabOrderProblems(window.get(), walk.visited);
    QVERIFY2(order.isEmpty(), qPrintable(order.join(u'\n')));
}

void TestKeyboardNavigation::everyButtonHasAKey_data()
{
    Tests::addEveryWindow();
}

// In English: the translators keep a mnemonic where the source has one.
void TestKeyboardNavigation::everyButtonHasAKey()
{
    QFETCH(WidgetFactory, make);
    const std::unique_ptr<QWidget> window = show(make);
    QVERIFY(window);
    const QStringList problems = Tests::buttonsWithoutKeyProblems(window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestKeyboardNavigation::contextMenuOpensFromTheKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Shift+F10") << int(Qt::Key_F10) << int(Qt::ShiftModifier);
    QTest::newRow("Menu key") << int(Qt::Key_Menu) << int(Qt::NoModifier);
}

// Every control of every window with a context menu takes focus, and the key opens the menu.
void TestKeyboardNavigation::contextMenuOpensFromTheKeyboard()
{
    QFETCH(int, key);
    QFETCH(int, modifiers);
    int menus = 0;
    for (const auto &[name, make] : Tests::everyWindow()) {
        const std::unique_ptr<QWidget> window = show(make);
        QVERIFY2(window, name);
        if (auto *dashboard = qobject_cast<Ui::DashboardPage *>(window.get())) {
            dashboard->tabs()->setCurrentIndex(2); // a tab of charts
        }
        if (auto *sponsorships = qobject_cast<Ui::SponsorshipsPage *>(window.get())) {
            sponsorships->tabs()->setCurrentIndex(Ui::SponsorshipsPage::SlateTab);
        }
        for (QWidget *widget : window->findChildren<QWidget *>()) {
            const Qt::ContextMenuPolicy policy = widget->contextMenuPolicy();
            if (!widget->isVisible() || !widget->isEnabled() || // nor for the mouse
                (policy != Qt::ActionsContextMenu && policy != Qt::CustomContextMenu)) {
                continue;
            }
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus,
                     qPrintable(QStringLiteral("%1: the context menu of %2 is out of Tab's reach")
                                    .arg(QString::fromLatin1(name), Tests::describeWidget(widget))));
            QApplication::setActiveWindow(window.get());
            widget->setFocus(Qt::TabFocusReason);
            QTRY_COMPARE(window->focusWidget(), widget);
            bool opened = false; // the menu may be a temporary one, gone once closed
            QTimer::singleShot(0, this, [&opened] {
                if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                    opened = !menu->actions().isEmpty();
                    menu->close();
                }
            });
            QTest::keyClick(widget, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
            QTRY_VERIFY2(opened,
                         qPrintable(QStringLiteral("%1: no context menu for %2")
                                        .arg(QString::fromLatin1(name), Tests::describeWidget(widget))));
            ++menus;
        }
    }
    QVERIFY2(menus >= 2, "the charts and the slate lists have context menus");
}

// A click on a bar of the spending charts opens its records; the chart's context menu lists
// the bars for the keyboard and does the same.
void TestKeyboardNavigation::chartBarsHaveAKeyboardWay()
{
    Ui::DashboardPage page(m_fund->services());
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.yearBox()->setValue(2026);
    for (int tab = 0; tab < page.tabs()->count(); ++tab) {
        page.tabs()->setCurrentIndex(tab); // each tab builds its charts when shown
    }
    Ui::ChartPanel *chart = page.chart(QStringLiteral("spending-by-region"));
    QVERIFY(chart);
    QVERIFY(!chart->table().rows.isEmpty());
    auto *records = chart->view()->findChild<QMenu *>(QStringLiteral("chartRecordsMenu"));
    QVERIFY(records);
    QVERIFY(records->menuAction()->isVisible());
    QVERIFY(chart->view()->actions().contains(records->menuAction()));
    QCOMPARE(records->actions().size(), chart->table().rows.size());

    // Triggering the last bar's entry does what a click on it does: the records dialog.
    QSignalSpy clicked(chart, &Ui::ChartPanel::barClicked);
    records->actions().constLast()->trigger();
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().at(0).toInt(), int(chart->table().rows.size()) - 1);
    QVERIFY(page.recordsDialog());
    QVERIFY(page.recordsDialog()->isVisible());
    page.recordsDialog()->close();

    // A chart nobody listens to offers no such entry.
    Ui::ChartPanel *other = page.chart(QStringLiteral("fund-size-by-year"));
    if (other) {
        auto *none = other->view()->findChild<QMenu *>(QStringLiteral("chartRecordsMenu"));
        QVERIFY(none);
        QVERIFY(!none->menuAction()->isVisible());
    }
}

QTEST_MAIN(TestKeyboardNavigation)
#include "tst_keyboardnavigation.moc"
