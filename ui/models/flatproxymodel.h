#pragma once

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>

namespace FundDesk::Ui {

// A proxy over a flat table that shows some of its source rows in some order, and changes
// them all at once: one layoutChanged (persistent indexes moved along) per change. Qt's
// QSortFilterProxyModel announces every range of rows it hides or shows and rebuilds its
// maps per range, which at 100 000 rows with scattered matches takes seconds per keystroke.
// A structural change of the source (rows inserted, removed, moved, its layout) is taken
// the same way: the subclass says again which rows to show.
class FlatProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit FlatProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    // The source rows shown, in the order shown.
    const QList<int> &shownSourceRows() const { return m_rows; }

protected:
    // The source rows to show, in order. Called after every change of the source and by
    // refresh(); m_rows (shownSourceRows()) still holds what is shown until it returns.
    virtual QList<int> rowsToShow() = 0;
    // What changed in the source before rowsToShow() is asked again: drop what was computed
    // from it. Layout: rows inserted, removed, moved or reordered, the values kept.
    enum class SourceChange { Reset, Layout, Data };
    virtual void sourceChanged(SourceChange change) { Q_UNUSED(change) }
    // Shows rowsToShow() as one layout change; nothing is emitted when the rows stay the same.
    void refresh(QAbstractItemModel::LayoutChangeHint hint = NoLayoutChangeHint);

private:
    void publish(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void rebuildSourceToProxy();
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceLayoutAboutToChange();
    void sourceLayoutChanged();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QList<int> m_rows;          // proxy row → source row
    QList<int> m_sourceToProxy; // source row → proxy row, -1 when hidden
    QList<QPersistentModelIndex> m_savedSource; // during a source layout change
    QModelIndexList m_savedProxy;
    bool m_sourceChanging = false;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace FundDesk::Ui
