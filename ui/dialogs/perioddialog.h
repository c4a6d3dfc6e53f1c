#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class FieldErrors;

// Closes a year (its records then refuse changes) or reopens a closed one with a reason. The
// fund manager's act: the core refuses other roles, and the message shows here. Asks for
// confirmation before either.
class PeriodDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Action { Close, Reopen };

    PeriodDialog(Core::FundServices &services, Action action, QWidget *parent = nullptr);

    QSpinBox *yearSpin() const { return m_year; }
    QComboBox *closedYearCombo() const { return m_closed; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    FieldErrors *errors() const { return m_errors; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    int chosenYear() const;

    void accept() override;

private:
    bool confirm(int year);
    void retranslateUi();

    Core::FundServices &m_services;
    Action m_action;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;      // Close: any year
    QComboBox *m_closed = nullptr;   // Reopen: the closed years
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLabel *m_explanation = nullptr;
    FieldErrors *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace FundDesk::Ui
