#include "ui/models/sponsorshipfilterproxymodel.h"

#include "ui/models/sponsorshiptablemodel.h"

namespace FundDesk::Ui {

SponsorshipFilterProxyModel::SponsorshipFilterProxyModel(
    SponsorshipTableModel *model, const Core::ReferenceDataService &reference, QObject *parent)
    : QSortFilterProxyModel(parent), m_model(model), m_reference(reference)
{
    setSourceModel(model);
}

void SponsorshipFilterProxyModel::setFilter(const Core::SponsorshipFilter &filter)
{
    m_filter = filter;
    // The text box belongs to the next proxy, which searches the translated names as well.
    m_filter.text.clear();
    invalidateFilter();
}

bool SponsorshipFilterProxyModel::filterAcceptsRow(int sourceRow,
                                                   const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        return false;
    }
    if (m_filter.isEmpty()) {
        return true;
    }
    return m_filter.matches(m_model->filterProbeAt(sourceRow), m_reference);
}

} // namespace FundDesk::Ui
