#pragma once

#include "core/reports/reportinput.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ChartPanel;
class KeyFigureTiles;
class ReportTableModel;
class ScenarioPlannerView;
class SpendingRecordsDialog;

// The Dashboard (issue 7): the year's key figures (¶16) as tiles, the charts of the fund's
// size against the ¶20 scales, spending by region and group (a click on a bar lists the
// records behind it), contributions, delegates, applications and focus areas, what the money
// buys beside ¶20, and the scenario planner. Every number comes from a core/reports table.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Core::FundServices &services, QWidget *parent = nullptr);

    QSpinBox *yearBox() const { return m_year; }
    QTabWidget *tabs() const { return m_tabs; }
    KeyFigureTiles *tiles() const { return m_tiles; }
    ChartPanel *chart(const QString &name) const { return m_charts.value(name); }
    ScenarioPlannerView *planner() const { return m_planner; }
    // The records dialog last opened by a click on a bar; null once closed.
    SpendingRecordsDialog *recordsDialog() const;
    QLabel *errorLabel() const { return m_error; }

    // Names of the tables not built since the data, the year or the language last changed.
    QSet<QString> staleTables() const { return m_stale; }

public slots:
    // The fund changed (other pages call it through fundChanged): every table is out of date.
    // Only the tables of the tab on screen are rebuilt now; the others when their tab is shown,
    // so a change elsewhere in the fund costs nothing while the dashboard is hidden.
    void reload();
    void showSpendingRecords(const QString &chartName, int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *chartsTab(const QList<ChartPanel *> &panels);
    ChartPanel *addChart(const QString &name, int kind);
    Core::ReportInput input() const;
    void retranslateUi();
    void refreshShownTab();
    void build(const QStringList &names);
    void showErrors();

    Core::FundServices &m_services;
    QLabel *m_yearLabel = nullptr;
    QSpinBox *m_year = nullptr;
    QLabel *m_error = nullptr;
    KeyFigureTiles *m_tiles = nullptr;
    QTabWidget *m_tabs = nullptr;
    QHash<QString, ChartPanel *> m_charts;
    QLabel *m_buysLabel = nullptr;
    ReportTableModel *m_buysModel = nullptr;
    QTableView *m_buysView = nullptr;
    ScenarioPlannerView *m_planner = nullptr;
    QPointer<SpendingRecordsDialog> m_recordsDialog;
    QList<QStringList> m_tabTables; // per tab, the tables it shows
    QSet<QString> m_stale;
    QHash<QString, QString> m_errors; // table name → why it could not be built
    bool m_plannerStale = true;
};

} // namespace FundDesk::Ui
