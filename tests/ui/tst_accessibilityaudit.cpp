// Every existing page and dialog, walked widget by widget (Tests::accessibilityProblems): each
// control has an accessible name or a label that is its buddy, form labels have buddies, no
// button is out of the keyboard's reach. Then the same window with a 150 % application font:
// no button or one-line label is smaller than its text. Add a row for each new page or dialog.

#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/accessibilityaudit.h"
#include "tests/ui/testsupport/everywindow.h"
#include "tests/ui/testsupport/testfund.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace FundDesk;

using Tests::WidgetFactory;

class TestAccessibilityAudit final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyControlIsNamed_data();
    void everyControlIsNamed();
    void largerTextIsNotClipped_data();
    void largerTextIsNotClipped();

private:
    void addWindows();
    std::unique_ptr<Tests::TestFund> m_fund;
    QFont m_font;
};

void TestAccessibilityAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_font = QApplication::font();
    m_font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                        QStringLiteral("Noto Sans CJK SC")});
    QApplication::setFont(m_font);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    const auto demo = Core::DemoFundGenerator(1, QDate(2026, 11, 25))
                          .generate(m_fund->services().database());
    QVERIFY2(demo.ok(), demo.ok() ? "" : qPrintable(demo.error().message));
}

void TestAccessibilityAudit::cleanup()
{
    QApplication::setFont(m_font);
}

void TestAccessibilityAudit::addWindows()
{
    Tests::addEveryWindow();
}

void TestAccessibilityAudit::everyControlIsNamed_data()
{
    addWindows();
}

void TestAccessibilityAudit::everyControlIsNamed()
{
    QFETCH(WidgetFactory, make);
    const std::unique_ptr<QWidget> window = make(m_fund->services());
    QVERIFY(window);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QStringList problems = Tests::accessibilityProblems(window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibilityAudit::largerTextIsNotClipped_data()
{
    addWindows();
}

// The system font at 150 %: windows take their size from their content, so nothing is cut.
void TestAccessibilityAudit::largerTextIsNotClipped()
{
    QFETCH(WidgetFactory, make);
    QFont large = m_font;
    large.setPointSizeF(m_font.pointSizeF() * 1.5);
    QApplication::setFont(large);
    const std::unique_ptr<QWidget> window = make(m_fund->services());
    QVERIFY(window);
    if (qobject_cast<QDialog *>(window.get())) {
        window->adjustSize();
    } else {
        window->resize(1280, 800); // a laptop screen
    }
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->font().pointSizeF(), large.pointSizeF());
    const QStringList problems = Tests::textClippedProblems(window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
