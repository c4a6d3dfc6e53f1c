#include "ui/charts/chartadapter.h"
#include "ui/charts/chartpalette.h"
#include "ui/charts/chartpanel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <memory>

using namespace FundDesk;
using Core::ReportCellKind;
using Core::ReportColumnRole;

namespace {

// Three months of a fund-size table: receipts, receipts + pledges, two reference lines and a
// threshold left unset.
Core::ReportTable fundSize()
{
    Core::ReportTable table;
    table.name = QStringLiteral("fund-size-by-month");
    table.title = QStringLiteral("Fund size");
    table.addColumn(QStringLiteral("month"), QStringLiteral("Month"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("received"), QStringLiteral("Received"),
                    ReportCellKind::Money, ReportColumnRole::Value);
    table.addColumn(QStringLiteral("with_pledges"), QStringLiteral("With pledges"),
                    ReportCellKind::Money, ReportColumnRole::Projection);
    table.addColumn(QStringLiteral("small_scale"), QStringLiteral("USD 2M"), ReportCellKind::Money,
                    ReportColumnRole::Reference);
    table.addColumn(QStringLiteral("medium_scale"), QStringLiteral("USD 5M"),
                    ReportCellKind::Money, ReportColumnRole::Reference);
    table.addColumn(QStringLiteral("threshold"), QStringLiteral("Threshold"),
                    ReportCellKind::Money, ReportColumnRole::Reference);
    table.rows = {{QStringLiteral("2026-01"), 100'000'00, 900'000'00, 2'000'000'00,
                   5'000'000'00, QVariant()},
                  {QStringLiteral("2026-02"), 300'000'00, 1'100'000'00, 2'000'000'00,
                   5'000'000'00, QVariant()},
                  {QStringLiteral("2026-03"), 600'000'00, 1'400'000'00, 2'000'000'00,
                   5'000'000'00, QVariant()}};
    return table;
}

Core::ReportTable spending()
{
    Core::ReportTable table;
    table.name = QStringLiteral("spending-by-region");
    table.title = QStringLiteral("Spending");
    table.addColumn(QStringLiteral("key"), QStringLiteral("Key"), ReportCellKind::Text,
                    ReportColumnRole::Detail);
    table.addColumn(QStringLiteral("region"), QStringLiteral("Region"), ReportCellKind::Text,
                    ReportColumnRole::Category);
    table.addColumn(QStringLiteral("disbursed"), QStringLiteral("Disbursed"),
                    ReportCellKind::Money, ReportColumnRole::Value);
    table.addColumn(QStringLiteral("committed"), QStringLiteral("Committed"),
                    ReportCellKind::Money, ReportColumnRole::Value);
    table.rows = {{QStringLiteral("africa"), QStringLiteral("Africa"), 50'800'00, 104'100'00},
                  {QStringLiteral("asia"), QStringLiteral("Asia"), 7'500'00, 7'500'00}};
    return table;
}

template <typename T>
QList<T *> seriesOf(const QChart *chart)
{
    QList<T *> result;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<T *>(series)) {
            result.append(typed);
        }
    }
    return result;
}

} // namespace

class TestChartAdapter final : public QObject
{
    Q_OBJECT

private slots:
    void linesDashTheProjectionAndDrawReferenceLines()
    {
        std::unique_ptr<QChart> chart(
            Ui::ChartAdapter::makeChart(fundSize(), Ui::ChartKind::Lines, QLocale::c()));
        const auto lines = seriesOf<QLineSeries>(chart.get());
        // Received, with pledges, 2M, 5M; the unset threshold draws nothing.
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0]->name(), QStringLiteral("Received"));
        QCOMPARE(lines[0]->pen().style(), Qt::SolidLine);
        QCOMPARE(lines[0]->count(), 3);
        QCOMPARE(lines[0]->at(2), QPointF(2, 600'000.0));
        QCOMPARE(lines[0]->pen().color(), Ui::ChartPalette::series(0));
        QCOMPARE(lines[1]->pen().style(), Qt::DashLine);
        QCOMPARE(lines[1]->at(0).y(), 900'000.0);
        // A reference line spans the chart at its constant value.
        QCOMPARE(lines[2]->name(), QStringLiteral("USD 2M"));
        QCOMPARE(lines[2]->count(), 2);
        QCOMPARE(lines[2]->at(0), QPointF(-0.5, 2'000'000.0));
        QCOMPARE(lines[2]->at(1), QPointF(2.5, 2'000'000.0));
        QVERIFY(lines[2]->pen().style() != Qt::SolidLine);
        QVERIFY(lines[3]->pen().style() != lines[2]->pen().style());

        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto *axis = qobject_cast<QValueAxis *>(axes.first());
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QVERIFY(axis->max() >= 5'000'000.0); // the highest reference line shows
        QCOMPARE(chart->title(), QStringLiteral("Fund size"));
        QVERIFY(chart->localizeNumbers());
    }

    void barsMakeOneSetPerValueColumn()
    {
        std::unique_ptr<QChart> chart(
            Ui::ChartAdapter::makeChart(spending(), Ui::ChartKind::Bars, QLocale::c()));
        const auto bars = seriesOf<QBarSeries>(chart.get());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars[0]->count(), 2);
        QCOMPARE(bars[0]->barSets()[0]->label(), QStringLiteral("Disbursed"));
        QCOMPARE(bars[0]->barSets()[0]->at(0), 50'800.0);
        QCOMPARE(bars[0]->barSets()[1]->at(1), 7'500.0);
        QCOMPARE(bars[0]->barSets()[1]->color(), Ui::ChartPalette::series(1));
        QVERIFY(seriesOf<QStackedBarSeries>(chart.get()).isEmpty());
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis->max() >= 104'100.0);
    }

    void stackedBarsStack()
    {
        std::unique_ptr<QChart> chart(
            Ui::ChartAdapter::makeChart(spending(), Ui::ChartKind::StackedBars, QLocale::c()));
        QCOMPARE(seriesOf<QStackedBarSeries>(chart.get()).size(), 1);
        auto *axis = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis->max() >= 50'800.0 + 104'100.0);
    }

    void paletteIsOkabeIto()
    {
        const QList<QColor> colours = Ui::ChartPalette::okabeIto();
        QCOMPARE(colours.size(), 8);
        QVERIFY(colours.contains(QColor(0xE6, 0x9F, 0x00)));
        QVERIFY(colours.contains(QColor(0x00, 0x72, 0xB2)));
        QCOMPARE(Ui::ChartPalette::series(8), Ui::ChartPalette::series(0));
    }

    void valuesAreLocalized()
    {
        const QLocale french(QLocale::French, QLocale::France);
        const QString money = Ui::ChartAdapter::displayValue(qint64(123'456'78),
                                                             ReportCellKind::Money, french);
        QVERIFY2(money.contains(QStringLiteral("456,78")), qPrintable(money));
        QVERIFY(money.contains(QStringLiteral("USD")));
        const QString share =
            Ui::ChartAdapter::displayValue(qint64(6667), ReportCellKind::Percent, french);
        QVERIFY2(share.startsWith(QStringLiteral("66,7")), qPrintable(share));
    }

    void panelSavesPngAndSvgAndReportsClicks()
    {
        Ui::ChartPanel panel(Ui::ChartKind::Bars);
        panel.resize(640, 480);
        panel.setTable(spending());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(!panel.view()->accessibleName().isEmpty());

        QTemporaryDir dir;
        QVERIFY(panel.savePng(dir.filePath(QStringLiteral("chart.png"))));
        QVERIFY(panel.saveSvg(dir.filePath(QStringLiteral("chart.svg"))));
        QFile svg(dir.filePath(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("chart.png"))).size() > 1000);
        QVERIFY(!panel.savePng(QStringLiteral("/no/such/folder/chart.png")));

        QSignalSpy clicked(&panel, &Ui::ChartPanel::barClicked);
        QBarSet *committed = seriesOf<QBarSeries>(panel.view()->chart())[0]->barSets()[1];
        emit committed->clicked(1);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked[0][0].toInt(), 1);
        QCOMPARE(clicked[0][1].toString(), QStringLiteral("committed"));
    }
};

QTEST_MAIN(TestChartAdapter)
#include "tst_chartadapter.moc"
