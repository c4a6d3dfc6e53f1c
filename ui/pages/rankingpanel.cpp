#include "ui/pages/rankingpanel.h"

#include "core/domain/moneyformat.h"
#include "core/services/fundservices.h"
#include "ui/dialogs/leadingalignment.h"
#include "ui/logging.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/rankingtablemodel.h"
#include "ui/uitr.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace FundDesk::Ui {

namespace {

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    LeadingAlignment::keep(label);
    return label;
}

} // namespace

RankingPanel::RankingPanel(Core::FundServices &services, QWidget *parent)
    : QWidget(parent),
      m_services(services),
      m_model(new RankingTableModel(services.reference(), this)),
      m_heading(textLabel(this)),
      m_explanation(textLabel(this)),
      m_view(new QTableView(this)),
      m_summary(textLabel(this))
{
    m_reader = new BackgroundReader(services, this);
    setObjectName(QStringLiteral("rankingPanel"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_view->setObjectName(QStringLiteral("rankingTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("rankingSummaryLabel"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    retranslateUi();
}

namespace {

// What the ranking shows, read together (on a worker thread for a large fund).
struct RankingSnapshot
{
    Core::Money available = Core::Money::usd(0);
    QList<Core::RankedActivity> ranking;
};

Core::Result<RankingSnapshot> readRanking(Core::FundServices &services)
{
    const auto balance = services.balance().balance(QDate::currentDate().year());
    if (!balance) {
        return balance.error();
    }
    auto ranking = services.reviews().ranking(balance->available);
    if (!ranking) {
        return ranking.error();
    }
    return RankingSnapshot{balance->available, std::move(ranking).value()};
}

} // namespace

void RankingPanel::reload()
{
    m_reader->start<RankingSnapshot>(
        [](Core::FundServices &services, const BackgroundReader::KeepGoing &) {
            return readRanking(services);
        },
        [this](Core::Result<RankingSnapshot> snapshot) {
            if (!snapshot) {
                if (snapshot.error().code != Core::ErrorCode::Cancelled) {
                    qCWarning(lcUi) << "ranking not computed:" << snapshot.error().detail;
                    m_summary->setText(snapshot.error().message);
                }
                return;
            }
            m_view->clearSpans();
            m_model->setRanking(snapshot->ranking, snapshot->available);
            if (m_model->markerRow() >= 0) {
                m_view->setSpan(m_model->markerRow(), 0, 1, RankingTableModel::ColumnCount);
            }
            m_view->resizeColumnsToContents();
            updateSummary();
        });
}

void RankingPanel::updateSummary()
{
    const QLocale locale;
    Core::Money counted = Core::Money::usd(0);
    int fitting = 0;
    int lines = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Core::RankedActivity *line = m_model->rankedAt(row);
        if (!line) {
            continue;
        }
        ++lines;
        if (line->counted) {
            counted = line->runningTotal;
        }
        fitting += line->fitsBalance ? 1 : 0;
    }
    //: Under the ranking: %1 the number of candidates, %2 the available balance, %3 the
    //: total requested by the scored applications above the floor
    m_summary->setText(
        Tr::tr("%n of %1 candidate application(s) fit within the available balance of %2; "
               "the scored requests above the floor add up to %3.",
               nullptr, fitting)
            .arg(locale.toString(lines), Core::MoneyFormat::format(m_model->available(), locale),
                 Core::MoneyFormat::format(counted, locale)));
}

void RankingPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RankingPanel::retranslateUi()
{
    //: Heading of the ranking of activity applications by aggregate score
    m_heading->setText(Tr::tr("Ranking by aggregate score"));
    m_explanation->setText(
        Tr::tr("Applications that are eligible, under review or recommended, highest aggregate "
               "score first. The running total adds up the scored requests above the minimum "
               "funding floor against the fund's available balance for this year."));
    m_view->setAccessibleName(m_heading->text());
    m_summary->setAccessibleName(Tr::tr("Ranking summary"));
}

} // namespace FundDesk::Ui
