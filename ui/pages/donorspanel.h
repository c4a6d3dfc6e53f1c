#pragma once

#include <QWidget>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class BackgroundReader;
class DonorTableModel;
class TablePanel;

// The donors table of the Donors & Contributions page with its filter, totals and the
// add / edit / delete actions (through DonorDialog and DonorService).
class DonorsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DonorsPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the donors again (on a worker thread for a large fund: the rows come later),
    // keeping the current donor selected.
    void reload();

    TablePanel *table() const { return m_table; }
    DonorTableModel *model() const { return m_model; }

public slots:
    void addDonor();
    void editDonor();
    void deleteDonor();

signals:
    // A donor was stored or deleted.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadSelecting(qint64 id);
    void updateTotals();
    void retranslateUi();

    Core::FundServices &m_services;
    DonorTableModel *m_model = nullptr;
    BackgroundReader *m_reader = nullptr; // large funds: rows read on a worker thread
    qint64 m_selectAfterLoad = 0; // made current once the rows being read arrive
    TablePanel *m_table = nullptr;
};

} // namespace FundDesk::Ui
