#pragma once

#include "core/services/activityfilter.h"
#include "ui/models/flatproxymodel.h"

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ActivityTableModel;

// The Activities page's combo-box filters (status, region, focus area, year): core's
// ActivityFilter applied to the table's compact rows (ActivityTableModel::matches). It sits
// between ActivityTableModel and the TablePanel's own proxy, which adds the text box and the
// sorting; the text part of the filter set here is ignored.
class ActivityFilterProxyModel final : public FlatProxyModel
{
    Q_OBJECT

public:
    ActivityFilterProxyModel(ActivityTableModel *model, const Core::ReferenceDataService &reference,
                             QObject *parent = nullptr);

    void setFilter(const Core::ActivityFilter &filter);
    const Core::ActivityFilter &filter() const { return m_filter; }

protected:
    QList<int> rowsToShow() override;

private:
    ActivityTableModel *m_model;
    const Core::ReferenceDataService &m_reference;
    Core::ActivityFilter m_filter;
};

} // namespace FundDesk::Ui
