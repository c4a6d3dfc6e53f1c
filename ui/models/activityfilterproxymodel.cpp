#include "ui/models/activityfilterproxymodel.h"

#include "ui/models/activitytablemodel.h"

namespace FundDesk::Ui {

ActivityFilterProxyModel::ActivityFilterProxyModel(ActivityTableModel *model,
                                                   const Core::ReferenceDataService &reference,
                                                   QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model), m_reference(reference)
{
    setSourceModel(model);
}

void ActivityFilterProxyModel::setFilter(const Core::ActivityFilter &filter)
{
    m_filter = filter;
    // The text box belongs to the next proxy, which searches the translated names as well.
    m_filter.text = Core::TextFilter();
    invalidateFilter();
}

bool ActivityFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        return false;
    }
    return m_filter.matches(m_model->applicationAt(sourceRow), m_reference);
}

} // namespace FundDesk::Ui
