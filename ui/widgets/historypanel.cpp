#include "ui/widgets/historypanel.h"

#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "core/services/recordhistoryservice.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/uitr.h"
#include "ui/widgets/auditchangetext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, int columns)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(name);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QLabel *sectionLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(buddy);
    LeadingAlignment::keep(label);
    return label;
}

} // namespace

HistoryPanel::HistoryPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("historyPanel"));
    m_transitions = makeTable(this, QStringLiteral("transitionsTable"), 4);
    m_changes = makeTable(this, QStringLiteral("auditEntriesTable"), 4);
    m_transitionsLabel = sectionLabel(this, m_transitions);
    m_changesLabel = sectionLabel(this, m_changes);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("historyError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_transitionsLabel);
    layout->addWidget(m_transitions, 1);
    layout->addWidget(m_changesLabel);
    layout->addWidget(m_changes, 2);
    layout->addWidget(m_error);
    retranslateUi();
}

void HistoryPanel::showItem(const Core::WorkflowItem &item)
{
    m_transitions->setRowCount(0);
    m_error->setVisible(false);
    const auto history = m_services.workflow().workflow().history(item);
    if (!history) {
        m_error->setText(history.error().message);
        m_error->setVisible(true);
    } else {
        const QLocale locale;
        m_transitions->setRowCount(int(history->size()));
        for (int row = 0; row < history->size(); ++row) {
            const Core::StatusTransition &step = history->at(row);
            m_transitions->setItem(
                row, TransitionWhen,
                cell(locale.toString(step.at.toLocalTime(), QLocale::ShortFormat)));
            m_transitions->setItem(row, TransitionWho, cell(step.profileName));
            //: a status move in an application's history: %1 the old, %2 the new status
            m_transitions->setItem(row, TransitionMove,
                                   cell(Tr::tr("%1 → %2").arg(
                                       Core::applicationStatusDisplayName(step.from),
                                       Core::applicationStatusDisplayName(step.to))));
            m_transitions->setItem(row, TransitionNote, cell(step.note));
        }
    }
    m_transitions->resizeRowsToContents();
    m_transitionsLabel->setVisible(true);
    m_transitions->setVisible(true);
    loadChanges(Core::RecordHistoryService::tableOf(item.kind), item.id);
}

void HistoryPanel::showRecord(const QString &table, qint64 id)
{
    m_transitions->setRowCount(0);
    m_transitionsLabel->setVisible(false);
    m_transitions->setVisible(false);
    m_error->setVisible(false);
    loadChanges(table, id);
}

void HistoryPanel::loadChanges(const QString &table, qint64 id)
{
    m_changes->setRowCount(0);
    const auto entries =
        Core::RecordHistoryService(m_services.database().connection()).entries(table, id);
    if (!entries) {
        m_error->setText(entries.error().message);
        m_error->setVisible(true);
        return;
    }
    m_changes->setRowCount(int(entries->size()));
    for (int row = 0; row < entries->size(); ++row) {
        const Core::AuditEntry &entry = entries->at(row);
        m_changes->setItem(row, ChangeWhen, cell(AuditChangeText::when(entry.at)));
        m_changes->setItem(row, ChangeWho,
                           cell(entry.profile.isEmpty() ? Tr::tr("(no profile)") : entry.profile));
        m_changes->setItem(row, ChangeAction, cell(AuditChangeText::actionName(entry.action)));
        m_changes->setItem(row, ChangeValues,
                           cell(AuditChangeText::lines(entry).join(QLatin1Char('\n'))));
    }
    m_changes->resizeRowsToContents();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_transitionsLabel->setText(Tr::tr("&Status changes"));
    m_changesLabel->setText(Tr::tr("&Changes to the record"));
    m_transitions->setHorizontalHeaderLabels(
        {Tr::tr("When"), Tr::tr("Who"), Tr::tr("Status"), Tr::tr("Note")});
    m_changes->setHorizontalHeaderLabels(
        {Tr::tr("When"), Tr::tr("Who"), Tr::tr("What"), Tr::tr("Old → new values")});
    m_transitions->setAccessibleName(Tr::tr("Status changes"));
    m_transitions->setAccessibleDescription(
        Tr::tr("Each move of the application, with who made it, when and the note."));
    m_changes->setAccessibleName(Tr::tr("Changes to the record"));
    m_changes->setAccessibleDescription(
        Tr::tr("Each entry of the audit trail about this record, with the old and new values."));
}

} // namespace FundDesk::Ui
