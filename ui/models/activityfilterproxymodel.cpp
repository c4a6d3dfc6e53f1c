#include "ui/models/activityfilterproxymodel.h"

#include "ui/models/activitytablemodel.h"

namespace FundDesk::Ui {

ActivityFilterProxyModel::ActivityFilterProxyModel(ActivityTableModel *model,
                                                   const Core::ReferenceDataService &reference,
                                                   QObject *parent)
    : FlatProxyModel(parent), m_model(model), m_reference(reference)
{
    setSourceModel(model);
}

void ActivityFilterProxyModel::setFilter(const Core::ActivityFilter &filter)
{
    m_filter = filter;
    // The text box belongs to the next proxy, which searches the translated names as well.
    m_filter.text = Core::TextFilter();
    refresh();
}

QList<int> ActivityFilterProxyModel::rowsToShow()
{
    QList<int> rows;
    const int count = m_model->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (m_model->matches(row, m_filter)) {
            rows.append(row);
        }
    }
    return rows;
}

} // namespace FundDesk::Ui
