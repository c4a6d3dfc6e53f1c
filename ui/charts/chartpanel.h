#pragma once

#include "core/domain/result.h"
#include "core/reports/reporttable.h"
#include "ui/charts/chartadapter.h"

#include <QWidget>

class QAction;
class QChartView;
class QMenu;
class QPushButton;

namespace FundDesk::Ui {

// One chart of the dashboard: the chart drawn from a table, value tooltips on hover, and
// "Save as PNG / SVG" from a button and from the context menu. A click on a bar says which
// row (category) and which column it was; so does the context menu's "Show the records of"
// (the keyboard's way), shown when someone listens.
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    ChartPanel(ChartKind kind, QWidget *parent = nullptr);

    void setTable(const Core::ReportTable &table);
    const Core::ReportTable &table() const { return m_table; }
    QChartView *view() const { return m_view; }

    Core::Result<void> savePng(const QString &path) const;
    Core::Result<void> saveSvg(const QString &path) const;

signals:
    void barClicked(int row, const QString &columnKey);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void connectSeries();
    void fillRecordsMenu();
    void showTooltip(int row, int column);

    ChartKind m_kind;
    Core::ReportTable m_table;
    QChartView *m_view = nullptr;
    QPushButton *m_save = nullptr;
    QMenu *m_records = nullptr;
    QAction *m_savePng = nullptr;
    QAction *m_saveSvg = nullptr;
};

} // namespace FundDesk::Ui
