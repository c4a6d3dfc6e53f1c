// The Dashboard on the hand-made fixture of tests/core/reports: tiles, charts, the records
// behind a bar, the planner; it renders offscreen, left to right and right to left, without a
// single Qt warning. The grabs go to /tmp/dashboard-*.png for a person to look at.

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "tests/core/reports/dashboardfixture.h"
#include "ui/charts/chartpanel.h"
#include "ui/dialogs/spendingrecordsdialog.h"
#include "ui/pages/dashboardpage.h"
#include "ui/pages/keyfiguretiles.h"
#include "ui/pages/scenarioplannerview.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

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
        const auto usd = [&](qint64 cents) {
            return Core::MoneyFormat::format(Core::Money::usd(cents), page.locale());
        };
        QCOMPARE(page.tiles()->valueText(QStringLiteral("available")), usd(1'182'400'00));
        QCOMPARE(page.tiles()->valueText(QStringLiteral("operational")),
                 QStringLiteral("Operational"));
        QCOMPARE(page.chart(QStringLiteral("spending-by-region"))->table().rows.size(), 5);
        QVERIFY(page.errorLabel()->isHidden());

        page.yearBox()->setValue(2025);
        QCOMPARE(page.tiles()->valueText(QStringLiteral("missing_to_threshold")),
                 usd(400'000'00));
    }

    void clickingABarListsTheRecordsBehindIt()
    {
        Ui::DashboardPage page(*m_services);
        page.yearBox()->setValue(2026);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
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
