#pragma once

#include "core/reports/reporttable.h"

#include <QLocale>
#include <QString>

class QChart;

namespace FundDesk::Ui {

// How a table is drawn.
enum class ChartKind {
    Bars,        // one bar set per Value column, side by side
    StackedBars, // the Value columns stacked
    Lines,       // a line per Value column, Projection columns dashed
};

// Turns a dashboard table (core/reports) into a QChart: categories from the Category column,
// a series per Value column, Projection columns drawn dashed, Reference columns as horizontal
// lines across the whole chart (the ¶20 scales, the ¶16 threshold). Amounts are shown in
// US dollars, percentages as percent. Colours follow ChartPalette; numbers follow `locale`.
// The caller owns the chart.
class ChartAdapter final
{
public:
    ChartAdapter() = delete;

    static QChart *makeChart(const Core::ReportTable &table, ChartKind kind,
                             const QLocale &locale);
    // A cell as the chart plots it: USD for Money, percent for Percent, the count for Count.
    static double plotValue(const QVariant &cell, Core::ReportCellKind kind);
    // A cell as a tooltip shows it, localized: "USD 1,234.56", "42.5 %", "7".
    static QString displayValue(const QVariant &cell, Core::ReportCellKind kind,
                                const QLocale &locale);
};

} // namespace FundDesk::Ui
