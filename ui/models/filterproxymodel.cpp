#include "ui/models/filterproxymodel.h"

#include "ui/models/modelroles.h"

#include <QAbstractProxyModel>

#include <algorithm>
#include <numeric>

namespace FundDesk::Ui {

FilterProxyModel::FilterProxyModel(QObject *parent) : FlatProxyModel(parent)
{
    setCollationLocale(QLocale());
}

void FilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text) {
        return;
    }
    const QString normalized = Core::TextFilter::normalized(text);
    // Every row that matches "fou" matches "fo": typing on only searches the rows shown.
    m_pass = normalized.startsWith(m_normalized) ? Pass::Narrow : Pass::All;
    m_text = text;
    m_normalized = normalized;
    m_filter = Core::TextFilter(text);
    refresh();
}

void FilterProxyModel::setCollationLocale(const QLocale &locale)
{
    if (m_collatorReady && locale == m_collationLocale) {
        return;
    }
    m_collatorReady = true;
    m_collationLocale = locale;
    m_collator = QCollator(locale);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    // "R-9" before "R-10" in references.
    m_collator.setNumericMode(true);
    m_sortKeys.clear();
    m_sortedValid = false;
    if (m_sortColumn >= 0) {
        m_pass = Pass::Reorder;
        refresh(VerticalSortHint);
    }
}

void FilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    m_sortedValid = false;
    m_pass = Pass::Reorder;
    refresh(VerticalSortHint);
}

void FilterProxyModel::sourceChanged(SourceChange change)
{
    m_pass = Pass::All;
    m_tableRowsRead = false;
    if (change != SourceChange::Layout || sourceModel() == tableModel()) {
        m_haystacks.clear();
        m_sortKeys.clear();
        m_sortedValid = false;
    }
}

QAbstractItemModel *FilterProxyModel::tableModel() const
{
    QAbstractItemModel *model = sourceModel();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model)) {
        model = proxy->sourceModel();
    }
    return model;
}

// Which row of the table model each source row is, and back.
void FilterProxyModel::readTableRows()
{
    const QAbstractItemModel *table = tableModel();
    const int sourceRows = sourceModel()->rowCount();
    m_tableRowOfSource.resize(sourceRows);
    if (table == sourceModel()) {
        std::iota(m_tableRowOfSource.begin(), m_tableRowOfSource.end(), 0);
    } else {
        for (int row = 0; row < sourceRows; ++row) {
            QModelIndex index = sourceModel()->index(row, 0);
            while (index.model() != table) {
                const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model());
                index = proxy ? proxy->mapToSource(index) : QModelIndex();
            }
            m_tableRowOfSource[row] = index.row();
        }
    }
    m_sourceOfTableRow.fill(-1, table ? table->rowCount() : 0);
    for (int row = 0; row < sourceRows; ++row) {
        const int tableRow = m_tableRowOfSource.at(row);
        if (tableRow >= 0 && tableRow < m_sourceOfTableRow.size()) {
            m_sourceOfTableRow[tableRow] = row;
        }
    }
    m_tableRowsRead = true;
}

const QList<int> &FilterProxyModel::sortedTableRows()
{
    if (m_sortedValid) {
        return m_sortedTableRows;
    }
    const QAbstractItemModel *table = tableModel();
    const int rows = table->rowCount();
    m_sortedTableRows.resize(rows);
    std::iota(m_sortedTableRows.begin(), m_sortedTableRows.end(), 0);
    if (m_sortColumn >= 0 && m_sortColumn < table->columnCount()) {
        auto keys = m_sortKeys.find(m_sortColumn);
        if (keys == m_sortKeys.end()) {
            QList<QVariant> values;
            values.reserve(rows);
            for (int row = 0; row < rows; ++row) {
                values.append(table->index(row, m_sortColumn).data(RawValueRole));
            }
            keys = m_sortKeys.insert(m_sortColumn, SortKeys::compute(values, m_collator));
        }
        const qint64 *key = keys->constData();
        // Stable: rows that compare equal keep the model's order, in both directions.
        if (m_sortOrder == Qt::AscendingOrder) {
            std::stable_sort(m_sortedTableRows.begin(), m_sortedTableRows.end(),
                             [key](int a, int b) { return key[a] < key[b]; });
        } else {
            std::stable_sort(m_sortedTableRows.begin(), m_sortedTableRows.end(),
                             [key](int a, int b) { return key[b] < key[a]; });
        }
    }
    m_sortedValid = true;
    return m_sortedTableRows;
}

bool FilterProxyModel::accepts(int tableRow)
{
    if (m_filter.isEmpty()) {
        return true;
    }
    if (m_haystacks.isEmpty()) {
        const QAbstractItemModel *table = tableModel();
        const int rows = table->rowCount();
        m_haystacks.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_haystacks.append(table->index(row, 0).data(HaystackRole).toString());
        }
    }
    return m_filter.matches(m_haystacks.at(tableRow));
}

QList<int> FilterProxyModel::rowsToShow()
{
    const Pass pass = m_pass;
    m_pass = Pass::All;
    if (!sourceModel() || !tableModel()) {
        return {};
    }
    if (!m_tableRowsRead) {
        readTableRows();
    }
    QList<int> rows;
    if (pass == Pass::Narrow) {
        const QList<int> &shown = shownSourceRows();
        rows.reserve(shown.size());
        for (const int row : shown) {
            if (accepts(m_tableRowOfSource.at(row))) {
                rows.append(row);
            }
        }
        return rows;
    }
    QBitArray shown;
    if (pass == Pass::Reorder) {
        shown.resize(qsizetype(m_tableRowOfSource.size()));
        for (const int row : shownSourceRows()) {
            shown.setBit(row);
        }
    }
    rows.reserve(pass == Pass::Reorder ? shownSourceRows().size() : m_tableRowOfSource.size());
    for (const int tableRow : sortedTableRows()) {
        const int row = m_sourceOfTableRow.value(tableRow, -1);
        if (row < 0) {
            continue;
        }
        if (pass == Pass::Reorder ? shown.testBit(row) : accepts(tableRow)) {
            rows.append(row);
        }
    }
    return rows;
}

} // namespace FundDesk::Ui
