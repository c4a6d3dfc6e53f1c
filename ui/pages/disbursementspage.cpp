#include "ui/pages/disbursementspage.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/disbursementdialog.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/dialogs/perioddialog.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/disbursementfilterproxymodel.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/pages/tablepanel.h"
#include "ui/pages/tablerowsreader.h"
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

#include <vector>

namespace FundDesk::Ui {

namespace {

// The totals table asks the splitter for its capped height (fitTotalsHeight), not for Qt's
// default of some 200 pixels: the payments get the rest of the page.
class DisbursementTotalsTable final : public QTableWidget
{
public:
    using QTableWidget::QTableWidget;
    void setPreferredHeight(int height)
    {
        m_preferredHeight = height;
        updateGeometry();
    }
    QSize sizeHint() const override
    {
        QSize hint = QTableWidget::sizeHint();
        if (m_preferredHeight > 0) {
            hint.setHeight(m_preferredHeight);
        }
        return hint;
    }

private:
    int m_preferredHeight = 0;
};

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
      m_reader(new BackgroundReader(services, this)),
      m_filterProxy(new DisbursementFilterProxyModel(m_model, this))
{
    setObjectName(QStringLiteral("disbursementsPage"));
    m_table = new TablePanel(m_filterProxy, this);
    m_table->watch(m_reader);
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

    m_totals = new DisbursementTotalsTable(this);
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

    QWidget *filterBar = buildFilterBar();
    auto *totalsBox = new QWidget(this);
    totalsBox->setObjectName(QStringLiteral("disbursementTotalsPane"));
    auto *totalsLayout = new QVBoxLayout(totalsBox);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->setSpacing(2); // the heading is the table's caption
    // The heading shares its line with closing years (totals are by year): one line less.
    totalsLayout->addWidget(buildPeriodBar());
    totalsLayout->addWidget(m_totals, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("disbursementsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(totalsBox);
    // The payments take all the room the window gains; the totals pane starts at a few rows
    // (fitTotalsHeight) and scrolls inside, and neither pane can be dragged away to nothing.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filterBar);
    layout->addWidget(splitter, 1);

    connect(m_table, &TablePanel::addRequested, this, &DisbursementsPage::recordPayment);
    connect(m_table, &TablePanel::editRequested, this, &DisbursementsPage::showHistory);
    connect(m_table, &TablePanel::rowsShownChanged, this, &DisbursementsPage::updateTotals);
    connect(m_table, &TablePanel::reloadRequested, this, &DisbursementsPage::reload);
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
    // One line beside the heading (a wrapped label would ask the splitter for three).
    LeadingAlignment::keep(m_closedYears);
    m_closeYear = new QPushButton(bar);
    m_closeYear->setObjectName(QStringLiteral("closeYearButton"));
    m_reopenYear = new QPushButton(bar);
    m_reopenYear->setObjectName(QStringLiteral("reopenYearButton"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_totalsHeading);
    layout->addSpacing(layout->spacing() * 3);
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
    reloadSelecting(m_table->currentId());
}

void DisbursementsPage::reloadSelecting(qint64 id)
{
    updateClosedYears();
    readTableRows(*m_reader, *m_table, *m_model, Tr::tr("Disbursements"), [this, id] {
        // The years come from the rows: the combo follows each read.
        fillFilterCombos();
        applyFilter();
        m_table->selectId(id);
    });
}

// Net USD of the rows shown, by region (rows) and year (columns), with totals.
void DisbursementsPage::updateTotals()
{
    // Summed into a flat grid (region × year of the model's span): 300 000 rows at scale 100,
    // a map lookup per row would cost the window tens of milliseconds per keystroke.
    const QList<int> modelYears = m_model->years();
    const int firstYear = modelYears.isEmpty() ? 0 : modelYears.constFirst();
    const int span = modelYears.isEmpty() ? 0 : modelYears.constLast() - firstYear + 1;
    std::vector<qint64> grid(std::size_t(256) * std::size_t(span), 0);
    std::vector<char> used(grid.size(), 0);
    qint64 total = 0;
    const QList<int> rows = m_table->visibleSourceRows();
    const QList<int> &sourceRows = m_filterProxy->shownSourceRows();
    for (const int proxyRow : rows) {
        const DisbursementTableModel::Row &row = m_model->rowAt(sourceRows.at(proxyRow));
        const std::size_t cell = std::size_t(row.region) * std::size_t(span) +
                                 std::size_t(row.year() - firstYear);
        grid[cell] += row.usdMinor;
        used[cell] = 1;
        total += row.usdMinor;
    }
    QMap<int, QMap<int, qint64>> byRegion; // region -> year -> cents
    QMap<int, qint64> byYear;
    for (std::size_t cell = 0; cell < grid.size(); ++cell) {
        if (used[cell]) {
            const int region = int(cell / std::size_t(span));
            const int year = firstYear + int(cell % std::size_t(span));
            byRegion[region][year] += grid[cell];
            byYear[year] += grid[cell];
        }
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

// The totals are a glance, the payments the work: the pane starts with the header and two
// rows (the rest scroll inside it), so at 1280×720 the payments keep a dozen rows; dragging
// the splitter shows more, up to every row (no blank rows below the last).
void DisbursementsPage::fitTotalsHeight()
{
    constexpr int kTotalsRowsShown = 2;
    QHeaderView *rows = m_totals->verticalHeader();
    // The horizontal scroll bar's room is kept: ten years of columns need it.
    int all = 2 * m_totals->frameWidth() + m_totals->horizontalHeader()->sizeHint().height() +
              m_totals->horizontalScrollBar()->sizeHint().height();
    int shown = all;
    for (int row = 0; row < m_totals->rowCount(); ++row) {
        const int height = qMax(rows->sectionSize(row), rows->sectionSizeHint(row));
        all += height;
        shown += row < kTotalsRowsShown ? height : 0;
    }
    m_totals->setMinimumHeight(shown);
    m_totals->setMaximumHeight(all);
    static_cast<DisbursementTotalsTable *>(m_totals)->setPreferredHeight(shown);
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
        reloadSelecting(dialog.storedId().value());
        emit fundChanged();
    }
}

void DisbursementsPage::recordRefund()
{
    DisbursementDialog dialog(m_services, DisbursementDialog::Kind::Refund, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadSelecting(dialog.storedId().value());
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
