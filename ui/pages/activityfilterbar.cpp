#include "ui/pages/activityfilterbar.h"

#include "ui/models/activitytext.h"
#include "ui/uitr.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

namespace FundDesk::Ui {

namespace {

// The data of every combo's "All" entry.
constexpr int kAll = -1;

QComboBox *filterCombo(const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->addItem(QString(), kAll);
    return combo;
}

template<typename T>
std::optional<T> chosen(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value == kAll ? std::nullopt : std::optional<T>(T(value));
}

} // namespace

ActivityFilterBar::ActivityFilterBar(QWidget *parent)
    : QWidget(parent),
      m_statusLabel(new QLabel(this)),
      m_status(filterCombo(QStringLiteral("statusFilterCombo"), this)),
      m_regionLabel(new QLabel(this)),
      m_region(filterCombo(QStringLiteral("regionFilterCombo"), this)),
      m_focusLabel(new QLabel(this)),
      m_focus(filterCombo(QStringLiteral("focusFilterCombo"), this)),
      m_yearLabel(new QLabel(this)),
      m_year(filterCombo(QStringLiteral("yearFilterCombo"), this))
{
    for (Core::ApplicationStatus status : Core::allApplicationStatuses()) {
        m_status->addItem(QString(), int(status));
    }
    for (Core::Region region : Core::allRegions()) {
        m_region->addItem(QString(), int(region));
    }
    for (Core::FocusArea area : Core::allFocusAreas()) {
        m_focus->addItem(QString(), int(area));
    }
    // The focus areas' wording is long: the combo shows the letter and the start, the list
    // shows them whole.
    m_focus->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_focus->setMinimumContentsLength(24);

    // Two rows of label + combo pairs: room for translations 40 % longer than English.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel *, QComboBox *>> pairs{
        {m_statusLabel, m_status}, {m_regionLabel, m_region},
        {m_focusLabel, m_focus},   {m_yearLabel, m_year}};
    for (int i = 0; i < pairs.size(); ++i) {
        const auto &[label, combo] = pairs.at(i);
        label->setBuddy(combo);
        layout->addWidget(label, i / 2, (i % 2) * 2);
        layout->addWidget(combo, i / 2, (i % 2) * 2 + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::filterChanged);
    }
    // The combos keep their natural width; the empty last column takes the slack.
    layout->setColumnStretch(4, 1);
    retranslateUi();
}

void ActivityFilterBar::setYears(const QList<int> &years)
{
    const int current = m_year->currentData().toInt();
    const QSignalBlocker blocker(m_year);
    while (m_year->count() > 1) {
        m_year->removeItem(1);
    }
    const QLocale locale;
    for (int year : years) {
        m_year->addItem(locale.toString(year).remove(locale.groupSeparator()), year);
    }
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0 && current != kAll) {
        emit filterChanged();
    }
}

Core::ActivityFilter ActivityFilterBar::filter() const
{
    Core::ActivityFilter filter;
    filter.status = chosen<Core::ApplicationStatus>(m_status);
    filter.region = chosen<Core::Region>(m_region);
    filter.focusArea = chosen<Core::FocusArea>(m_focus);
    const int year = m_year->currentData().toInt();
    filter.year = year == kAll ? std::nullopt : std::optional<int>(year);
    return filter;
}

void ActivityFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void ActivityFilterBar::retranslateUi()
{
    //: Filter above the activities table
    m_statusLabel->setText(Tr::tr("S&tatus:"));
    m_regionLabel->setText(Tr::tr("Re&gion:"));
    m_focusLabel->setText(Tr::tr("F&ocus area:"));
    m_yearLabel->setText(Tr::tr("&Year:"));
    //: First entry of a filter combo: no filtering
    m_status->setItemText(0, Tr::tr("All statuses"));
    m_region->setItemText(0, Tr::tr("All regions"));
    m_focus->setItemText(0, Tr::tr("All focus areas"));
    m_year->setItemText(0, Tr::tr("All years"));
    for (int i = 1; i < m_status->count(); ++i) {
        m_status->setItemText(i, Core::applicationStatusDisplayName(
                                     Core::ApplicationStatus(m_status->itemData(i).toInt())));
    }
    for (int i = 1; i < m_region->count(); ++i) {
        m_region->setItemText(i, Core::regionDisplayName(Core::Region(m_region->itemData(i)
                                                                          .toInt())));
    }
    for (int i = 1; i < m_focus->count(); ++i) {
        const auto area = Core::FocusArea(m_focus->itemData(i).toInt());
        m_focus->setItemText(i, ActivityText::focusAreaLabel(area));
        m_focus->setItemData(i, Core::focusAreaDisplayName(area), Qt::ToolTipRole);
    }
    m_status->setAccessibleName(Tr::tr("Filter by status"));
    m_region->setAccessibleName(Tr::tr("Filter by region"));
    m_focus->setAccessibleName(Tr::tr("Filter by focus area"));
    //: Accessible name of the year filter: activities running in that year
    m_year->setAccessibleName(Tr::tr("Filter by year the activity runs in"));
    m_year->setToolTip(Tr::tr("Activities that run in the chosen year"));
}

} // namespace FundDesk::Ui
