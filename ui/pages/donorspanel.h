#pragma once

#include <QWidget>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class DonorTableModel;
class TablePanel;

// The donors table of the Donors & Contributions page with its filter, totals and the
// add / edit / delete actions (through DonorDialog and DonorService).
class DonorsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DonorsPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the donors again, keeping the current donor selected.
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
    TablePanel *m_table = nullptr;
};

} // namespace FundDesk::Ui
