#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class BackgroundReader;
class RankingTableModel;

// The ranking tab of the Activities page: the applications still being decided, by aggregate
// score, with the running total of their requests against the available balance of the
// current year (BalanceService) and a marker row where the balance runs out.
class RankingPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit RankingPanel(Core::FundServices &services, QWidget *parent = nullptr);

    void reload();

    RankingTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();

    Core::FundServices &m_services;
    RankingTableModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    BackgroundReader *m_reader = nullptr; // the ranking reads every scored application
};

} // namespace FundDesk::Ui
