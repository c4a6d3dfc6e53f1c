#include "ui/pages/contributionspanel.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/contributiondialog.h"
#include "ui/dialogs/contributionhistorydialog.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/displaytext.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"
#include "ui/pages/tablerowsreader.h"
#include "ui/uitr.h"
#include "ui/widgets/plainmessage.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ContributionsPanel::ContributionsPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new ContributionTableModel(services, this)),
      m_reader(new BackgroundReader(services, this)),
      m_history(new QPushButton(this))
{
    setObjectName(QStringLiteral("contributionsPanel"));
    m_table = new TablePanel(m_model, this);
    m_table->watch(m_reader);
    m_table->filterEdit()->setObjectName(QStringLiteral("contributionFilterEdit"));
    m_table->view()->setObjectName(QStringLiteral("contributionTable"));
    m_table->totalsLabel()->setObjectName(QStringLiteral("contributionTotalsLabel"));
    m_table->addButton()->setObjectName(QStringLiteral("addContributionButton"));
    m_table->editButton()->setObjectName(QStringLiteral("editContributionButton"));
    m_table->deleteButton()->setObjectName(QStringLiteral("deleteContributionButton"));
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_table->addExtraButton(m_history);
    // Newest first: the manager mostly works on this year's money.
    m_table->view()->sortByColumn(ContributionTableModel::Date, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);

    connect(m_table, &TablePanel::addRequested, this, &ContributionsPanel::addContribution);
    connect(m_table, &TablePanel::editRequested, this, &ContributionsPanel::editContribution);
    connect(m_table, &TablePanel::deleteRequested, this, &ContributionsPanel::deleteContribution);
    connect(m_table, &TablePanel::rowsShownChanged, this, &ContributionsPanel::updateTotals);
    connect(m_table, &TablePanel::rowsShownChanged, this, &ContributionsPanel::updateHistoryButton);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ContributionsPanel::updateHistoryButton);
    connect(m_history, &QPushButton::clicked, this, &ContributionsPanel::showHistory);
    connect(m_table, &TablePanel::reloadRequested, this, &ContributionsPanel::reload);
    retranslateUi();
    updateHistoryButton();
}

void ContributionsPanel::reload()
{
    // While rows are being read, the row to select is the one that read was to select (a
    // stored record's, after Add), not the current row of the rows being replaced.
    reloadSelecting(m_reader->isReading() ? m_selectAfterLoad : m_table->currentId());
}

void ContributionsPanel::reloadSelecting(qint64 id)
{
    m_selectAfterLoad = id;
    readTableRows(*m_reader, *m_table, *m_model, Tr::tr("Contributions"), [this, id] {
        m_table->selectId(id);
        updateTotals();
    });
}

void ContributionsPanel::updateTotals()
{
    // Integer sums: 50 000 rows at scale 100. USD sums of a fund's books cannot overflow
    // 64 bits; if one ever did, that total stays put.
    qint64 received = 0;
    qint64 pledged = 0;
    const QList<int> rows = m_table->visibleSourceRows();
    for (int row : rows) {
        qint64 &total =
            m_model->typeAt(row) == Core::ContributionType::Receipt ? received : pledged;
        qint64 sum = 0;
        if (!qAddOverflow(total, m_model->usdMinorAt(row), &sum)) {
            total = sum;
        }
    }
    const QLocale locale;
    //: Totals under the contributions table; %1 and %2 are amounts such as USD 1,000.00
    m_table->totalsLabel()->setText(
        Tr::tr("%n contribution(s) shown · received %1 · pledged %2", nullptr, int(rows.size()))
            .arg(Core::MoneyFormat::format(Core::Money::usd(received), locale),
                 Core::MoneyFormat::format(Core::Money::usd(pledged), locale)));
}

void ContributionsPanel::updateHistoryButton()
{
    m_history->setEnabled(m_table->currentSourceRow() >= 0);
}

void ContributionsPanel::addContribution()
{
    ContributionDialog dialog(m_services, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

void ContributionsPanel::editContribution()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    // The table holds contributions without their schedules; the form needs it whole.
    const auto found = m_services.contributions().find(m_model->idAt(row));
    if (!found) {
        PlainMessage::warning(this, Tr::tr("Edit Contribution"), found.error().message);
        reload();
        return;
    }
    ContributionDialog dialog(m_services, this);
    dialog.setContribution(*found);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
        emit changed();
    }
}

QString ContributionsPanel::describeCurrent(int row) const
{
    const QLocale locale;
    const QString amount = Core::MoneyFormat::format(m_model->amountAt(row), locale);
    const QString date = DisplayText::date(m_model->dateAt(row), locale);
    const QString donor = m_model->donorNameAt(row);
    if (m_model->typeAt(row) == Core::ContributionType::Receipt) {
        //: %1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date
        return Tr::tr(
                   "Delete the receipt of %1 from %2 dated %3? Its last state is kept in "
                   "the contribution history.")
            .arg(amount, donor, date);
    }
    //: %1 is an amount such as EUR 1,000.00, %2 the donor, %3 a date
    return Tr::tr("Delete the pledge of %1 from %2 dated %3?").arg(amount, donor, date);
}

void ContributionsPanel::deleteContribution()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    const auto answer =
        PlainMessage::question(this, Tr::tr("Delete Contribution"), describeCurrent(row),
                               QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    const Core::ContributionId id = m_model->idAt(row);
    //: Reason kept in a contribution's history when it is deleted from the table
    const QString reason = Tr::tr("Deleted by the fund manager");
    if (auto removed = m_services.contributions().remove(id, reason); !removed) {
        PlainMessage::warning(this, Tr::tr("Delete Contribution"), removed.error().message);
        return;
    }
    reload();
    emit changed();
}

void ContributionsPanel::showHistory()
{
    const int row = m_table->currentSourceRow();
    if (row < 0) {
        return;
    }
    const auto history = m_services.contributions().history(m_model->idAt(row));
    if (!history) {
        PlainMessage::warning(this, Tr::tr("Contribution History"), history.error().message);
        return;
    }
    ContributionHistoryDialog dialog(*history, this);
    dialog.exec();
}

void ContributionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload(); // donor and country names change language
    }
    QWidget::changeEvent(event);
}

void ContributionsPanel::retranslateUi()
{
    //: Heading of the contributions table: pledges and receipts
    m_table->setTitle(Tr::tr("Contributions"));
    //: Button under the contributions table; Insert key when the table has focus
    m_table->addButton()->setText(Tr::tr("Add &Contribution…"));
    m_table->addButton()->setAccessibleName(Tr::tr("Add contribution"));
    m_table->addButton()->setToolTip(Tr::tr("Record a pledge or a receipt (Insert)"));
    //: Button under the contributions table; Enter or double-click when the table has focus
    m_table->editButton()->setText(Tr::tr("&Edit…"));
    m_table->editButton()->setAccessibleName(Tr::tr("Edit contribution"));
    m_table->editButton()->setToolTip(Tr::tr("Edit the selected contribution (Enter)"));
    //: Button under the contributions table; Delete key when the table has focus
    m_table->deleteButton()->setText(Tr::tr("&Delete"));
    m_table->deleteButton()->setAccessibleName(Tr::tr("Delete contribution"));
    m_table->deleteButton()->setToolTip(Tr::tr("Delete the selected contribution (Del)"));
    //: Button: show the earlier states of the selected contribution
    m_history->setText(Tr::tr("Hi&story…"));
    m_history->setAccessibleName(Tr::tr("Contribution history"));
    updateTotals();
}

} // namespace FundDesk::Ui
