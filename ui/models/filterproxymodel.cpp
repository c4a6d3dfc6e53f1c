#include "ui/models/filterproxymodel.h"

#include "ui/models/modelroles.h"
#include "ui/models/tableindex.h"

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
    // The collator the loader threads compute TableIndex::sortKeys with: the same order.
    m_collator = tableCollator(locale);
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

// The table model's prepared index, when it has one that covers its rows (a model that
// prepares it may show rows before its index is ready).
const TableIndex *FilterProxyModel::preparedIndex() const
{
    const QAbstractItemModel *table = tableModel();
    const auto *indexed = dynamic_cast<const IndexedTableModel *>(table);
    if (!indexed) {
        return nullptr;
    }
    const TableIndex &index = indexed->tableIndex();
    return index.search.rowCount() == table->rowCount() ? &index : nullptr;
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

// One key per table row for the column: the index's when it was collated for our locale,
// else read once from RawValueRole and kept.
const qint64 *FilterProxyModel::sortKeysOf(int column, const TableIndex *index)
{
    if (index && index->collationLocale == m_collationLocale) {
        const auto prepared = index->sortKeys.constFind(column);
        if (prepared != index->sortKeys.constEnd() &&
            prepared->size() == index->search.rowCount()) {
            return prepared->constData();
        }
    }
    auto keys = m_sortKeys.find(column);
    if (keys == m_sortKeys.end()) {
        const QAbstractItemModel *table = tableModel();
        const int rows = table->rowCount();
        QList<QVariant> values;
        values.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            values.append(table->index(row, column).data(RawValueRole));
        }
        keys = m_sortKeys.insert(column, SortKeys::compute(values, m_collator));
    }
    return keys->constData();
}

const QList<int> &FilterProxyModel::sortedTableRows(const TableIndex *index)
{
    if (m_sortedValid) {
        return m_sortedTableRows;
    }
    const QAbstractItemModel *table = tableModel();
    const int rows = table->rowCount();
    m_sortedTableRows.resize(rows);
    std::iota(m_sortedTableRows.begin(), m_sortedTableRows.end(), 0);
    if (m_sortColumn >= 0 && m_sortColumn < table->columnCount()) {
        const qint64 *key = sortKeysOf(m_sortColumn, index);
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

// A keystroke that extends the text: of the rows shown, in their order, those still matching.
QList<int> FilterProxyModel::narrowedRows(const TableIndex *index)
{
    const QList<int> &shown = shownSourceRows();
    QList<int> rows;
    if (index) {
        QList<int> tableRows;
        tableRows.reserve(shown.size());
        for (const int row : shown) {
            tableRows.append(m_tableRowOfSource.at(row));
        }
        const QList<int> kept = index->search.matchingRows(m_filter, tableRows);
        rows.reserve(kept.size());
        for (const int tableRow : kept) {
            rows.append(m_sourceOfTableRow.at(tableRow));
        }
        return rows;
    }
    rows.reserve(shown.size());
    for (const int row : shown) {
        if (accepts(m_tableRowOfSource.at(row))) {
            rows.append(row);
        }
    }
    return rows;
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
    const TableIndex *index = preparedIndex();
    if (pass == Pass::Narrow) {
        return narrowedRows(index);
    }
    // Reorder keeps the source rows shown; a filter with an index marks its table rows that
    // match, found in one pass over its text; otherwise accepts() checks row by row.
    const bool reorder = pass == Pass::Reorder;
    const bool marked = !reorder && index && !m_filter.isEmpty();
    QBitArray keep;
    qsizetype expected = m_tableRowOfSource.size();
    if (reorder) {
        keep.resize(qsizetype(m_tableRowOfSource.size()));
        for (const int row : shownSourceRows()) {
            keep.setBit(row);
        }
        expected = shownSourceRows().size();
    } else if (marked) {
        keep.resize(qsizetype(m_sourceOfTableRow.size()));
        const QList<int> matching = index->search.matchingRows(m_filter);
        for (const int tableRow : matching) {
            keep.setBit(tableRow);
        }
        expected = matching.size();
    }
    QList<int> rows;
    rows.reserve(expected);
    for (const int tableRow : sortedTableRows(index)) {
        const int row = m_sourceOfTableRow.value(tableRow, -1);
        if (row < 0) {
            continue;
        }
        const bool kept = reorder  ? keep.testBit(row)
                          : marked ? keep.testBit(tableRow)
                                   : accepts(tableRow);
        if (kept) {
            rows.append(row);
        }
    }
    return rows;
}

} // namespace FundDesk::Ui
