#include "ui/pages/dashboardpage.h"

#include "core/reports/dashboardcatalog.h"
#include "core/reports/spendingbyregionreport.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "ui/charts/chartpanel.h"
#include "ui/dialogs/spendingrecordsdialog.h"
#include "ui/logging.h"
#include "ui/models/reporttablemodel.h"
#include "ui/pages/keyfiguretiles.h"
#include "ui/pages/scenarioplannerview.h"
#include "ui/uitr.h"

#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace FundDesk::Ui {

namespace {

// Which charts each tab shows, and how each is drawn.
struct ChartPlacement
{
    const char *name;
    ChartKind kind;
};

const ChartPlacement kFundSize[] = {{"fund-size-by-month", ChartKind::Lines},
                                    {"fund-size-by-year", ChartKind::Lines}};
const ChartPlacement kSpending[] = {{"spending-by-region", ChartKind::Bars},
                                    {"spending-by-group", ChartKind::Bars}};
const ChartPlacement kContributions[] = {{"contributions-by-donor-kind", ChartKind::Bars},
                                         {"contributions-by-donor", ChartKind::StackedBars}};
const ChartPlacement kDelegates[] = {{"women-by-meeting", ChartKind::Bars},
                                     {"priority-delegates", ChartKind::Bars}};
const ChartPlacement kApplications[] = {{"applications-by-status", ChartKind::StackedBars},
                                        {"funding-by-focus-area", ChartKind::Bars}};

} // namespace

DashboardPage::DashboardPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_yearLabel(new QLabel(this)),
      m_year(new QSpinBox(this)), m_error(new QLabel(this)), m_tiles(new KeyFigureTiles(this)),
      m_tabs(new QTabWidget(this)), m_buysLabel(new QLabel(this)),
      m_buysModel(new ReportTableModel(this)), m_buysView(new QTableView(this)),
      m_planner(new ScenarioPlannerView(services, this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_year->setRange(2000, 2200);
    m_year->setValue(QDate::currentDate().year());
    m_yearLabel->setBuddy(m_year);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_error->hide();
    m_buysLabel->setWordWrap(true);
    // Narrow window: the columns start at the width of their contents (nothing cut, the
    // table scrolls sideways) and the user may resize them; the cells do not wrap.
    m_buysView->setObjectName(QStringLiteral("whatMoneyBuysTable"));
    m_buysView->setModel(m_buysModel);
    m_buysView->verticalHeader()->hide();
    m_buysView->setTabKeyNavigation(false); // Tab moves on; the arrows move in the table
    m_buysView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_buysView->horizontalHeader()->setStretchLastSection(false);
    m_buysView->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_buysView->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_buysView->setWordWrap(false);
    m_buysView->setTextElideMode(Qt::ElideNone);

    auto *yearRow = new QHBoxLayout;
    yearRow->addWidget(m_yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch();

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_tiles);
    overviewLayout->addWidget(m_buysLabel);
    overviewLayout->addWidget(m_buysView, 1);

    m_tabTables.append({QStringLiteral("key-figures"), QStringLiteral("what-money-buys")});
    const auto panels = [this](const auto &placements) {
        QList<ChartPanel *> list;
        QStringList names;
        for (const ChartPlacement &placement : placements) {
            names.append(QString::fromLatin1(placement.name));
            list.append(addChart(names.constLast(), int(placement.kind)));
        }
        m_tabTables.append(names);
        return chartsTab(list);
    };
    m_tabs->addTab(overview, QString());
    m_tabs->addTab(panels(kFundSize), QString());
    m_tabs->addTab(panels(kSpending), QString());
    m_tabs->addTab(panels(kContributions), QString());
    m_tabs->addTab(panels(kDelegates), QString());
    m_tabs->addTab(panels(kApplications), QString());
    m_tabs->addTab(m_planner, QString());
    m_tabTables.append(QStringList()); // the planner reads the settings, not a table

    for (const char *name : {"spending-by-region", "spending-by-group"}) {
        const QString chartName = QString::fromLatin1(name);
        connect(m_charts.value(chartName), &ChartPanel::barClicked, this,
                [this, chartName](int row) { showSpendingRecords(chartName, row); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(yearRow);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &DashboardPage::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, &DashboardPage::refreshShownTab);
    retranslateUi();
    reload();
}

ChartPanel *DashboardPage::addChart(const QString &name, int kind)
{
    auto *panel = new ChartPanel(static_cast<ChartKind>(kind), this);
    panel->setObjectName(name);
    m_charts.insert(name, panel);
    return panel;
}

QWidget *DashboardPage::chartsTab(const QList<ChartPanel *> &panels)
{
    // A scrollable column: charts keep a readable height however small the window.
    auto *inner = new QWidget;
    auto *layout = new QVBoxLayout(inner);
    for (ChartPanel *panel : panels) {
        layout->addWidget(panel);
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(inner);
    return scroll;
}

Core::ReportInput DashboardPage::input() const
{
    Core::ReportInput input;
    input.db = m_services.database().connection();
    input.reference = &m_services.reference();
    input.year = m_year->value();
    input.language = Core::languageForLocale(locale());
    return input;
}

void DashboardPage::reload()
{
    m_stale.clear();
    for (const QStringList &names : std::as_const(m_tabTables)) {
        for (const QString &name : names) {
            m_stale.insert(name);
        }
    }
    m_plannerStale = true;
    m_errors.clear();
    refreshShownTab();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshShownTab();
}

void DashboardPage::refreshShownTab()
{
    if (!isVisible()) {
        return; // showEvent() comes back here
    }
    const int tab = m_tabs->currentIndex();
    if (m_tabs->widget(tab) == m_planner) {
        if (std::exchange(m_plannerStale, false)) {
            m_planner->reload();
        }
        return;
    }
    build(m_tabTables.value(tab));
}

void DashboardPage::build(const QStringList &names)
{
    QStringList wanted;
    for (const QString &name : names) {
        if (m_stale.contains(name)) {
            wanted.append(name);
        }
    }
    if (wanted.isEmpty()) {
        return;
    }
    Core::ReportInput in = input();
    in.memo = std::make_shared<Core::ReportMemo>(); // the Overview's two tables share the balance
    for (const Core::DashboardChart &chart : Core::DashboardCatalog::charts()) {
        if (!wanted.contains(chart.name)) {
            continue;
        }
        m_stale.remove(chart.name);
        const auto table = chart.build(in);
        if (!table) {
            m_errors.insert(chart.name, table.error().message);
            qCWarning(lcUi) << "dashboard table" << chart.name << table.error().detail;
            continue;
        }
        m_errors.remove(chart.name);
        if (chart.name == QLatin1String("key-figures")) {
            m_tiles->setTable(*table);
        } else if (chart.name == QLatin1String("what-money-buys")) {
            m_buysModel->setTable(*table, locale());
            m_buysView->resizeColumnsToContents();
            m_buysView->resizeRowsToContents();
        } else if (ChartPanel *panel = m_charts.value(chart.name)) {
            panel->setTable(*table);
        }
    }
    showErrors();
}

void DashboardPage::showErrors()
{
    QStringList errors = m_errors.values();
    errors.removeDuplicates();
    errors.sort();
    m_error->setText(errors.join(u'\n'));
    m_error->setVisible(!errors.isEmpty());
}

void DashboardPage::showSpendingRecords(const QString &chartName, int row)
{
    build({chartName}); // called directly (not from a click), the chart may not be built yet
    ChartPanel *panel = m_charts.value(chartName);
    if (!panel || row < 0 || row >= panel->table().rows.size()) {
        return;
    }
    const QString key = panel->table().rows.at(row).value(0).toString();
    const auto grouping = chartName == QLatin1String("spending-by-group")
                              ? Core::SpendingByRegionReport::Grouping::RegionalGroup
                              : Core::SpendingByRegionReport::Grouping::Region;
    const auto records = Core::SpendingByRegionReport::records(input(), grouping, key);
    if (!records) {
        m_error->setText(records.error().message);
        m_error->show();
        return;
    }
    delete m_recordsDialog;
    m_recordsDialog = new SpendingRecordsDialog(*records, this);
    m_recordsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_recordsDialog->open();
}

SpendingRecordsDialog *DashboardPage::recordsDialog() const
{
    return m_recordsDialog;
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    QWidget::changeEvent(event);
}

void DashboardPage::retranslateUi()
{
    m_yearLabel->setText(Tr::tr("&Year:"));
    m_year->setAccessibleName(Tr::tr("Year of the dashboard"));
    //: tab of the dashboard
    m_tabs->setTabText(0, Tr::tr("&Overview"));
    m_tabs->setTabText(1, Tr::tr("Fund &size"));
    m_tabs->setTabText(2, Tr::tr("S&pending"));
    m_tabs->setTabText(3, Tr::tr("&Contributions"));
    m_tabs->setTabText(4, Tr::tr("&Delegates"));
    m_tabs->setTabText(5, Tr::tr("&Applications"));
    m_tabs->setTabText(6, Tr::tr("Scenario p&lanner"));
    m_tabs->setAccessibleName(Tr::tr("Dashboard views"));
    m_buysLabel->setText(Tr::tr("What the money buys, beside the two illustrative scales of ¶20 "
                                "(small: USD 2 million, 10 delegates twice a year, 1–3 "
                                "activities; medium: USD 5 million, 20 delegates twice a year, "
                                "up to 10 activities):"));
    m_buysView->setAccessibleName(Tr::tr("What the money buys"));
}

} // namespace FundDesk::Ui
