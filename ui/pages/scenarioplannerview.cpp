#include "ui/pages/scenarioplannerview.h"

#include "core/domain/moneyformat.h"
#include "core/reports/scenariocomparisontable.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "core/services/scenariostore.h"
#include "ui/models/reporttablemodel.h"
#include "ui/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

// The spin boxes hold whole US dollars: the planner is about orders of magnitude.
constexpr int kMaxDollars = 2'000'000'000;

Core::Money fromDollars(const QSpinBox *box)
{
    return Core::Money::usd(qint64(box->value()) * 100);
}

int toDollars(const Core::Money &money)
{
    return int(std::clamp<qint64>(money.minor() / 100, 0, kMaxDollars));
}

} // namespace

ScenarioPlannerView::ScenarioPlannerView(Core::FundServices &services, QWidget *parent)
    : QWidget(parent), m_services(services), m_preset(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_staffCharged(new QCheckBox(this)),
      m_sessions(new QSpinBox(this)), m_delegates(new QSpinBox(this)), m_result(new QLabel(this)),
      m_error(new QLabel(this)),
      //: button of the scenario planner
      m_save(new QPushButton(Tr::tr("Sa&ve scenario"), this)),
      //: button of the scenario planner: deletes the saved scenario chosen in "Start from"
      m_delete(new QPushButton(Tr::tr("Dele&te scenario…"), this)),
      m_model(new ReportTableModel(this)),
      m_comparison(new QTableView(this))
{
    m_funding = dollars(Tr::tr("Annual funding in US dollars"));
    m_staffCost = dollars(Tr::tr("Staff costs a year in US dollars"));
    m_perDelegate = dollars(Tr::tr("Cost per delegate in US dollars"));
    m_perActivity = dollars(Tr::tr("Average activity cost in US dollars"));
    m_funding->setObjectName(QStringLiteral("annualFunding"));
    m_staffCost->setObjectName(QStringLiteral("staffCost"));
    m_perDelegate->setObjectName(QStringLiteral("costPerDelegate"));
    m_perActivity->setObjectName(QStringLiteral("averageActivityCost"));
    m_sessions->setRange(0, 12);
    m_delegates->setRange(0, 1000);
    m_staffCharged->setText(Tr::tr("Staff posts (P and GS) charged to &contributions (¶15)"));
    // A check box cannot wrap: never narrower than its text (the form widens instead).
    m_staffCharged->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
    m_preset->setAccessibleName(Tr::tr("Start from a scenario"));
    m_name->setAccessibleName(Tr::tr("Scenario name"));
    m_sessions->setAccessibleName(Tr::tr("Sessions a year"));
    m_delegates->setAccessibleName(Tr::tr("Delegates per session"));
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("scenarioResult"));
    m_result->setAccessibleName(Tr::tr("What the scenario carries"));
    m_error->setObjectName(QStringLiteral("scenarioError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_error->hide();
    m_delete->setObjectName(QStringLiteral("deleteScenarioButton"));
    m_delete->setAccessibleName(Tr::tr("Delete the saved scenario chosen in Start from"));
    m_delete->setToolTip(Tr::tr("Deletes the scenario chosen in “Start from”. The two ¶20 "
                                "scenarios are built in and cannot be deleted."));
    m_comparison->setModel(m_model);
    m_comparison->setAccessibleName(Tr::tr("Scenarios side by side"));
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_comparison->verticalHeader()->hide();

    auto *form = new QFormLayout;
    // A label too long for its column goes above its field, on one line: a wrapped label's row
    // does not grow with its lines (the Arabic "Staff costs a year" was cut).
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto row = [&](const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, field);
    };
    row(Tr::tr("&Start from:"), m_preset);
    row(Tr::tr("&Name:"), m_name);
    row(Tr::tr("Annual &funding (USD):"), m_funding);
    // The whole form width: the check box cannot wrap, and its text runs long.
    form->addRow(m_staffCharged);
    row(Tr::tr("Staff costs a &year (USD):"), m_staffCost);
    row(Tr::tr("S&essions a year:"), m_sessions);
    row(Tr::tr("&Delegates per session:"), m_delegates);
    row(Tr::tr("Cost per de&legate (USD):"), m_perDelegate);
    row(Tr::tr("Average &activity cost (USD):"), m_perActivity);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    auto *inputsColumn = new QVBoxLayout;
    inputsColumn->addLayout(form);
    inputsColumn->addWidget(m_result);
    inputsColumn->addWidget(m_error);
    inputsColumn->addLayout(buttons);
    inputsColumn->addStretch();
    auto *compareLabel = new QLabel(Tr::tr("Scenarios side by side (¶20 and saved):"), this);
    compareLabel->setWordWrap(true);
    auto *compareColumn = new QVBoxLayout;
    compareColumn->addWidget(compareLabel);
    compareColumn->addWidget(m_comparison, 1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(inputsColumn, 2);
    layout->addLayout(compareColumn, 3);

    // Keyboard order is the order on screen (the dollar boxes were created last).
    const QList<QWidget *> order{m_preset,    m_name,      m_funding,     m_staffCharged,
                                 m_staffCost, m_sessions,  m_delegates,   m_perDelegate,
                                 m_perActivity, m_delete,  m_save,        m_comparison};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    for (QSpinBox *box : {m_funding, m_staffCost, m_sessions, m_delegates, m_perDelegate,
                          m_perActivity}) {
        connect(box, &QSpinBox::valueChanged, this, &ScenarioPlannerView::recalculate);
    }
    connect(m_staffCharged, &QCheckBox::toggled, this, &ScenarioPlannerView::recalculate);
    connect(m_preset, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_presets.size()) {
            setInputs(m_presets.at(index));
        }
    });
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            &ScenarioPlannerView::updateDeleteButton);
    connect(m_save, &QPushButton::clicked, this, &ScenarioPlannerView::save);
    connect(m_delete, &QPushButton::clicked, this, &ScenarioPlannerView::deleteChosen);
    reload();
    if (!m_presets.isEmpty()) {
        setInputs(m_presets.first());
    }
}

QSpinBox *ScenarioPlannerView::dollars(const QString &accessibleName)
{
    auto *box = new QSpinBox(this);
    box->setRange(0, kMaxDollars);
    box->setGroupSeparatorShown(true);
    box->setSingleStep(10'000);
    box->setAccessibleName(accessibleName);
    return box;
}

void ScenarioPlannerView::reload()
{
    const auto settings = m_services.settings().load();
    Core::Money staff = Core::Money::usd(0);
    bool charged = true;
    if (settings) {
        const auto sum =
            settings->professionalPostAnnualCost.add(settings->generalServicePostAnnualCost);
        staff = sum ? *sum : staff;
        charged = settings->staffCharging == Core::StaffCostCharging::Contributions;
    }
    m_presets = Core::ScenarioPlanner::paragraph20(charged, staff);
    m_builtIn = m_presets.size();
    const auto saved = Core::ScenarioStore(m_services.database().connection()).load();
    if (saved) {
        m_presets += *saved;
    }
    m_preset->clear();
    for (const Core::ScenarioInputs &preset : m_presets) {
        m_preset->addItem(preset.name);
    }
    m_model->setTable(Core::ScenarioComparisonTable::build(m_presets), locale());
    updateDeleteButton();
}

bool ScenarioPlannerView::isSavedScenario(int presetIndex) const
{
    return presetIndex >= m_builtIn && presetIndex < m_presets.size();
}

void ScenarioPlannerView::updateDeleteButton()
{
    m_delete->setEnabled(isSavedScenario(m_preset->currentIndex()));
}

bool ScenarioPlannerView::deleteChosen()
{
    const int index = m_preset->currentIndex();
    if (!isSavedScenario(index)) {
        m_error->setText(Tr::tr("The ¶20 scenarios are built in and cannot be deleted. Choose a "
                                "scenario you saved in “Start from”."));
        m_error->show();
        m_preset->setFocus();
        return false;
    }
    const QString name = m_presets.at(index).name;
    //: %1 is the name of a saved scenario
    const auto answer = QMessageBox::question(
        this, Tr::tr("Delete Scenario"),
        Tr::tr("Delete the saved scenario “%1”? This cannot be undone.").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return false;
    }
    const auto removed = Core::ScenarioStore(m_services.database().connection()).remove(name);
    if (!removed) {
        m_error->setText(removed.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    reload();
    m_preset->setCurrentIndex(0);
    setInputs(m_presets.first());
    m_preset->setFocus(); // the button just pressed is disabled now
    return true;
}

void ScenarioPlannerView::setInputs(const Core::ScenarioInputs &inputs)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_funding), QSignalBlocker(m_staffCost),
                                       QSignalBlocker(m_sessions), QSignalBlocker(m_delegates),
                                       QSignalBlocker(m_perDelegate),
                                       QSignalBlocker(m_perActivity),
                                       QSignalBlocker(m_staffCharged)};
    m_name->setText(inputs.name);
    m_funding->setValue(toDollars(inputs.annualFunding));
    m_staffCharged->setChecked(inputs.staffChargedToContributions);
    m_staffCost->setValue(toDollars(inputs.staffCostPerYear));
    m_sessions->setValue(inputs.sessionsPerYear);
    m_delegates->setValue(inputs.delegatesPerSession);
    m_perDelegate->setValue(toDollars(inputs.costPerDelegate));
    m_perActivity->setValue(toDollars(inputs.averageActivityCost));
    recalculate();
}

Core::ScenarioInputs ScenarioPlannerView::inputs() const
{
    Core::ScenarioInputs inputs;
    inputs.name = m_name->text().trimmed();
    inputs.annualFunding = fromDollars(m_funding);
    inputs.staffChargedToContributions = m_staffCharged->isChecked();
    inputs.staffCostPerYear = fromDollars(m_staffCost);
    inputs.sessionsPerYear = m_sessions->value();
    inputs.delegatesPerSession = m_delegates->value();
    inputs.costPerDelegate = fromDollars(m_perDelegate);
    inputs.averageActivityCost = fromDollars(m_perActivity);
    return inputs;
}

void ScenarioPlannerView::recalculate()
{
    m_staffCost->setEnabled(m_staffCharged->isChecked());
    m_outcome = Core::ScenarioPlanner::plan(inputs());
    const QLocale here = locale();
    // Each count is its own plural phrase, so every language gets its forms (Arabic has six).
    //: part of the planner's result: delegate seats a year
    const QString seats = Tr::tr("%Ln delegate seat(s)", "", m_outcome.seats);
    //: part of the planner's result: activities a year
    const QString activities = Tr::tr("%Ln activity(ies)", "", m_outcome.activities);
    //: part of the planner's result: months of operation the funding covers
    const QString months = Tr::tr("%Ln month(s)", "", m_outcome.monthsCovered);
    //: result of the scenario planner; %1 the delegate seats ("20 delegate seats"), %2 the
    //: activities ("2 activities"), %3 the months ("14 months"), %4 an amount left over
    m_result->setText(Tr::tr("Carries %1 and %2 a year; the funding covers %3 at this rate; "
                             "%4 left unallocated.")
                          .arg(seats, activities, months,
                               Core::MoneyFormat::format(m_outcome.unallocated, here)));
}

bool ScenarioPlannerView::save()
{
    const auto saved = Core::ScenarioStore(m_services.database().connection()).save(inputs());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        if (saved.error().field == QLatin1String("name")) {
            m_name->setFocus();
        }
        return false;
    }
    m_error->hide();
    const QString name = inputs().name;
    reload();
    m_preset->setCurrentIndex(m_preset->findText(name));
    return true;
}

} // namespace FundDesk::Ui
