#include "ui/pages/geographicbalancepanel.h"

#include "core/domain/moneyformat.h"
#include "core/reports/geographicbalancereport.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/bardelegate.h"
#include "ui/models/geographicbalancemodel.h"
#include "ui/uitr.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLabel *textLabel(QWidget *parent, bool heading = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (heading) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    LeadingAlignment::keep(label);
    return label;
}

} // namespace

GeographicBalancePanel::GeographicBalancePanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_regionModel(new GeographicBalanceModel(GeographicBalanceModel::Grouping::Region, this)),
      m_groupModel(
          new GeographicBalanceModel(GeographicBalanceModel::Grouping::RegionalGroup, this)),
      m_explanation(textLabel(this)),
      m_regionHeading(textLabel(this, true)),
      m_groupHeading(textLabel(this, true)),
      m_totals(textLabel(this))
{
    m_reader = new BackgroundReader(services, this);
    setObjectName(QStringLiteral("geographicBalancePanel"));
    m_regionView = makeView(m_regionModel, QStringLiteral("regionBalanceTable"));
    m_groupView = makeView(m_groupModel, QStringLiteral("groupBalanceTable"));
    m_totals->setObjectName(QStringLiteral("balanceTotalsLabel"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_explanation);
    layout->addWidget(m_regionHeading);
    layout->addWidget(m_regionView);
    layout->addWidget(m_groupHeading);
    layout->addWidget(m_groupView);
    layout->addWidget(m_totals);
    layout->addStretch(1);
    retranslateUi();
}

QTableView *GeographicBalancePanel::makeView(GeographicBalanceModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    auto *bars = new BarDelegate(view);
    view->setItemDelegateForColumn(GeographicBalanceModel::RequestedShare, bars);
    view->setItemDelegateForColumn(GeographicBalanceModel::RecommendedShare, bars);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(GeographicBalanceModel::RequestedShare,
                                                   QHeaderView::Stretch);
    view->horizontalHeader()->setSectionResizeMode(GeographicBalanceModel::RecommendedShare,
                                                   QHeaderView::Stretch);
    return view;
}

void GeographicBalancePanel::reload()
{
    m_reader->start<Core::GeographicBalance>(
        [](Core::FundServices &services, const BackgroundReader::KeepGoing &)
            -> Core::Result<Core::GeographicBalance> {
            const auto applications = services.activities().all();
            if (!applications) {
                return applications.error();
            }
            return Core::GeographicBalanceReport::compute(*applications, services.reference());
        },
        [this](Core::Result<Core::GeographicBalance> balance) {
            if (!balance) {
                if (balance.error().code != Core::ErrorCode::Cancelled) {
                    qCWarning(lcUi) << "geographic balance not computed:"
                                    << balance.error().detail;
                    m_totals->setText(balance.error().message);
                }
                return;
            }
            showBalance(*balance);
        });
}

void GeographicBalancePanel::showBalance(const Core::GeographicBalance &balance)
{
    m_regionModel->setBalance(balance);
    m_groupModel->setBalance(balance);
    // Six rows each: the tables are as tall as their rows, the page's slack goes below.
    for (QTableView *view : {m_regionView, m_groupView}) {
        view->resizeRowsToContents();
        int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            height += view->rowHeight(row);
        }
        view->setFixedHeight(height);
    }
    const QLocale locale;
    //: Under the geographic balance: %1 total requested, %2 total recommended
    m_totals->setText(Tr::tr("Requested in all: %1 · recommended in all: %2")
                          .arg(Core::MoneyFormat::format(balance.totalRequested, locale),
                               Core::MoneyFormat::format(balance.totalRecommended, locale)));
}

void GeographicBalancePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void GeographicBalancePanel::retranslateUi()
{
    m_explanation->setText(
        Tr::tr("Geographic balance (¶25c): what the applications request and what is "
               "recommended or beyond, by region. A regional activity counts in equal parts for "
               "each participating State. The dashed line in each bar and the last row show the "
               "equal share: the total divided equally."));
    //: Heading of the table by M49 geographic region
    m_regionHeading->setText(Tr::tr("By M49 region"));
    //: Heading of the table by UN regional group
    m_groupHeading->setText(Tr::tr("By UN regional group"));
    m_regionView->setAccessibleName(m_regionHeading->text());
    m_groupView->setAccessibleName(m_groupHeading->text());
}

} // namespace FundDesk::Ui
