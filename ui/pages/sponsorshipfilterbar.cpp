#include "ui/pages/sponsorshipfilterbar.h"

#include "ui/uitr.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>

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

template <typename T>
std::optional<T> chosen(const QComboBox *combo)
{
    const int value = combo->currentData().toInt();
    return value == kAll ? std::nullopt : std::optional<T>(T(value));
}

} // namespace

SponsorshipFilterBar::SponsorshipFilterBar(QWidget *parent)
    : QWidget(parent),
      m_statusLabel(new QLabel(this)),
      m_status(filterCombo(QStringLiteral("sponsorshipStatusFilter"), this)),
      m_genderLabel(new QLabel(this)),
      m_gender(filterCombo(QStringLiteral("sponsorshipGenderFilter"), this)),
      m_regionLabel(new QLabel(this)),
      m_region(filterCombo(QStringLiteral("sponsorshipRegionFilter"), this)),
      m_priorityLabel(new QLabel(this)),
      m_priority(filterCombo(QStringLiteral("sponsorshipPriorityFilter"), this))
{
    for (const Core::ApplicationStatus status : Core::allApplicationStatuses()) {
        m_status->addItem(QString(), int(status));
    }
    for (const Core::Gender gender : Core::allGenders()) {
        m_gender->addItem(QString(), int(gender));
    }
    for (const Core::Region region : Core::allRegions()) {
        m_region->addItem(QString(), int(region));
    }
    for (const Core::PriorityGroup group : Core::allPriorityGroups()) {
        m_priority->addItem(QString(), int(group));
    }

    // Two rows of label + combo pairs: room for translations 40 % longer than English.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<QLabel *, QComboBox *>> pairs{{m_statusLabel, m_status},
                                                        {m_genderLabel, m_gender},
                                                        {m_regionLabel, m_region},
                                                        {m_priorityLabel, m_priority}};
    for (int i = 0; i < pairs.size(); ++i) {
        const auto &[label, combo] = pairs.at(i);
        label->setBuddy(combo);
        layout->addWidget(label, i / 2, (i % 2) * 2);
        layout->addWidget(combo, i / 2, (i % 2) * 2 + 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &SponsorshipFilterBar::filterChanged);
    }
    layout->setColumnStretch(4, 1);
    retranslateUi();
}

Core::SponsorshipFilter SponsorshipFilterBar::filter() const
{
    Core::SponsorshipFilter filter;
    filter.status = chosen<Core::ApplicationStatus>(m_status);
    filter.gender = chosen<Core::Gender>(m_gender);
    filter.region = chosen<Core::Region>(m_region);
    filter.priority = chosen<Core::PriorityGroup>(m_priority);
    return filter;
}

void SponsorshipFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SponsorshipFilterBar::retranslateUi()
{
    //: Filter above the sponsorship applications
    m_statusLabel->setText(Tr::tr("S&tatus:"));
    m_genderLabel->setText(Tr::tr("&Gender:"));
    m_regionLabel->setText(Tr::tr("&Region:"));
    //: Filter above the sponsorship applications: LDC, LLDC or SIDS (¶22)
    m_priorityLabel->setText(Tr::tr("&Priority group:"));
    //: First entry of a filter combo: no filtering
    m_status->setItemText(0, Tr::tr("All statuses"));
    m_gender->setItemText(0, Tr::tr("All genders"));
    m_region->setItemText(0, Tr::tr("All regions"));
    m_priority->setItemText(0, Tr::tr("Any priority group"));
    for (int i = 1; i < m_status->count(); ++i) {
        m_status->setItemText(i, Core::applicationStatusDisplayName(
                                     Core::ApplicationStatus(m_status->itemData(i).toInt())));
    }
    for (int i = 1; i < m_gender->count(); ++i) {
        m_gender->setItemText(i,
                              Core::genderDisplayName(Core::Gender(m_gender->itemData(i).toInt())));
    }
    for (int i = 1; i < m_region->count(); ++i) {
        m_region->setItemText(i,
                              Core::regionDisplayName(Core::Region(m_region->itemData(i).toInt())));
    }
    for (int i = 1; i < m_priority->count(); ++i) {
        m_priority->setItemText(i, Core::priorityGroupDisplayName(
                                       Core::PriorityGroup(m_priority->itemData(i).toInt())));
    }
    m_status->setAccessibleName(Tr::tr("Filter by status"));
    m_gender->setAccessibleName(Tr::tr("Filter by gender"));
    m_region->setAccessibleName(Tr::tr("Filter by region"));
    m_priority->setAccessibleName(Tr::tr("Filter by priority group"));
}

} // namespace FundDesk::Ui
