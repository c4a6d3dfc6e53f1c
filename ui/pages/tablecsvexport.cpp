#include "ui/pages/tablecsvexport.h"

#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>

namespace FundDesk::Ui {

Core::CsvTable TableCsvExport::visibleTable(const QTableView &view)
{
    const QAbstractItemModel *model = view.model();
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    Core::CsvTable table;
    if (!model) {
        return table;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column)) {
            columns.append(column);
            table.header.append(model->headerData(column, Qt::Horizontal).toString());
        }
    }
    table.rows.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        QVariantList cells;
        cells.reserve(columns.size());
        for (const int column : std::as_const(columns)) {
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        }
        table.rows.append(std::move(cells));
    }
    return table;
}

void TableCsvExport::exportWithDialog(QWidget *parent, const QTableView &view, const QString &name)
{
    QString suggested = name.trimmed();
    suggested.replace(QLatin1Char('/'), QLatin1Char('-'));
    //: Title of the file dialog of "Export CSV…" under a table
    QFileDialog dialog(parent, Tr::tr("Export the table to CSV"),
                       QDir::home().filePath(suggested.isEmpty() ? QStringLiteral("table.csv")
                                                                 : suggested + u".csv"),
                       //: file type filter in a file dialog
                       Tr::tr("CSV files (*.csv)"));
    dialog.setObjectName(QStringLiteral("tableCsvExportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) {
        return;
    }
    const auto written = Core::CsvWriter::write(visibleTable(view), dialog.selectedFiles().first());
    if (!written) {
        //: Title of the message when a table could not be exported
        PlainMessage::warning(parent, Tr::tr("Export failed"), written.error().message);
    }
}

} // namespace FundDesk::Ui
