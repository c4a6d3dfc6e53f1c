#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class BackgroundReader;
class DisbursementFilterProxyModel;
class DisbursementTableModel;
class TablePanel;

// The Disbursements page (issue 6 ¶4–5): every payment and refund with filters (year, region,
// kind of item, payments or refunds, text), the net USD of the shown rows by region and year,
// Record payment… and Refund…, and closing or reopening a year.
class DisbursementsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DisbursementsPage(Core::FundServices &services, QWidget *parent = nullptr);

    // Reads the payments again: on a worker thread for a large fund (the table shows that it
    // is loading), at once for a small one.
    void reload();

    TablePanel *table() const { return m_table; }
    DisbursementTableModel *model() const { return m_model; }
    QComboBox *yearCombo() const { return m_year; }
    QComboBox *regionCombo() const { return m_region; }
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *flowCombo() const { return m_flow; }
    QTableWidget *totalsTable() const { return m_totals; }
    QPushButton *refundButton() const { return m_refund; }
    QPushButton *closeYearButton() const { return m_closeYear; }
    QPushButton *reopenYearButton() const { return m_reopenYear; }
    QLabel *closedYearsLabel() const { return m_closedYears; }

public slots:
    void recordPayment();
    void recordRefund();
    void showHistory();
    void closeYear();
    void reopenYear();

signals:
    void fundChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildFilterBar();
    QWidget *buildPeriodBar();
    void reloadSelecting(qint64 id);
    void applyFilter();
    void fillFilterCombos();
    void updateTotals();
    void fitTotalsHeight();
    void updateClosedYears();
    void retranslateUi();

    Core::FundServices &m_services;
    DisbursementTableModel *m_model = nullptr;
    BackgroundReader *m_reader = nullptr;
    DisbursementFilterProxyModel *m_filterProxy = nullptr;
    TablePanel *m_table = nullptr;
    QLabel *m_yearLabel = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_regionLabel = nullptr;
    QComboBox *m_region = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_flowLabel = nullptr;
    QComboBox *m_flow = nullptr;
    QLabel *m_totalsHeading = nullptr;
    QTableWidget *m_totals = nullptr;
    QPushButton *m_refund = nullptr;
    QPushButton *m_history = nullptr;
    QLabel *m_closedYears = nullptr;
    QPushButton *m_closeYear = nullptr;
    QPushButton *m_reopenYear = nullptr;
};

} // namespace FundDesk::Ui
