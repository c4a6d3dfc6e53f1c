#pragma once

#include "core/reports/csvwriter.h"

class QTableView;
class QWidget;

namespace FundDesk::Ui {

// "Export CSV…" of any table: what the view shows, as shown — the visible columns in their
// on-screen order with their headers, the rows the filter lets through in their sorted order.
class TableCsvExport final
{
public:
    TableCsvExport() = delete;

    static Core::CsvTable visibleTable(const QTableView &view);
    // Asks where to save (suggesting name.csv), writes, and says so if writing failed.
    static void exportWithDialog(QWidget *parent, const QTableView &view, const QString &name);
};

} // namespace FundDesk::Ui
