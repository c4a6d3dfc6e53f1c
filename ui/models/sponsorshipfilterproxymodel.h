#pragma once

#include "core/services/sponsorshipfilter.h"

#include <QSortFilterProxyModel>

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class SponsorshipTableModel;

// The Sponsorships page's combo-box filters (status, gender, region, priority group),
// delegated to core's SponsorshipFilter. It sits between SponsorshipTableModel and the
// TablePanel's own proxy, which adds the text box and the sorting; the text part of the
// filter set here is ignored.
class SponsorshipFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    SponsorshipFilterProxyModel(SponsorshipTableModel *model,
                                const Core::ReferenceDataService &reference,
                                QObject *parent = nullptr);

    void setFilter(const Core::SponsorshipFilter &filter);
    const Core::SponsorshipFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SponsorshipTableModel *m_model;
    const Core::ReferenceDataService &m_reference;
    Core::SponsorshipFilter m_filter;
};

} // namespace FundDesk::Ui
