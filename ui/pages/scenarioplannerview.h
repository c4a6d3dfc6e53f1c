#pragma once

#include "core/services/scenarioplanner.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ReportTableModel;

// The dashboard's scenario planner (¶15, ¶20): annual funding, where the staff posts are paid
// from, sessions, delegates, cost per delegate and average activity cost give the seats,
// activities and months covered; scenarios are saved in the fund and compared side by side
// with ¶20's two.
class ScenarioPlannerView final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPlannerView(Core::FundServices &services, QWidget *parent = nullptr);

    void setInputs(const Core::ScenarioInputs &inputs);
    Core::ScenarioInputs inputs() const;
    Core::ScenarioOutcome outcome() const { return m_outcome; }
    QTableView *comparison() const { return m_comparison; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *deleteButton() const { return m_delete; }
    QComboBox *presetBox() const { return m_preset; }
    QLabel *resultLabel() const { return m_result; }

public slots:
    void reload();
    bool save();
    // Deletes the saved scenario chosen in "Start from" after asking; the ¶20 scenarios are
    // built in and stay. True when one was deleted.
    bool deleteChosen();

private:
    void recalculate();
    void updateDeleteButton();
    bool isSavedScenario(int presetIndex) const;
    QSpinBox *dollars(const QString &accessibleName);

    Core::FundServices &m_services;
    QComboBox *m_preset = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_funding = nullptr;
    QCheckBox *m_staffCharged = nullptr;
    QSpinBox *m_staffCost = nullptr;
    QSpinBox *m_sessions = nullptr;
    QSpinBox *m_delegates = nullptr;
    QSpinBox *m_perDelegate = nullptr;
    QSpinBox *m_perActivity = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    ReportTableModel *m_model = nullptr;
    QTableView *m_comparison = nullptr;
    QList<Core::ScenarioInputs> m_presets; // the ¶20 scenarios first, then the saved ones
    qsizetype m_builtIn = 0;                // how many of m_presets are ¶20's
    Core::ScenarioOutcome m_outcome;
};

} // namespace FundDesk::Ui
