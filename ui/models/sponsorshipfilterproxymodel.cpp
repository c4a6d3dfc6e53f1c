#include "ui/models/sponsorshipfilterproxymodel.h"

#include "ui/models/sponsorshiptablemodel.h"

namespace FundDesk::Ui {

SponsorshipFilterProxyModel::SponsorshipFilterProxyModel(
    SponsorshipTableModel *model, const Core::ReferenceDataService &reference, QObject *parent)
    : FlatProxyModel(parent), m_model(model), m_reference(reference)
{
    setSourceModel(model);
}

void SponsorshipFilterProxyModel::setFilter(const Core::SponsorshipFilter &filter)
{
    m_filter = filter;
    // The text box belongs to the next proxy, which searches the translated names as well.
    m_filter.text.clear();
    refresh();
}

QList<int> SponsorshipFilterProxyModel::rowsToShow()
{
    QList<int> rows;
    const int count = m_model->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (m_filter.isEmpty() || m_filter.matches(m_model->filterProbeAt(row), m_reference)) {
            rows.append(row);
        }
    }
    return rows;
}

} // namespace FundDesk::Ui
