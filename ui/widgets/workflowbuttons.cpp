#include "ui/widgets/workflowbuttons.h"

#include "ui/dialogs/workflowdialog.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"
#include "ui/widgets/historydialog.h"
#include "ui/widgets/historypanel.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace FundDesk::Ui {

WorkflowButtons::WorkflowButtons(Core::FundServices &services, TablePanel *table,
                                 Core::WorkflowItemKind kind, LabelOf labelOf)
    : QObject(table),
      m_services(services),
      m_table(table),
      m_kind(kind),
      m_labelOf(std::move(labelOf)),
      m_workflow(new QPushButton(table)),
      m_history(new QPushButton(table))
{
    m_workflow->setObjectName(QStringLiteral("workflowButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    // addExtraButton puts each right after Delete: add in reverse reading order.
    table->addExtraButton(m_history);
    table->addExtraButton(m_workflow);
    connect(m_workflow, &QPushButton::clicked, this, &WorkflowButtons::openWorkflow);
    connect(m_history, &QPushButton::clicked, this, &WorkflowButtons::openHistory);
    connect(table->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorkflowButtons::updateButtons);
    connect(table, &TablePanel::rowsShownChanged, this, &WorkflowButtons::updateButtons);
    table->installEventFilter(this);
    retranslateUi();
    updateButtons();
}

Core::WorkflowItem WorkflowButtons::currentItem() const
{
    return Core::WorkflowItem{m_kind, m_table->currentId()};
}

void WorkflowButtons::updateButtons()
{
    const bool current = currentItem().isValid();
    m_workflow->setEnabled(current);
    m_history->setEnabled(current);
}

void WorkflowButtons::openWorkflow()
{
    const Core::WorkflowItem item = currentItem();
    if (!item.isValid()) {
        return;
    }
    WorkflowDialog dialog(m_services, item, m_labelOf(item.id), m_table);
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
    }
}

void WorkflowButtons::openHistory()
{
    const Core::WorkflowItem item = currentItem();
    if (!item.isValid()) {
        return;
    }
    HistoryDialog dialog(m_services, m_labelOf(item.id), m_table);
    dialog.panel()->showItem(item);
    dialog.exec();
}

bool WorkflowButtons::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    return QObject::eventFilter(watched, event);
}

void WorkflowButtons::retranslateUi()
{
    m_workflow->setText(Tr::tr("Wor&kflow…"));
    m_workflow->setAccessibleName(Tr::tr("Workflow"));
    m_workflow->setAccessibleDescription(
        Tr::tr("Move the selected application to its next status, or amend its amount."));
    m_history->setText(Tr::tr("Histor&y…"));
    m_history->setAccessibleName(Tr::tr("History"));
    m_history->setAccessibleDescription(
        Tr::tr("The status changes and the audit trail of the selected application."));
}

} // namespace FundDesk::Ui
