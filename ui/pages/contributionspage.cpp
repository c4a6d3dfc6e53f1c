#include "ui/pages/contributionspage.h"

#include "core/services/fundservices.h"
#include "core/services/fundstatustext.h"
#include "ui/logging.h"
#include "ui/pages/contributionspanel.h"
#include "ui/pages/donorspanel.h"
#include "ui/pages/statusbanner.h"
#include "ui/pages/tablepanel.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QDate>
#include <QEvent>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace FundDesk::Ui {

ContributionsPage::ContributionsPage(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_banner(new StatusBanner(this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_donors(new DonorsPanel(services, m_splitter)),
      m_contributions(new ContributionsPanel(services, m_splitter))
{
    setObjectName(QStringLiteral("contributionsPage"));
    m_splitter->setObjectName(QStringLiteral("contributionsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_donors);
    m_splitter->addWidget(m_contributions);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ContributionsPage::focusFilter);

    connect(m_donors, &DonorsPanel::changed, this, &ContributionsPage::onPanelChanged);
    connect(m_contributions, &ContributionsPanel::changed, this,
            &ContributionsPage::onPanelChanged);
    reload();
}

void ContributionsPage::reload()
{
    m_donors->reload();
    m_contributions->reload();
    updateStatus();
}

void ContributionsPage::onPanelChanged()
{
    // A donor's totals depend on its contributions and a contribution shows its donor's name.
    reload();
    emit fundChanged();
}

void ContributionsPage::updateStatus()
{
    const auto balance = m_services.balance().balance(QDate::currentDate().year());
    if (!balance) {
        qCWarning(lcUi) << "balance not computed:" << balance.error().detail;
        m_banner->setStatus(balance.error().message, false);
        return;
    }
    m_banner->setStatus(Core::FundStatusText::describe(*balance, QLocale()), balance->operational);
}

void ContributionsPage::focusFilter()
{
    QWidget *focus = QApplication::focusWidget();
    if (focus && m_donors->isAncestorOf(focus)) {
        m_donors->table()->focusFilter();
    } else {
        m_contributions->table()->focusFilter();
    }
}

void ContributionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        //: Accessible name of the Donors & Contributions page
        setAccessibleName(Tr::tr("Donors and contributions"));
        // The panels reload their own tables; the status sentence is core's, in the new
        // language.
        updateStatus();
    }
    QWidget::changeEvent(event);
}

} // namespace FundDesk::Ui
