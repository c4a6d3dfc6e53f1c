#pragma once

#include "core/domain/workflowitem.h"

#include <QObject>

#include <functional>

class QPushButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class TablePanel;

// Adds "Workflow…" and "History…" to a table of sponsorships or activities: they act on the
// current row (its IdRole), open WorkflowDialog or HistoryDialog, and are enabled only while a
// row is current. One line in a page wires the whole workflow in.
class WorkflowButtons final : public QObject
{
    Q_OBJECT

public:
    // labelOf names the row's item for the dialogs' headings (a reference, a name).
    using LabelOf = std::function<QString(qint64 id)>;

    WorkflowButtons(Core::FundServices &services, TablePanel *table, Core::WorkflowItemKind kind,
                    LabelOf labelOf);

    QPushButton *workflowButton() const { return m_workflow; }
    QPushButton *historyButton() const { return m_history; }

    void openWorkflow();
    void openHistory();

signals:
    // A step was recorded: the table's statuses are out of date.
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Core::WorkflowItem currentItem() const;
    void updateButtons();
    void retranslateUi();

    Core::FundServices &m_services;
    TablePanel *m_table;
    Core::WorkflowItemKind m_kind;
    LabelOf m_labelOf;
    QPushButton *m_workflow = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace FundDesk::Ui
