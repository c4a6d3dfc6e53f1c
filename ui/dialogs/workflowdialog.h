#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/commitment.h"
#include "core/domain/profile.h"
#include "core/domain/workflowitem.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Moves one sponsorship or activity along the workflow of ¶18. It offers only the steps the
// table allows from the current status (plus proposing or deciding an amendment of an approved
// amount), asks for the written justification and the approved amount where the core needs
// them, and shows the core's refusal (role, shortfall, recommender cannot approve, fund not
// operational) beside the field it concerns. The acting profile is the one chosen for this
// laptop (AuditActor::current).
class WorkflowDialog final : public QDialog
{
    Q_OBJECT

public:
    // What the step combo offers besides a status.
    enum Step {
        ProposeAmendment = 100,
        ApproveAmendment,
        RejectAmendment,
    };

    WorkflowDialog(Core::FundServices &services, const Core::WorkflowItem &item,
                   const QString &itemLabel, QWidget *parent = nullptr);

    QComboBox *stepCombo() const { return m_step; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLabel *statusLabel() const { return m_status; }
    FieldErrors *errors() const { return m_errors; }
    // Ok while a step can be taken; pressing it runs the step and closes on success.
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void fillSteps();
    void onStepChanged();
    Core::Result<void> takeStep();
    Core::Result<std::optional<Core::Money>> typedAmount() const;
    void retranslateUi();

    Core::FundServices &m_services;
    Core::WorkflowItem m_item;
    QString m_itemLabel;
    Core::ApplicationStatus m_current = Core::ApplicationStatus::Draft;
    Core::Profile m_actor;
    std::optional<Core::Commitment> m_commitment;
    std::optional<Core::Amendment> m_pending;

    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_committed = nullptr;
    QLabel *m_actorLabel = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_step = nullptr;
    QLabel *m_noteLabel = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_amountLabel = nullptr;
    QLineEdit *m_amount = nullptr;
    QWidget *m_amountField = nullptr;
    FieldErrors *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
