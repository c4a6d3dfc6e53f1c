// Every existing page and dialog, walked widget by widget (Tests::accessibilityProblems): each
// control has an accessible name or a label that is its buddy, form labels have buddies, no
// button is out of the keyboard's reach. Then the same window with a 150 % application font:
// no button or one-line label is smaller than its text. Add a row for each new page or dialog.

#include "core/services/demo/demofundgenerator.h"
#include "tests/ui/testsupport/accessibilityaudit.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/consultationdialog.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/contributionhistorydialog.h"
#include "ui/dialogs/disbursementdialog.h"
#include "ui/dialogs/donordialog.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/meetingdialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/dialogs/sponsorshipdialog.h"
#include "ui/dialogs/welcomedialog.h"
#include "ui/dialogs/workflowdialog.h"
#include "ui/documents/exportpacketdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/pages/activitiespage.h"
#include "ui/pages/contributionspage.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/reportspage.h"
#include "ui/pages/settingspage.h"
#include "ui/pages/sponsorshipspage.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace FundDesk;

using WidgetFactory = std::function<std::unique_ptr<QWidget>(Core::FundServices &)>;
Q_DECLARE_METATYPE(WidgetFactory)

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
    QTest::addColumn<WidgetFactory>("make");
    QTest::newRow("main window") << WidgetFactory([](Core::FundServices &) {
        return std::make_unique<Ui::MainWindow>();
    });
    QTest::newRow("contributions page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ContributionsPage>(services);
    });
    QTest::newRow("activities page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ActivitiesPage>(services);
    });
    QTest::newRow("settings page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::SettingsPage>(services);
    });
    QTest::newRow("donor dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DonorDialog>(services);
    });
    QTest::newRow("contribution dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ContributionDialog>(services);
    });
    QTest::newRow("contribution history dialog")
        << WidgetFactory([](Core::FundServices &services) {
               const auto contributions = services.contributions().all();
               QList<Core::ContributionChange> history;
               if (contributions && !contributions->isEmpty()) {
                   if (auto changes = services.contributions().history(contributions->first().id)) {
                       history = *changes;
                   }
               }
               return std::make_unique<Ui::ContributionHistoryDialog>(history);
           });
    QTest::newRow("activity dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ActivityDialog>(services);
    });
    QTest::newRow("scoring dialog") << WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::ScoringDialog>(services, applications->first());
        });
    QTest::newRow("consultation dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ConsultationDialog>(services);
    });
    QTest::newRow("welcome dialog") << WidgetFactory([](Core::FundServices &) {
        return std::make_unique<Ui::WelcomeDialog>(QStringLiteral("/tmp/new.funddesk"));
    });
    QTest::newRow("sponsorships page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::SponsorshipsPage>(services);
    });
    QTest::newRow("disbursements page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DisbursementsPage>(services);
    });
    QTest::newRow("dashboard page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DashboardPage>(services);
    });
    QTest::newRow("reports page") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ReportsPage>(services);
    });
    QTest::newRow("meeting dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::MeetingDialog>(services);
    });
    QTest::newRow("sponsorship dialog") << WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto meetings = services.meetings().all();
            if (!meetings || meetings->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::SponsorshipDialog>(services, meetings->first().id);
        });
    QTest::newRow("workflow dialog") << WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            const auto &first = applications->first();
            return std::make_unique<Ui::WorkflowDialog>(
                services, Core::WorkflowItem::activity(first.id.value()), first.reference);
        });
    QTest::newRow("import dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::ImportDialog>(services.database().connection(),
                                                  services.reference());
    });
    QTest::newRow("export packet dialog") << WidgetFactory(
        [](Core::FundServices &services) -> std::unique_ptr<QWidget> {
            const auto applications = services.activities().all();
            if (!applications || applications->isEmpty()) {
                return nullptr;
            }
            return std::make_unique<Ui::ExportPacketDialog>(
                services, Ui::ExportPacketDialog::Scope::Item, applications->first().reference);
        });
    QTest::newRow("payment dialog") << WidgetFactory([](Core::FundServices &services) {
        return std::make_unique<Ui::DisbursementDialog>(services,
                                                        Ui::DisbursementDialog::Kind::Payment);
    });
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
    // Known: at 150 % the dialog's minimum height (its form's, with wrapping labels) is 39 px
    // short of what the form needs at 533 px wide, so the airfare rows are squeezed by a pixel.
    QEXPECT_FAIL("meeting dialog", "MeetingDialog form squeezed at 150 % (open)", Continue);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestAccessibilityAudit)
#include "tst_accessibilityaudit.moc"
