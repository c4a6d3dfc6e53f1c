#include "ui/models/flatproxymodel.h"

namespace FundDesk::Ui {

FlatProxyModel::FlatProxyModel(QObject *parent) : QAbstractProxyModel(parent) {}

void FlatProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        using M = QAbstractItemModel;
        m_connections = {
            connect(model, &M::modelAboutToBeReset, this, &FlatProxyModel::sourceAboutToBeReset),
            connect(model, &M::modelReset, this, &FlatProxyModel::sourceReset),
            connect(model, &M::layoutAboutToBeChanged, this,
                    &FlatProxyModel::sourceLayoutAboutToChange),
            connect(model, &M::layoutChanged, this, &FlatProxyModel::sourceLayoutChanged),
            connect(model, &M::rowsAboutToBeInserted, this,
                    &FlatProxyModel::sourceLayoutAboutToChange),
            connect(model, &M::rowsInserted, this, &FlatProxyModel::sourceLayoutChanged),
            connect(model, &M::rowsAboutToBeRemoved, this,
                    &FlatProxyModel::sourceLayoutAboutToChange),
            connect(model, &M::rowsRemoved, this, &FlatProxyModel::sourceLayoutChanged),
            connect(model, &M::rowsAboutToBeMoved, this,
                    &FlatProxyModel::sourceLayoutAboutToChange),
            connect(model, &M::rowsMoved, this, &FlatProxyModel::sourceLayoutChanged),
            // Columns seldom change in a table: start again.
            connect(model, &M::columnsAboutToBeInserted, this,
                    &FlatProxyModel::sourceAboutToBeReset),
            connect(model, &M::columnsInserted, this, &FlatProxyModel::sourceReset),
            connect(model, &M::columnsAboutToBeRemoved, this,
                    &FlatProxyModel::sourceAboutToBeReset),
            connect(model, &M::columnsRemoved, this, &FlatProxyModel::sourceReset),
            connect(model, &M::columnsAboutToBeMoved, this, &FlatProxyModel::sourceAboutToBeReset),
            connect(model, &M::columnsMoved, this, &FlatProxyModel::sourceReset),
            connect(model, &M::dataChanged, this, &FlatProxyModel::sourceDataChanged),
            connect(model, &M::headerDataChanged, this, &M::headerDataChanged),
        };
    }
    sourceChanged(SourceChange::Reset);
    m_rows = model ? rowsToShow() : QList<int>();
    rebuildSourceToProxy();
    endResetModel();
}

QModelIndex FlatProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 ||
        column >= columnCount()) {
        return {};
    }
    return createIndex(row, column);
}

QModelIndex FlatProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlatProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FlatProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FlatProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool FlatProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.isEmpty() && columnCount() > 0;
}

QModelIndex FlatProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_rows.size()) {
        return {};
    }
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex FlatProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_sourceToProxy.size()) {
        return {};
    }
    const int row = m_sourceToProxy.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void FlatProxyModel::refresh(QAbstractItemModel::LayoutChangeHint hint)
{
    if (!sourceModel() || m_sourceChanging) {
        return;
    }
    publish(rowsToShow(), hint);
}

void FlatProxyModel::publish(QList<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    // Two empty lists are compared first: Qt 6.4's QList<int>::operator== passes their null
    // data to memcmp (undefined behaviour, UBSan reports it).
    const bool bothEmpty = rows.isEmpty() && m_rows.isEmpty();
    if (bothEmpty ||
        (rows.size() == m_rows.size() && !rows.isEmpty() && !m_rows.isEmpty() && rows == m_rows)) {
        return;
    }
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex &index : from) {
        sourceRows.append(m_rows.value(index.row(), -1));
    }
    m_rows = std::move(rows);
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = m_sourceToProxy.value(sourceRows.at(i), -1);
        to.append(row < 0 ? QModelIndex() : index(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, hint);
}

void FlatProxyModel::rebuildSourceToProxy()
{
    const int sourceRows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sourceToProxy.fill(-1, sourceRows);
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const int source = m_rows.at(row);
        if (source >= 0 && source < sourceRows) {
            m_sourceToProxy[source] = int(row);
        }
    }
}

void FlatProxyModel::sourceAboutToBeReset()
{
    beginResetModel();
    m_sourceChanging = true;
}

void FlatProxyModel::sourceReset()
{
    m_sourceChanging = false;
    sourceChanged(SourceChange::Reset);
    m_rows = rowsToShow();
    rebuildSourceToProxy();
    endResetModel();
}

void FlatProxyModel::sourceLayoutAboutToChange()
{
    emit layoutAboutToBeChanged();
    m_sourceChanging = true;
    m_savedProxy = persistentIndexList();
    m_savedSource.clear();
    m_savedSource.reserve(m_savedProxy.size());
    for (const QModelIndex &index : std::as_const(m_savedProxy)) {
        m_savedSource.append(QPersistentModelIndex(mapToSource(index)));
    }
}

void FlatProxyModel::sourceLayoutChanged()
{
    m_sourceChanging = false;
    sourceChanged(SourceChange::Layout);
    m_rows = rowsToShow();
    rebuildSourceToProxy();
    QModelIndexList to;
    to.reserve(m_savedSource.size());
    for (const QPersistentModelIndex &source : std::as_const(m_savedSource)) {
        to.append(mapFromSource(source));
    }
    changePersistentIndexList(m_savedProxy, to);
    m_savedProxy.clear();
    m_savedSource.clear();
    emit layoutChanged();
}

void FlatProxyModel::sourceDataChanged(const QModelIndex &, const QModelIndex &,
                                       const QList<int> &roles)
{
    // What is shown may depend on any value: take the change as new rows, then repaint.
    sourceChanged(SourceChange::Data);
    refresh();
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), roles);
    }
}

} // namespace FundDesk::Ui
