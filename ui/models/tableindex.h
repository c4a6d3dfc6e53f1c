#pragma once

#include "core/services/searchtext.h"

#include <QCollator>
#include <QHash>
#include <QList>
#include <QLocale>

namespace FundDesk::Ui {

// What a large table model prepares once per load, on the loader thread, for FilterProxyModel:
// the filter's text of every row and the sort keys of its slow columns (text collated for one
// locale). Without it the proxy reads HaystackRole and RawValueRole row by row on the window's
// thread on the first keystroke or sort: fine for thousands of rows, not for 300 000.
struct TableIndex
{
    Core::SearchText search; // one row per model row, in the model's order
    QLocale collationLocale; // the locale the text keys were collated for
    QHash<int, QList<qint64>> sortKeys; // column → SortKeys::compute() of its RawValueRole values
};

// A table model with a TableIndex: FilterProxyModel finds it with dynamic_cast.
class IndexedTableModel
{
public:
    virtual ~IndexedTableModel() = default;
    // Valid until the model's next reset; search.rowCount() equals the model's rowCount().
    virtual const TableIndex &tableIndex() const = 0;
};

// The collator FilterProxyModel sorts text with (case-insensitive, "R-9" before "R-10"), for
// loader threads computing TableIndex::sortKeys with the same order.
QCollator tableCollator(const QLocale &locale);

} // namespace FundDesk::Ui
