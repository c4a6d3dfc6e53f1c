#pragma once

#include "core/domain/workflowitem.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The history of one record: its status moves (who, when, from → to, the note) and every entry
// of the audit trail about it (who, when, what changed, old → new values), oldest first.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    enum TransitionColumn { TransitionWhen, TransitionWho, TransitionMove, TransitionNote };
    enum ChangeColumn { ChangeWhen, ChangeWho, ChangeAction, ChangeValues };

    explicit HistoryPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // A sponsorship or an activity: both its status moves and its audit entries.
    void showItem(const Core::WorkflowItem &item);
    // Any other record (a disbursement …): its audit entries only.
    void showRecord(const QString &table, qint64 id);

    QTableWidget *transitionsTable() const { return m_transitions; }
    QTableWidget *changesTable() const { return m_changes; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadChanges(const QString &table, qint64 id);
    void retranslateUi();

    Core::FundServices &m_services;
    QLabel *m_transitionsLabel = nullptr;
    QTableWidget *m_transitions = nullptr;
    QLabel *m_changesLabel = nullptr;
    QTableWidget *m_changes = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace FundDesk::Ui
