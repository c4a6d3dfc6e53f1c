#pragma once

#include <QWidget>

class QPushButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class BackgroundReader;
class ContributionTableModel;
class TablePanel;

// The contributions table of the Donors & Contributions page with its filter, totals and the
// add / edit / delete / history actions (through ContributionDialog and ContributionService).
class ContributionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionsPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the contributions again (on a worker thread for a large fund: the rows come later),
    // keeping the current one selected.
    void reload();

    TablePanel *table() const { return m_table; }
    ContributionTableModel *model() const { return m_model; }

public slots:
    void addContribution();
    void editContribution();
    void deleteContribution();
    void showHistory();

signals:
    // A contribution was stored or deleted.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadSelecting(qint64 id);
    void updateTotals();
    void updateHistoryButton();
    QString describeCurrent(int row) const;
    void retranslateUi();

    Core::FundServices &m_services;
    ContributionTableModel *m_model = nullptr;
    BackgroundReader *m_reader = nullptr; // large funds: rows read on a worker thread
    qint64 m_selectAfterLoad = 0; // made current once the rows being read arrive
    TablePanel *m_table = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace FundDesk::Ui
