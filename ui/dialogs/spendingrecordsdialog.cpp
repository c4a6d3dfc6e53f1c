#include "ui/dialogs/spendingrecordsdialog.h"

#include "ui/models/modelroles.h"
#include "ui/models/reporttablemodel.h"
#include "ui/uitr.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

SpendingRecordsDialog::SpendingRecordsDialog(const Core::ReportTable &records, QWidget *parent)
    : QDialog(parent), m_model(new ReportTableModel(this)), m_view(new QTableView(this))
{
    setWindowTitle(records.title);
    m_model->setTable(records, locale());
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RawValueRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(records.title);

    //: %n is the number of records listed
    auto *summary = new QLabel(Tr::tr("%n record(s).", nullptr, int(records.rows.size())), this);
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
}

} // namespace FundDesk::Ui
