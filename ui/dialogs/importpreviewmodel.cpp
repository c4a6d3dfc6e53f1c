#include "ui/dialogs/importpreviewmodel.h"

#include "ui/uitr.h"

#include <QBrush>

namespace FundDesk::Ui {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportPreviewModel::setPreview(const Core::ImportPreview &preview)
{
    beginResetModel();
    m_document = preview.document;
    m_problems.clear();
    for (const Core::ImportIssue &issue : preview.issues) {
        if (issue.line > 1) {
            m_problems[issue.line].append(issue.column.isEmpty()
                                              ? issue.message
                                              //: %1 is a column name of a CSV file, %2 the problem
                                              : Tr::tr("%1: %2").arg(issue.column, issue.message));
        }
    }
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_document = {};
    m_problems.clear();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_document.header.isEmpty() ? 0 : int(m_document.header.size()) + 2;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const int line = m_document.lines.at(index.row());
    const int last = columnCount() - 1;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        if (index.column() == 0) {
            return line;
        }
        if (index.column() == last) {
            return m_problems.value(line).join(QLatin1Char('\n'));
        }
        return m_document.rows.at(index.row()).value(index.column() - 1);
    }
    if (role == Qt::ForegroundRole && index.column() == last) {
        return QBrush(Qt::darkRed);
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == 0) {
        //: Column of the import preview: the line of the CSV file
        return Tr::tr("Line");
    }
    if (section == columnCount() - 1) {
        //: Column of the import preview: what is wrong with the row
        return Tr::tr("Problems");
    }
    return m_document.header.value(section - 1);
}

} // namespace FundDesk::Ui
