#include "ui/pages/disbursementspage.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/disbursementdialog.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/perioddialog.h"
#include "ui/logging.h"
#include "ui/models/disbursementfilterproxymodel.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"
#include "ui/widgets/historydialog.h"
#include "ui/widgets/historypanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &name, QLabel **label)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    *label = new QLabel(parent);
    (*label)->setBuddy(combo);
    return combo;
}

} // namespace

DisbursementsPage::DisbursementsPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new DisbursementTableModel(services, this)),
      m_filterProxy(new DisbursementFilterProxyModel(m_model, this))
{
    setObjectName(QStringLiteral("disbursementsPage"));
    m_table = new TablePanel(m_filterProxy, this);
    m_table->view()->setObjectName(QStringLiteral("disbursementTable"));
    m_table->filterEdit()->setObjectName(QStringLiteral("disbursementFilterEdit"));
    m_table->totalsLabel()->setObjectName(QStringLiteral("disbursementTotalsLabel"));
    m_table->addButton()->setObjectName(QStringLiteral("recordPaymentButton"));
    // A payment is never edited or deleted: a mistake is put right with a refund.
    m_table->editButton()->hide();
    m_table->deleteButton()->hide();
    m_refund = new QPushButton(this);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    m_history = new QPushButton(this);
    m_history->setObjectName(QStringLiteral("disbursementHistoryButton"));
    m_table->addExtraButton(m_history);
    m_table->addExtraButton(m_refund);
    m_table->view()->sortByColumn(DisbursementTableModel::Date, Qt::DescendingOrder);

    m_totals = new QTableWidget(this);
    m_totals->setObjectName(QStringLiteral("disbursementTotalsTable"));
    m_totals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_totals->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_totals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totals->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_totalsHeading = new QLabel(this);
    m_totalsHeading->setBuddy(m_totals);
    QFont bold = m_totalsHeading->font();
    bold.setBold(true);
    m_totalsHeading->setFont(bold);
    LeadingAlignment::keep(m_totalsHeading);

    auto *totalsBox = new QWidget(this);
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totalsHeading);
    totalsLayout->addWidget(m_totals, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("disbursementsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(totalsBox);
    // The payments take the room; the totals keep every region's row in view (fitTotalsHeight)
    // and neither pane can be dragged away to nothing.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilterBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(buildPeriodBar());

    connect(m_table, &TablePanel::addRequested, this, &DisbursementsPage::recordPayment);
    connect(m_table, &TablePanel::editRequested, this, &DisbursementsPage::showHistory);
    connect(m_table, &TablePanel::rowsShownChanged, this, &DisbursementsPage::updateTotals);
    connect(m_refund, &QPushButton::clicked, this, &DisbursementsPage::recordRefund);
    connect(m_history, &QPushButton::clicked, this, &DisbursementsPage::showHistory);
    // History… follows the current row, not only the rows shown.
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_history->setEnabled(m_table->currentId() > 0); });
    connect(m_closeYear, &QPushButton::clicked, this, &DisbursementsPage::closeYear);
    connect(m_reopenYear, &QPushButton::clicked, this, &DisbursementsPage::reopenYear);
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_table, &TablePanel::focusFilter);
    auto *refund = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    refund->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refund, &QShortcut::activated, this, &DisbursementsPage::recordRefund);

    retranslateUi();
    reload();
}

QWidget *DisbursementsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    m_year = filterCombo(bar, QStringLiteral("yearFilterCombo"), &m_yearLabel);
    m_region = filterCombo(bar, QStringLiteral("regionFilterCombo"), &m_regionLabel);
    m_kind = filterCombo(bar, QStringLiteral("kindFilterCombo"), &m_kindLabel);
    m_flow = filterCombo(bar, QStringLiteral("flowFilterCombo"), &m_flowLabel);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (auto [label, combo] : {std::pair{m_yearLabel, m_year}, std::pair{m_regionLabel, m_region},
                                std::pair{m_kindLabel, m_kind}, std::pair{m_flowLabel, m_flow}}) {
        layout->addWidget(label);
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &DisbursementsPage::applyFilter);
    }
    layout->addStretch(1);
    return bar;
}

QWidget *DisbursementsPage::buildPeriodBar()
{
    auto *bar = new QWidget(this);
    m_closedYears = new QLabel(bar);
    m_closedYears->setObjectName(QStringLiteral("closedYearsLabel"));
    m_closedYears->setWordWrap(true);
    LeadingAlignment::keep(m_closedYears);
    m_closeYear = new QPushButton(bar);
    m_closeYear->setObjectName(QStringLiteral("closeYearButton"));
    m_reopenYear = new QPushButton(bar);
    m_reopenYear->setObjectName(QStringLiteral("reopenYearButton"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_closedYears, 1);
    layout->addWidget(m_closeYear);
    layout->addWidget(m_reopenYear);
    return bar;
}

void DisbursementsPage::fillFilterCombos()
{
    const auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const auto &[text, value] : items) {
            combo->addItem(text, value);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    QList<std::pair<QString, QVariant>> years{{Tr::tr("All years"), QVariant()}};
    for (const int year : m_model->years()) {
        years.append({QString::number(year), year});
    }
    refill(m_year, years);
    QList<std::pair<QString, QVariant>> regions{{Tr::tr("All regions"), QVariant()}};
    for (const Core::Region region : Core::allRegions()) {
        regions.append({Core::regionDisplayName(region), int(region)});
    }
    refill(m_region, regions);
    refill(m_kind, {{Tr::tr("Sponsorships and activities"), QVariant()},
                    {Tr::tr("Sponsorships"), int(Core::WorkflowItemKind::Sponsorship)},
                    {Tr::tr("Activities"), int(Core::WorkflowItemKind::Activity)}});
    refill(m_flow, {{Tr::tr("Payments and refunds"), int(DisbursementFilter::Flow::All)},
                    {Tr::tr("Payments only"), int(DisbursementFilter::Flow::Payments)},
                    {Tr::tr("Refunds only"), int(DisbursementFilter::Flow::Refunds)}});
}

void DisbursementsPage::applyFilter()
{
    DisbursementFilter filter;
    if (m_year->currentData().isValid()) {
        filter.year = m_year->currentData().toInt();
    }
    if (m_region->currentData().isValid()) {
        filter.region = Core::Region(m_region->currentData().toInt());
    }
    if (m_kind->currentData().isValid()) {
        filter.kind = Core::WorkflowItemKind(m_kind->currentData().toInt());
    }
    filter.flow = DisbursementFilter::Flow(m_flow->currentData().toInt());
    m_filterProxy->setFilter(filter);
    updateTotals();
}

void DisbursementsPage::reload()
{
    const qint64 id = m_table->currentId();
    m_table->proxy()->setCollationLocale(QLocale());
    if (auto loaded = m_model->reload(); !loaded) {
        qCWarning(lcUi) << "disbursements not loaded:" << loaded.error().detail;
        QMessageBox::warning(this, Tr::tr("Disbursements"), loaded.error().message);
    }
    fillFilterCombos();
    applyFilter();
    m_table->selectId(id);
    updateClosedYears();
}

// Net USD of the rows shown, by region (rows) and year (columns), with totals.
void DisbursementsPage::updateTotals()
{
    QMap<int, QMap<int, qint64>> byRegion; // region -> year -> cents
    QMap<int, qint64> byYear;
    qint64 total = 0;
    const QList<int> rows = m_table->visibleSourceRows();
    for (const int proxyRow : rows) {
        const int source = m_filterProxy->mapToSource(m_filterProxy->index(proxyRow, 0)).row();
        const DisbursementTableModel::Row &row = m_model->rowAt(source);
        byRegion[row.region][row.year] += row.usdMinor;
        byYear[row.year] += row.usdMinor;
        total += row.usdMinor;
    }
    const QLocale locale;
    const auto money = [&](qint64 cents) {
        auto *item = new QTableWidgetItem(Core::MoneyFormat::format(Core::Money::usd(cents), locale));
        item->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        return item;
    };
    const QList<int> years = byYear.keys();
    m_totals->clear();
    m_totals->setRowCount(int(byRegion.size()) + 1);
    m_totals->setColumnCount(int(years.size()) + 1);
    QStringList columns;
    for (const int year : years) {
        columns << QString::number(year);
    }
    columns << Tr::tr("Total");
    m_totals->setHorizontalHeaderLabels(columns);
    QStringList regionNames;
    int r = 0;
    for (auto it = byRegion.cbegin(); it != byRegion.cend(); ++it, ++r) {
        regionNames << Core::regionDisplayName(Core::Region(it.key()));
        qint64 regionTotal = 0;
        for (int c = 0; c < years.size(); ++c) {
            const qint64 cents = it->value(years.at(c));
            regionTotal += cents;
            m_totals->setItem(r, c, money(cents));
        }
        m_totals->setItem(r, int(years.size()), money(regionTotal));
    }
    regionNames << Tr::tr("All regions");
    for (int c = 0; c < years.size(); ++c) {
        m_totals->setItem(r, c, money(byYear.value(years.at(c))));
    }
    m_totals->setItem(r, int(years.size()), money(total));
    m_totals->setVerticalHeaderLabels(regionNames);
    fitTotalsHeight();
    //: Under the disbursements table: %1 is the net USD of the shown rows
    m_table->totalsLabel()->setText(
        Tr::tr("%n disbursement(s) shown · net %1", nullptr, int(rows.size()))
            .arg(Core::MoneyFormat::format(Core::Money::usd(total), locale)));
    m_refund->setEnabled(true);
    m_history->setEnabled(m_table->currentId() > 0);
}

// Tall enough for the header, every row (the regions and "All regions") and a scroll bar for
// many years, so the splitter never hides the total row.
void DisbursementsPage::fitTotalsHeight()
{
    QHeaderView *rows = m_totals->verticalHeader();
    int height = 2 * m_totals->frameWidth() + m_totals->horizontalHeader()->sizeHint().height() +
                 m_totals->horizontalScrollBar()->sizeHint().height();
    for (int row = 0; row < m_totals->rowCount(); ++row) {
        height += qMax(rows->sectionSize(row), rows->sectionSizeHint(row));
    }
    m_totals->setMinimumHeight(height);
    m_totals->setMaximumHeight(height); // no blank rows: the payments take the rest
}

void DisbursementsPage::updateClosedYears()
{
    const auto closed = m_services.workflow().periods().closedYears();
    QStringList years;
    if (closed) {
        for (const int year : *closed) {
            years << QString::number(year);
        }
    }
    m_closedYears->setText(years.isEmpty()
                               ? Tr::tr("Closed years: none")
                               //: %1 lists years, separated by commas
                               : Tr::tr("Closed years: %1").arg(years.join(Tr::tr(", "))));
    m_reopenYear->setEnabled(!years.isEmpty());
}

void DisbursementsPage::recordPayment()
{
    DisbursementDialog dialog(m_services, DisbursementDialog::Kind::Payment, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(dialog.storedId().value());
        emit fundChanged();
    }
}

void DisbursementsPage::recordRefund()
{
    DisbursementDialog dialog(m_services, DisbursementDialog::Kind::Refund, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_table->selectId(dialog.storedId().value());
        emit fundChanged();
    }
}

void DisbursementsPage::showHistory()
{
    const qint64 id = m_table->currentId();
    if (id <= 0) {
        return;
    }
    //: names a disbursement in the History window's title: %1 its number
    HistoryDialog dialog(m_services, Tr::tr("disbursement %1").arg(id), this);
    dialog.panel()->showRecord(QStringLiteral("disbursements"), id);
    dialog.exec();
}

void DisbursementsPage::closeYear()
{
    PeriodDialog dialog(m_services, PeriodDialog::Action::Close, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateClosedYears();
        emit fundChanged();
    }
}

void DisbursementsPage::reopenYear()
{
    PeriodDialog dialog(m_services, PeriodDialog::Action::Reopen, this);
    if (dialog.exec() == QDialog::Accepted) {
        updateClosedYears();
        emit fundChanged();
    }
}

void DisbursementsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void DisbursementsPage::retranslateUi()
{
    m_table->setTitle(Tr::tr("Disbursements"));
    m_table->addButton()->setText(Tr::tr("Record &payment…"));
    m_table->addButton()->setAccessibleName(Tr::tr("Record payment"));
    m_table->addButton()->setAccessibleDescription(
        Tr::tr("Record a payment against an approved or active sponsorship or activity."));
    m_refund->setText(Tr::tr("Re&fund…"));
    m_refund->setAccessibleName(Tr::tr("Refund"));
    m_refund->setAccessibleDescription(Tr::tr("Record money paid back, with its reason."));
    m_history->setText(Tr::tr("Hi&story…"));
    m_history->setAccessibleName(Tr::tr("History"));
    m_yearLabel->setText(Tr::tr("&Year:"));
    m_regionLabel->setText(Tr::tr("Re&gion:"));
    m_kindLabel->setText(Tr::tr("&Item:"));
    m_flowLabel->setText(Tr::tr("Paymen&ts:"));
    m_year->setAccessibleName(Tr::tr("Year"));
    m_region->setAccessibleName(Tr::tr("Region"));
    m_kind->setAccessibleName(Tr::tr("Kind of item"));
    m_flow->setAccessibleName(Tr::tr("Payments or refunds"));
    m_totalsHeading->setText(Tr::tr("&Net USD by region and year (rows shown)"));
    m_totals->setAccessibleName(Tr::tr("Net USD by region and year"));
    m_closeYear->setText(Tr::tr("&Close year…"));
    m_closeYear->setAccessibleName(Tr::tr("Close year"));
    m_reopenYear->setText(Tr::tr("Re&open year…"));
    m_reopenYear->setAccessibleName(Tr::tr("Reopen year"));
}

} // namespace FundDesk::Ui
