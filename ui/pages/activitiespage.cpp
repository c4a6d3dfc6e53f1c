#include "ui/pages/activitiespage.h"

#include "ui/pages/activitiespanel.h"
#include "ui/pages/geographicbalancepanel.h"
#include "ui/pages/rankingpanel.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ActivitiesPage::ActivitiesPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_tabs(new QTabWidget(this)),
      m_applications(new ActivitiesPanel(services, m_tabs)),
      m_ranking(new RankingPanel(services, m_tabs)),
      m_balance(new GeographicBalancePanel(services, m_tabs))
{
    setObjectName(QStringLiteral("activitiesPage"));
    m_tabs->setObjectName(QStringLiteral("activitiesTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_applications, QString());
    m_tabs->addTab(m_ranking, QString());
    m_tabs->addTab(m_balance, QString());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_tabs, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentWidget(m_applications);
        m_applications->table()->focusFilter();
    });
    connect(m_applications, &ActivitiesPanel::changed, this, &ActivitiesPage::onChanged);
    retranslateUi();
    reload();
}

void ActivitiesPage::reload()
{
    m_applications->reload();
    m_ranking->reload();
    m_balance->reload();
}

void ActivitiesPage::onChanged()
{
    // Scores move the ranking; amounts and statuses move the geographic balance.
    m_ranking->reload();
    m_balance->reload();
    emit fundChanged();
}

void ActivitiesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The applications panel reloads itself; the other tabs' texts come from the models.
        m_ranking->reload();
        m_balance->reload();
    }
    QWidget::changeEvent(event);
}

void ActivitiesPage::retranslateUi()
{
    //: Accessible name of the Activities page
    setAccessibleName(Tr::tr("Capacity-building activities"));
    //: Tab of the Activities page: the table of applications
    m_tabs->setTabText(ApplicationsTab, Tr::tr("Applications"));
    //: Tab of the Activities page: applications by aggregate score
    m_tabs->setTabText(RankingTab, Tr::tr("Ranking"));
    //: Tab of the Activities page: amounts by region (¶25c)
    m_tabs->setTabText(BalanceTab, Tr::tr("Geographic Balance"));
}

} // namespace FundDesk::Ui
