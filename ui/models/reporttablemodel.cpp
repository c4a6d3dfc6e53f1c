#include "ui/models/reporttablemodel.h"

#include "ui/models/modelroles.h"
#include "ui/models/reportcelltext.h"

namespace FundDesk::Ui {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(const Core::ReportTable &table, const QLocale &locale)
{
    beginResetModel();
    m_table = table;
    m_locale = locale;
    m_shown.clear();
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        if (table.columns.at(i).key != QLatin1String("key")) {
            m_shown.append(int(i));
        }
    }
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int column = m_shown.at(index.column());
    const Core::ReportCellKind kind = m_table.columns.at(column).kind;
    const QVariant cell = m_table.rows.at(index.row()).value(column);
    switch (role) {
    case Qt::DisplayRole:
        return ReportCellText::display(cell, kind, m_locale);
    case Qt::TextAlignmentRole:
        return kind == Core::ReportCellKind::Text
                   ? QVariant(Qt::AlignLeading | Qt::AlignVCenter)
                   : QVariant(Qt::AlignTrailing | Qt::AlignVCenter);
    case RawValueRole:
        return kind == Core::ReportCellKind::Text ? QVariant(cell.toString())
                                                  : QVariant(cell.toLongLong());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0
        || section >= m_shown.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return m_table.columns.at(m_shown.at(section)).header;
}

} // namespace FundDesk::Ui
