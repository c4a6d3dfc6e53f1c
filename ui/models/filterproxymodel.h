#pragma once

#include "core/services/textfilter.h"
#include "ui/models/flatproxymodel.h"
#include "ui/models/sortkeys.h"

#include <QBitArray>
#include <QCollator>
#include <QHash>
#include <QLocale>

namespace FundDesk::Ui {

// The filter box and sorting of every table: rows are kept when core's TextFilter matches the
// table model's HaystackRole; columns sort by RawValueRole (numbers as numbers, dates as
// dates, text with the locale's collation). Built for 100 000 rows: what is read per row
// (haystacks, one integer sort key per row and column) is read once after a load and kept;
// a keystroke that extends the text only searches the rows still shown; each change is one
// layout change. The source may be another proxy over the table model (the pages' combo
// filters): the kept values belong to the table model's rows and survive its changes.
// A table model that is an IndexedTableModel brings its TableIndex, prepared off the window's
// thread: then its search text and sort keys are used and no row's strings are read here.
struct TableIndex;

class FilterProxyModel final : public FlatProxyModel
{
    Q_OBJECT

public:
    explicit FilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

    // Text sorts as people of that language expect; call again when the language changes.
    void setCollationLocale(const QLocale &locale);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

protected:
    QList<int> rowsToShow() override;
    void sourceChanged(SourceChange change) override;

private:
    enum class Pass { All, Narrow, Reorder };

    QAbstractItemModel *tableModel() const;
    const TableIndex *preparedIndex() const;
    void readTableRows();
    const qint64 *sortKeysOf(int column, const TableIndex *index);
    const QList<int> &sortedTableRows(const TableIndex *index);
    bool accepts(int tableRow);
    QList<int> narrowedRows(const TableIndex *index);

    QString m_text;
    QString m_normalized;
    Core::TextFilter m_filter;
    QCollator m_collator;
    QLocale m_collationLocale;
    bool m_collatorReady = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    Pass m_pass = Pass::All;

    // Per row of the table model (the source, or the model under the source's proxies).
    bool m_tableRowsRead = false;
    QList<int> m_tableRowOfSource;
    QList<int> m_sourceOfTableRow;        // -1: the source hides it
    QList<QString> m_haystacks;           // read on the first keystroke
    QHash<int, QList<qint64>> m_sortKeys; // column → key per table row, read on first sort
    QList<int> m_sortedTableRows;         // every table row in the current order
    bool m_sortedValid = false;
};

} // namespace FundDesk::Ui
