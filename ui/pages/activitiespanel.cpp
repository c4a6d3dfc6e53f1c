#include "ui/pages/activitiespanel.h"

#include "core/domain/moneyformat.h"
#include "core/reports/csvwriter.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/activitydialog.h"
#include "ui/dialogs/consultationdialog.h"
#include "ui/dialogs/scoringdialog.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/activityfilterproxymodel.h"
#include "ui/models/activitytablemodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/activityfilterbar.h"
#include "ui/pages/packetbutton.h"
#include "ui/pages/tablepanel.h"
#include "ui/pages/tablerowsreader.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"
#include "ui/widgets/workflowbuttons.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace FundDesk::Ui {

ActivitiesPanel::ActivitiesPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new ActivityTableModel(services, this)),
      m_filterProxy(new ActivityFilterProxyModel(m_model, services.reference(), this)),
      m_filters(new ActivityFilterBar(this)),
      m_score(new QPushButton(this)),
      m_consult(new QPushButton(this)),
      m_export(new QPushButton(this)),
      m_reader(new BackgroundReader(services, this))
{
    setObjectName(QStringLiteral("activitiesPanel"));
    m_table = new TablePanel(m_filterProxy, this);
    m_table->filterEdit()->setObjectName(QStringLiteral("activityFilterEdit"));
    m_table->view()->setObjectName(QStringLiteral("activityTable"));
    m_table->totalsLabel()->setObjectName(QStringLiteral("activityTotalsLabel"));
    m_table->addButton()->setObjectName(QStringLiteral("addActivityButton"));
    m_table->editButton()->setObjectName(QStringLiteral("editActivityButton"));
    m_table->deleteButton()->setObjectName(QStringLiteral("deleteActivityButton"));
    m_score->setObjectName(QStringLiteral("scoreButton"));
    m_consult->setObjectName(QStringLiteral("consultationButton"));
    m_export->setObjectName(QStringLiteral("exportScoresButton"));
    // After Delete, in reverse so they end up in reading order.
    m_table->addExtraButton(m_export);
    m_table->addExtraButton(m_consult);
    m_table->addExtraButton(m_score);
    // Packet… (the approval packet of the row's reference) follows Workflow… and History….
    new PacketButton(services, m_table, [this](qint64 id) {
        const int row = m_model->rowOf(Core::ActivityId(id));
        return row < 0 ? QString() : m_model->referenceAt(row);
    });
    // Workflow… and History… (issue 6) come right after Delete.
    auto *workflow = new WorkflowButtons(
        services, m_table, Core::WorkflowItemKind::Activity, [this](qint64 id) {
            const int row = m_model->rowOf(Core::ActivityId(id));
            if (row < 0) {
                return QString();
            }
            //: names an activity in a dialog's heading: %1 its reference, %2 its title
            return Tr::tr("%1 · %2").arg(m_model->referenceAt(row), m_model->titleAt(row));
        });
    connect(workflow, &WorkflowButtons::changed, this, [this] {
        reload();
        emit changed();
    });
    m_table->view()->sortByColumn(ActivityTableModel::Reference, Qt::AscendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filters);
    layout->addWidget(m_table, 1);

    connect(m_filters, &ActivityFilterBar::filterChanged, this,
            [this] { m_filterProxy->setFilter(m_filters->filter()); });
    // At 100× scale the rows are read off the window's thread (issue 11).
    m_table->watch(m_reader);
    connect(m_table, &TablePanel::reloadRequested, this, &ActivitiesPanel::reload);
    connect(m_table, &TablePanel::addRequested, this, &ActivitiesPanel::addApplication);
    connect(m_table, &TablePanel::editRequested, this, &ActivitiesPanel::editApplication);
    connect(m_table, &TablePanel::deleteRequested, this, &ActivitiesPanel::deleteApplication);
    connect(m_table, &TablePanel::rowsShownChanged, this, &ActivitiesPanel::updateTotals);
    connect(m_table, &TablePanel::rowsShownChanged, this, &ActivitiesPanel::updateButtons);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ActivitiesPanel::updateButtons);
    connect(m_score, &QPushButton::clicked, this, &ActivitiesPanel::scoreApplication);
    connect(m_consult, &QPushButton::clicked, this, &ActivitiesPanel::recordConsultation);
    connect(m_export, &QPushButton::clicked, this, &ActivitiesPanel::exportScoresAs);
    retranslateUi();
    updateButtons();
}

void ActivitiesPanel::reload()
{
    reloadSelecting(m_table->currentId());
}

void ActivitiesPanel::reloadSelecting(qint64 id)
{
    readTableRows(*m_reader, *m_table, *m_model, Tr::tr("Activities"),
                  [this, id] { showLoadedRows(id); });
}

void ActivitiesPanel::showLoadedRows(qint64 id)
{
    QSet<int> years;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int year = m_model->startAt(row).year(); year <= m_model->endAt(row).year();
             ++year) {
            years.insert(year);
        }
    }
    QList<int> sorted(years.cbegin(), years.cend());
    std::sort(sorted.begin(), sorted.end());
    m_filters->setYears(sorted);
    m_table->selectId(id);
    updateTotals();
}

Core::Result<Core::ActivityApplication> ActivitiesPanel::currentApplication(const QString &title)
{
    const int row = currentRow();
    if (row < 0) {
        return Core::makeError(Core::ErrorCode::NotFound, QString(), QStringLiteral("no row"));
    }
    // The table keeps only what it shows: the dialogs get the whole application.
    auto found = m_services.activities().find(m_model->idAt(row));
    if (!found) {
        PlainMessage::warning(this, title, found.error().message);
        reload();
    }
    return found;
}

int ActivitiesPanel::currentRow() const
{
    const qint64 id = m_table->currentId();
    return id > 0 ? m_model->rowOf(Core::ActivityId(id)) : -1;
}

void ActivitiesPanel::updateTotals()
{
    Core::Money requested = Core::Money::usd(0);
    int belowFloor = 0;
    const QList<int> rows = m_table->visibleSourceRows();
    for (int proxyRow : rows) {
        const int row = m_filterProxy->mapToSource(m_filterProxy->index(proxyRow, 0)).row();
        if (auto sum = requested.add(m_model->requestedAt(row))) {
            requested = *sum;
        }
        belowFloor += m_model->isBelowFloorAt(row) ? 1 : 0;
    }
    //: Under the activities table: %1 is the total requested such as USD 1,000.00
    const QString shown = Tr::tr("%n application(s) shown · requested %1", nullptr,
                                 int(rows.size()))
                              .arg(Core::MoneyFormat::format(requested, QLocale()));
    //: Under the activities table: how many shown applications are under the ¶23 floor
    const QString floor = Tr::tr("%n below the funding floor", nullptr, belowFloor);
    //: The totals line: %1 the shown applications and amount, %2 those below the floor
    m_table->totalsLabel()->setText(Tr::tr("%1 · %2").arg(shown, floor));
}

void ActivitiesPanel::updateButtons()
{
    const bool current = currentRow() >= 0;
    m_score->setEnabled(current);
}

void ActivitiesPanel::addApplication()
{
    ActivityDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void ActivitiesPanel::editApplication()
{
    const auto found = currentApplication(Tr::tr("Edit Activity Application"));
    if (!found) {
        return;
    }
    ActivityDialog dialog(m_services, this);
    dialog.setApplication(*found);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void ActivitiesPanel::deleteApplication()
{
    const int row = currentRow();
    if (row < 0) {
        return;
    }
    const Core::ActivityId id = m_model->idAt(row);
    //: %1 is the application's reference, %2 its title
    const QString question = Tr::tr("Delete the activity application %1, “%2”?")
                                 .arg(m_model->referenceAt(row), m_model->titleAt(row));
    const auto answer = PlainMessage::question(this, Tr::tr("Delete Activity Application"),
                                               question, QMessageBox::Yes | QMessageBox::No,
                                               QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    if (auto removed = m_services.activities().remove(id); !removed) {
        // Refused once reviews or advice refer to it: the record of the selection stays whole.
        PlainMessage::warning(this, Tr::tr("Delete Activity Application"),
                              removed.error().message);
        return;
    }
    reload();
    emit changed();
}

void ActivitiesPanel::scoreApplication()
{
    //: Title of the message when the application to score can no longer be read
    const auto found = currentApplication(Tr::tr("Score Activity Application"));
    if (!found) {
        return;
    }
    ScoringDialog dialog(m_services, *found, this);
    dialog.exec();
    if (dialog.hasSaved()) {
        reloadSelecting(found->id.value());
        emit changed();
    }
}

void ActivitiesPanel::recordConsultation()
{
    ConsultationDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit changed();
    }
}

bool ActivitiesPanel::exportScores(const QString &path)
{
    const auto table = m_services.reviews().scoreTable();
    const auto written = table ? Core::CsvWriter::write(*table, path)
                               : Core::Result<void>(table.error());
    if (!written) {
        qCWarning(lcUi) << "scores not exported:" << written.error().detail;
        PlainMessage::warning(this, Tr::tr("Export Scores"), written.error().message);
        return false;
    }
    return true;
}

void ActivitiesPanel::exportScoresAs()
{
    //: Default file name of the exported review scores
    const QString suggested = QDir::home().filePath(Tr::tr("review-scores.csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, Tr::tr("Export Scores"), suggested,
        //: File type filter of the save dialog
        Tr::tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportScores(path);
    }
}

void ActivitiesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // State names, statuses and regions change language
    }
    QWidget::changeEvent(event);
}

void ActivitiesPanel::retranslateUi()
{
    //: Heading of the table of capacity-building activity applications
    m_table->setTitle(Tr::tr("Activity applications"));
    m_table->filterEdit()->setPlaceholderText(
        //: Placeholder of the filter box above the activities table
        Tr::tr("Filter by reference, title, State, partner…"));
    //: Button under the activities table; Insert key when the table has focus
    m_table->addButton()->setText(Tr::tr("&Add…"));
    m_table->addButton()->setAccessibleName(Tr::tr("Add activity application"));
    m_table->addButton()->setToolTip(Tr::tr("Record a new application (Insert)"));
    m_table->editButton()->setText(Tr::tr("&Edit…"));
    m_table->editButton()->setAccessibleName(Tr::tr("Edit activity application"));
    m_table->editButton()->setToolTip(Tr::tr("Edit the selected application (Enter)"));
    m_table->deleteButton()->setText(Tr::tr("&Delete"));
    m_table->deleteButton()->setAccessibleName(Tr::tr("Delete activity application"));
    m_table->deleteButton()->setToolTip(Tr::tr("Delete the selected application (Del)"));
    //: Button: declare a conflict of interest or score the selected application
    m_score->setText(Tr::tr("&Score…"));
    m_score->setAccessibleName(Tr::tr("Score activity application"));
    //: Button: record a consultation of the governance structure (¶18)
    m_consult->setText(Tr::tr("Co&nsultation…"));
    m_consult->setAccessibleName(Tr::tr("Record governance consultation"));
    //: Button: save the per-criterion review scores as a CSV file
    m_export->setText(Tr::tr("Export Sc&ores…"));
    m_export->setAccessibleName(Tr::tr("Export review scores"));
    updateTotals();
}

} // namespace FundDesk::Ui
