#include "core/reports/reporttable.h"

#include "core/domain/money.h"

namespace FundDesk::Core {

void ReportTable::addColumn(const QString &key, const QString &header, ReportCellKind kind,
                            ReportColumnRole role)
{
    columns.append({key, header, kind, role});
}

int ReportTable::columnIndex(QStringView key) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).key == key) {
            return int(i);
        }
    }
    return -1;
}

QList<int> ReportTable::columnsWithRole(ReportColumnRole role) const
{
    QList<int> result;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).role == role) {
            result.append(int(i));
        }
    }
    return result;
}

qint64 ReportTable::integer(int row, int column) const
{
    return rows.value(row).value(column).toLongLong();
}

QString ReportTable::plainCell(const QVariant &value, ReportCellKind kind)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (kind) {
    case ReportCellKind::Money:
        return Money::usd(value.toLongLong()).toPlainString();
    case ReportCellKind::Percent: {
        const qint64 hundredths = value.toLongLong();
        const QString sign = hundredths < 0 ? QStringLiteral("-") : QString();
        const qint64 magnitude = hundredths < 0 ? -hundredths : hundredths;
        return sign + QString::number(magnitude / 100) + u'.'
               + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case ReportCellKind::Count:
        return QString::number(value.toLongLong());
    case ReportCellKind::Text:
        break;
    }
    return value.toString();
}

CsvTable ReportTable::toCsv() const
{
    CsvTable csv;
    for (const ReportColumn &column : columns) {
        csv.header.append(column.header);
    }
    for (const QVariantList &row : rows) {
        QVariantList cells;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const QVariant value = row.value(i);
            if (columns.at(i).kind == ReportCellKind::Count && value.isValid() && !value.isNull()) {
                cells.append(value.toLongLong());
            } else {
                cells.append(plainCell(value, columns.at(i).kind));
            }
        }
        csv.rows.append(cells);
    }
    return csv;
}

} // namespace FundDesk::Core
