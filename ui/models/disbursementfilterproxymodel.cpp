#include "ui/models/disbursementfilterproxymodel.h"

#include "ui/models/disbursementtablemodel.h"

namespace FundDesk::Ui {

DisbursementFilterProxyModel::DisbursementFilterProxyModel(DisbursementTableModel *model,
                                                           QObject *parent)
    : FlatProxyModel(parent), m_model(model)
{
    setSourceModel(model);
}

void DisbursementFilterProxyModel::setFilter(const DisbursementFilter &filter)
{
    m_filter = filter;
    refresh();
}

QList<int> DisbursementFilterProxyModel::rowsToShow()
{
    QList<int> rows;
    const int count = m_model->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        if (accepts(row)) {
            rows.append(row);
        }
    }
    return rows;
}

bool DisbursementFilterProxyModel::accepts(int sourceRow) const
{
    const DisbursementTableModel::Row &row = m_model->rowAt(sourceRow);
    if (m_filter.year && row.year() != *m_filter.year) {
        return false;
    }
    if (m_filter.region && row.region != quint8(*m_filter.region)) {
        return false;
    }
    if (m_filter.kind && row.activity != (*m_filter.kind == Core::WorkflowItemKind::Activity)) {
        return false;
    }
    switch (m_filter.flow) {
    case DisbursementFilter::Flow::Payments:
        return !row.refund;
    case DisbursementFilter::Flow::Refunds:
        return row.refund;
    case DisbursementFilter::Flow::All:
        break;
    }
    return true;
}

} // namespace FundDesk::Ui
