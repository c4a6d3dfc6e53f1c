#include "ui/pages/tablepanel.h"

#include "ui/dialogs/leadingalignment.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/modelroles.h"
#include "ui/pages/tablecsvexport.h"
#include "ui/uitr.h"
#include "ui/widgets/loadingline.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

TablePanel::TablePanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent),
      m_heading(new QLabel(this)),
      m_filter(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_proxy(new FilterProxyModel(this)),
      m_totals(new QLabel(this)),
      m_buttons(new QHBoxLayout),
      m_add(new QPushButton(this)),
      m_edit(new QPushButton(this)),
      m_delete(new QPushButton(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);

    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab moves on to the buttons; the arrows move in rows
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    LeadingAlignment::keep(m_heading);
    LeadingAlignment::keep(m_totals);

    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_delete);
    m_buttons->addStretch(1);
    m_export = new QPushButton(this);
    m_buttons->addWidget(m_export);
    auto *exportAction = new QAction(this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exportAction);
    connect(exportAction, &QAction::triggered, this, &TablePanel::exportCsv);
    connect(m_export, &QPushButton::clicked, this, &TablePanel::exportCsv);

    m_loading = new LoadingLine(this);
    m_body = new QWidget(this);
    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addWidget(m_filter);
    body->addWidget(m_view, 1);
    body->addWidget(m_totals);
    body->addLayout(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_loading);
    layout->addWidget(m_body, 1);

    // Widget shortcuts: they act only while the table has focus, so they never clash with the
    // window's menus (File ▸ New is Ctrl+N) or with typing in the filter box.
    const auto tableAction = [this](const QList<QKeySequence> &keys, void (TablePanel::*signal)()) {
        auto *action = new QAction(m_view);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, signal);
        return action;
    };
    m_addAction = tableAction({QKeySequence(Qt::Key_Insert)}, &TablePanel::addRequested);
    m_editAction = tableAction({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
                               &TablePanel::editRequested);
    m_deleteAction = tableAction({QKeySequence::Delete}, &TablePanel::deleteRequested);

    connect(m_add, &QPushButton::clicked, this, &TablePanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, &TablePanel::editRequested);
    connect(m_delete, &QPushButton::clicked, this, &TablePanel::deleteRequested);
    connect(m_view, &QTableView::doubleClicked, this, &TablePanel::editRequested);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &FilterProxyModel::setFilterText);

    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::rowsShownChanged);
    // Fit the columns to what a reload brings, judged on the first rows only so a large fund
    // stays fast; the user's own widths win after that (columns stay resizable).
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeColumnsToContents);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::rowsShownChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::rowsShownChanged);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePanel::rowsShownChanged);
    connect(this, &TablePanel::rowsShownChanged, this, &TablePanel::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TablePanel::updateButtons);
    retranslateUi();
    updateButtons();
}

void TablePanel::addExtraButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_delete) + 1, button);
    // Tab follows the row of buttons as laid out, not the order they were made in.
    QWidget *previous = m_view;
    for (int i = 0; i < m_buttons->count(); ++i) {
        if (QWidget *next = m_buttons->itemAt(i)->widget()) {
            setTabOrder(previous, next);
            previous = next;
        }
    }
}

int TablePanel::currentSourceRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QList<int> TablePanel::visibleSourceRows() const
{
    return m_proxy->shownSourceRows();
}

qint64 TablePanel::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void TablePanel::selectId(qint64 id)
{
    if (id <= 0) {
        return;
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toLongLong() == id) {
            m_view->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return;
        }
    }
}

void TablePanel::watch(BackgroundReader *reader)
{
    // Disabling the body keeps each child's own enabled state (Edit off with no current row,
    // an owner's extra buttons) for when it is enabled again.
    const auto show = [this](LoadingLine::State state) {
        m_loading->setState(state);
        m_body->setEnabled(state != LoadingLine::State::Loading);
    };
    connect(reader, &BackgroundReader::started, this, [show] { show(LoadingLine::State::Loading); });
    connect(reader, &BackgroundReader::finished, this, [show] { show(LoadingLine::State::Hidden); });
    connect(reader, &BackgroundReader::cancelled, this,
            [show] { show(LoadingLine::State::Cancelled); });
    connect(m_loading, &LoadingLine::cancelRequested, reader, &BackgroundReader::cancel);
    connect(m_loading, &LoadingLine::loadAgainRequested, this, &TablePanel::reloadRequested);
}

bool TablePanel::isLoading() const
{
    return m_loading->state() == LoadingLine::State::Loading;
}

void TablePanel::exportCsv()
{
    TableCsvExport::exportWithDialog(this, *m_view, m_heading->text());
}

void TablePanel::setTitle(const QString &title)
{
    m_heading->setText(title);
    retranslateUi();
}

void TablePanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePanel::updateButtons()
{
    const bool current = m_view->currentIndex().isValid();
    m_edit->setEnabled(current);
    m_delete->setEnabled(current);
    m_editAction->setEnabled(current);
    m_deleteAction->setEnabled(current);
}

void TablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TablePanel::retranslateUi()
{
    //: Placeholder of the filter box above a table
    m_filter->setPlaceholderText(Tr::tr("Filter by name, kind, country, region, year…"));
    //: Accessible name of the filter box above a table; %1 is the table's title
    m_filter->setAccessibleName(Tr::tr("Filter %1").arg(m_heading->text()));
    m_view->setAccessibleName(m_heading->text());
    //: Accessible name of the line of totals under a table
    m_totals->setAccessibleName(Tr::tr("Totals"));
    //: Button under a table: save the rows shown (filtered, sorted) as a CSV file
    m_export->setText(Tr::tr("E&xport CSV…"));
    m_export->setToolTip(Tr::tr("Save the rows shown, as filtered and sorted, to a CSV file "
                                "(Ctrl+Shift+E)"));
    //: Accessible description of the Export CSV button; %1 is the table's title
    m_export->setAccessibleDescription(Tr::tr("Exports the visible rows of %1 to CSV")
                                           .arg(m_heading->text()));
}

} // namespace FundDesk::Ui
