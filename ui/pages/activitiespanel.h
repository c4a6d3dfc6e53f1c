#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"

#include <QString>
#include <QWidget>

class QPushButton;

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

class ActivityFilterBar;
class BackgroundReader;
class ActivityFilterProxyModel;
class ActivityTableModel;
class TablePanel;

// The applications tab of the Activities page: the filter combos, the table with its filter
// box and totals, and the actions Add, Edit, Delete, Score, Consultation and Export Scores.
class ActivitiesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitiesPanel(Core::FundServices &services, QWidget *parent = nullptr);

    // Loads the applications again, keeping the current one selected: on a worker thread for a
    // large fund (the table shows that it is loading), at once for a small one.
    void reload();

    TablePanel *table() const { return m_table; }
    ActivityTableModel *model() const { return m_model; }
    ActivityFilterBar *filterBar() const { return m_filters; }
    QPushButton *scoreButton() const { return m_score; }
    QPushButton *consultationButton() const { return m_consult; }
    QPushButton *exportButton() const { return m_export; }

    // Writes the per-criterion scores of every application to path (CSV); false with a
    // message box on failure.
    bool exportScores(const QString &path);

public slots:
    void addApplication();
    void editApplication();
    void deleteApplication();
    void scoreApplication();
    void recordConsultation();
    void exportScoresAs();

signals:
    // An application, a review or a consultation was stored or deleted.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    int currentRow() const;
    void reloadSelecting(qint64 id);
    void showLoadedRows(qint64 id);
    // The current row's whole application, read by id; a warning titled `title` (and a
    // reload) when it is gone.
    Core::Result<Core::ActivityApplication> currentApplication(const QString &title);
    void updateTotals();
    void updateButtons();
    void retranslateUi();

    Core::FundServices &m_services;
    ActivityTableModel *m_model = nullptr;
    ActivityFilterProxyModel *m_filterProxy = nullptr;
    ActivityFilterBar *m_filters = nullptr;
    TablePanel *m_table = nullptr;
    QPushButton *m_score = nullptr;
    QPushButton *m_consult = nullptr;
    QPushButton *m_export = nullptr;
    BackgroundReader *m_reader = nullptr;
};

} // namespace FundDesk::Ui
