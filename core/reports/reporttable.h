#pragma once

#include "core/reports/csvwriter.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

namespace FundDesk::Core {

// What a cell holds. Money is USD minor units (qint64), Percent hundredths of a percent
// (qint64, 4250 = 42.50 %), Count a qint64, Text a QString. An empty QVariant is a blank cell.
enum class ReportCellKind { Text, Count, Money, Percent };

// What a column means to a chart: the categories along the axis, a measured value, a
// projection of it (drawn differently: receipts plus outstanding pledges), a constant
// reference line (the ¶20 scales, the ¶16 threshold), or a detail shown only in the table.
enum class ReportColumnRole { Category, Value, Projection, Reference, Detail };

struct ReportColumn
{
    QString key;    // stable, locale-free: "received", "region"
    QString header; // translated
    ReportCellKind kind = ReportCellKind::Text;
    ReportColumnRole role = ReportColumnRole::Value;

    bool operator==(const ReportColumn &) const = default;
};

// The plain table behind one chart of the dashboard (issue 7): a name (the chart's, as the
// command line spells it), a translated title, columns and rows of typed cells. The charts,
// the tables on screen and the CSV all read the same numbers.
struct ReportTable
{
    QString name;
    QString title;
    QList<ReportColumn> columns;
    QList<QVariantList> rows;

    void addColumn(const QString &key, const QString &header, ReportCellKind kind,
                   ReportColumnRole role);
    // -1 when there is no such column.
    int columnIndex(QStringView key) const;
    // Columns with a role, in order.
    QList<int> columnsWithRole(ReportColumnRole role) const;
    qint64 integer(int row, int column) const;

    // Headers, then rows: money as a plain decimal ("1234.56"), percent as "42.50", counts as
    // integers, text as is.
    CsvTable toCsv() const;
    static QString plainCell(const QVariant &value, ReportCellKind kind);

    bool operator==(const ReportTable &) const = default;
};

} // namespace FundDesk::Core
