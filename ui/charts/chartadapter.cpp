#include "ui/charts/chartadapter.h"

#include "ui/models/reportcelltext.h"
#include "ui/charts/chartpalette.h"
#include "ui/uitr.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace FundDesk::Ui {

using Core::ReportCellKind;
using Core::ReportColumnRole;

namespace {

QString valueAxisTitle(const Core::ReportTable &table, const QList<int> &columns)
{
    if (columns.isEmpty()) {
        return {};
    }
    switch (table.columns.at(columns.first()).kind) {
    case ReportCellKind::Money:
        //: axis title of a chart of amounts
        return Tr::tr("US dollars");
    case ReportCellKind::Percent:
        //: axis title of a chart of shares
        return Tr::tr("Per cent");
    case ReportCellKind::Count:
        return columns.size() == 1 ? table.columns.at(columns.first()).header
                                   //: axis title of a chart of counts
                                   : Tr::tr("Number");
    case ReportCellKind::Text:
        break;
    }
    return {};
}

// A line per column: solid for values, dashed for projections, horizontal for references.
QLineSeries *lineSeries(const Core::ReportTable &table, int column, int colourIndex)
{
    auto *series = new QLineSeries;
    series->setName(table.columns.at(column).header);
    const ReportColumnRole role = table.columns.at(column).role;
    const ReportCellKind kind = table.columns.at(column).kind;
    QPen pen(role == ReportColumnRole::Reference ? ChartPalette::reference(colourIndex)
                                                 : ChartPalette::series(colourIndex));
    pen.setWidthF(role == ReportColumnRole::Reference ? 1.5 : 2.5);
    if (role == ReportColumnRole::Projection) {
        pen.setStyle(Qt::DashLine);
    } else if (role == ReportColumnRole::Reference) {
        static const Qt::PenStyle styles[] = {Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine};
        pen.setStyle(styles[colourIndex % 3]);
    }
    series->setPen(pen);
    if (role == ReportColumnRole::Reference) {
        // Constant across the chart: from the first category's left edge to the last's right.
        const QVariant value = table.rows.isEmpty() ? QVariant() : table.rows.first().value(column);
        if (value.isValid() && !value.isNull()) {
            const double y = ChartAdapter::plotValue(value, kind);
            series->append(-0.5, y);
            series->append(double(table.rows.size()) - 0.5, y);
        }
        return series;
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QVariant value = table.rows.at(row).value(column);
        if (value.isValid() && !value.isNull()) {
            series->append(row, ChartAdapter::plotValue(value, kind));
        }
    }
    return series;
}

double maximumOf(const QChart *chart)
{
    double maximum = 0;
    for (QAbstractSeries *abstract : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(abstract)) {
            for (const QPointF &point : line->points()) {
                maximum = std::max(maximum, point.y());
            }
        } else if (auto *stacked = qobject_cast<QStackedBarSeries *>(abstract)) {
            const QList<QBarSet *> sets = stacked->barSets();
            const int count = sets.isEmpty() ? 0 : int(sets.first()->count());
            for (int i = 0; i < count; ++i) {
                double sum = 0;
                for (QBarSet *set : sets) {
                    sum += std::max(0.0, set->at(i));
                }
                maximum = std::max(maximum, sum);
            }
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(abstract)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i) {
                    maximum = std::max(maximum, set->at(i));
                }
            }
        }
    }
    return maximum;
}

} // namespace

double ChartAdapter::plotValue(const QVariant &cell, ReportCellKind kind)
{
    switch (kind) {
    case ReportCellKind::Money:
    case ReportCellKind::Percent:
        // Minor units and hundredths of a percent: a double is fine for drawing, never for sums.
        return double(cell.toLongLong()) / 100.0;
    case ReportCellKind::Count:
        return double(cell.toLongLong());
    case ReportCellKind::Text:
        break;
    }
    return 0;
}

QString ChartAdapter::displayValue(const QVariant &cell, ReportCellKind kind,
                                   const QLocale &locale)
{
    return ReportCellText::display(cell, kind, locale);
}

QChart *ChartAdapter::makeChart(const Core::ReportTable &table, ChartKind kind,
                                const QLocale &locale)
{
    auto *chart = new QChart;
    chart->setTitle(table.title);
    chart->setLocale(locale);
    chart->setLocalizeNumbers(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);

    const QList<int> categoryColumns = table.columnsWithRole(ReportColumnRole::Category);
    const int categoryColumn = categoryColumns.isEmpty() ? -1 : categoryColumns.first();
    QStringList categories;
    for (const QVariantList &row : table.rows) {
        categories.append(categoryColumn >= 0 ? row.value(categoryColumn).toString() : QString());
    }
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    auto *valueAxis = new QValueAxis;
    chart->addAxis(valueAxis, Qt::AlignLeft);

    const QList<int> values = table.columnsWithRole(ReportColumnRole::Value);
    const QList<int> projections = table.columnsWithRole(ReportColumnRole::Projection);
    int colour = 0;
    if (kind == ChartKind::Lines) {
        for (int column : values + projections) {
            QLineSeries *series = lineSeries(table, column, colour++);
            chart->addSeries(series);
            series->attachAxis(categoryAxis);
            series->attachAxis(valueAxis);
        }
    } else {
        QAbstractBarSeries *bars = kind == ChartKind::StackedBars
                                       ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                       : new QBarSeries;
        for (int column : values + projections) {
            auto *set = new QBarSet(table.columns.at(column).header);
            set->setColor(ChartPalette::series(colour++));
            set->setBorderColor(set->color().darker(130));
            for (const QVariantList &row : table.rows) {
                set->append(plotValue(row.value(column), table.columns.at(column).kind));
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(categoryAxis);
        bars->attachAxis(valueAxis);
    }
    int referenceIndex = 0;
    for (int column : table.columnsWithRole(ReportColumnRole::Reference)) {
        QLineSeries *series = lineSeries(table, column, referenceIndex++);
        if (series->count() == 0) {
            delete series; // an unset threshold draws nothing
            continue;
        }
        chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
    }
    // With several series Qt Charts does not pick a common range: set it from the data.
    const double maximum = maximumOf(chart);
    valueAxis->setRange(0, maximum > 0 ? maximum * 1.1 : 1.0);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->applyNiceNumbers();
    valueAxis->setTitleText(valueAxisTitle(table, values));
    if (categoryColumn >= 0) {
        categoryAxis->setTitleText(table.columns.at(categoryColumn).header);
    }
    return chart;
}

} // namespace FundDesk::Ui
