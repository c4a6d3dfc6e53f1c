#pragma once

#include <QWidget>

class QSplitter;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ContributionsPanel;
class DonorsPanel;
class StatusBanner;

// The Donors & Contributions page: the fund's operational status (¶16) on top, then the donors
// table and the contributions table, each with its filter box, totals and actions. Ctrl+F
// focuses the filter box of the table being worked in (the contributions by default).
class ContributionsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ContributionsPage(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads everything again from the services, keeping the selections.
    void reload();

    DonorsPanel *donorsPanel() const { return m_donors; }
    ContributionsPanel *contributionsPanel() const { return m_contributions; }
    StatusBanner *statusBanner() const { return m_banner; }

signals:
    // After every successful write (donor or contribution): the window refreshes its status.
    void fundChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    void focusFilter();
    void onPanelChanged();

    Core::FundServices &m_services;
    StatusBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    DonorsPanel *m_donors = nullptr;
    ContributionsPanel *m_contributions = nullptr;
};

} // namespace FundDesk::Ui
