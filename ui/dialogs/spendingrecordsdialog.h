#pragma once

#include "core/reports/reporttable.h"

#include <QDialog>

class QTableView;

namespace FundDesk::Ui {

class ReportTableModel;

// The disbursements and commitments behind one bar of "spending by region" (issue 7): what
// the manager opens by clicking the bar. Read-only, sortable.
class SpendingRecordsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SpendingRecordsDialog(const Core::ReportTable &records, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    ReportTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace FundDesk::Ui
