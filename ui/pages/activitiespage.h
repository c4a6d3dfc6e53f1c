#pragma once

#include <QWidget>

class QTabWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ActivitiesPanel;
class GeographicBalancePanel;
class RankingPanel;

// The Activities page (¶23–¶26): the applications with their filters and actions, the ranking
// by aggregate score against the available balance, and the geographic balance (¶25c), one
// tab each. Ctrl+F focuses the applications' filter box.
class ActivitiesPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ApplicationsTab, RankingTab, BalanceTab };

    explicit ActivitiesPage(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads every tab again from the services, keeping the selection.
    void reload();

    QTabWidget *tabs() const { return m_tabs; }
    ActivitiesPanel *applicationsPanel() const { return m_applications; }
    RankingPanel *rankingPanel() const { return m_ranking; }
    GeographicBalancePanel *balancePanel() const { return m_balance; }

signals:
    // After every successful write (application, review, consultation).
    void fundChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onChanged();
    void retranslateUi();

    Core::FundServices &m_services;
    QTabWidget *m_tabs = nullptr;
    ActivitiesPanel *m_applications = nullptr;
    RankingPanel *m_ranking = nullptr;
    GeographicBalancePanel *m_balance = nullptr;
};

} // namespace FundDesk::Ui
