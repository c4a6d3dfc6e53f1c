#pragma once

#include "core/domain/ids.h"

#include <QWidget>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class SponsorshipFilterBar;
class SponsorshipFilterProxyModel;
class SponsorshipTableModel;
class TablePanel;

// The applications tab of the Sponsorships page: the filter combos, the table of one
// meeting's applications with its filter box and totals, and Add, Edit and Delete.
class SponsorshipsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SponsorshipsPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // Shows this meeting's applications.
    void setMeeting(Core::MeetingId meeting);
    Core::MeetingId meeting() const { return m_meeting; }
    // Loads the applications again, keeping the current one selected.
    void reload();

    TablePanel *table() const { return m_table; }
    SponsorshipTableModel *model() const { return m_model; }
    SponsorshipFilterBar *filterBar() const { return m_filters; }
    // The application of the current row, or an invalid id.
    Core::SponsorshipId currentId() const;

public slots:
    void addApplication();
    void editApplication();
    void deleteApplication();

signals:
    // An application was stored or deleted.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadSelecting(qint64 id);
    void updateTotals();
    void retranslateUi();

    Core::FundServices &m_services;
    Core::MeetingId m_meeting;
    SponsorshipTableModel *m_model = nullptr;
    SponsorshipFilterProxyModel *m_filterProxy = nullptr;
    SponsorshipFilterBar *m_filters = nullptr;
    TablePanel *m_table = nullptr;
};

} // namespace FundDesk::Ui
