#pragma once

#include "core/services/sponsorshipfilter.h"
#include "ui/models/flatproxymodel.h"

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class SponsorshipTableModel;

// The Sponsorships page's combo-box filters (status, gender, region, priority group),
// delegated to core's SponsorshipFilter. It sits between SponsorshipTableModel and the
// TablePanel's own proxy, which adds the text box and the sorting; the text part of the
// filter set here is ignored.
class SponsorshipFilterProxyModel final : public FlatProxyModel
{
    Q_OBJECT

public:
    SponsorshipFilterProxyModel(SponsorshipTableModel *model,
                                const Core::ReferenceDataService &reference,
                                QObject *parent = nullptr);

    void setFilter(const Core::SponsorshipFilter &filter);
    const Core::SponsorshipFilter &filter() const { return m_filter; }

protected:
    QList<int> rowsToShow() override;

private:
    SponsorshipTableModel *m_model;
    const Core::ReferenceDataService &m_reference;
    Core::SponsorshipFilter m_filter;
};

} // namespace FundDesk::Ui
