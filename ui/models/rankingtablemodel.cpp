#include "ui/models/rankingtablemodel.h"

#include "core/domain/moneyformat.h"
#include "ui/models/activitytext.h"
#include "ui/models/displaytext.h"
#include "ui/models/modelroles.h"
#include "ui/uitr.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QStyle>

namespace FundDesk::Ui {

RankingTableModel::RankingTableModel(const Core::ReferenceDataService &reference, QObject *parent)
    : QAbstractTableModel(parent), m_reference(reference)
{}

void RankingTableModel::setRanking(const QList<Core::RankedActivity> &ranking,
                                   const Core::Money &available)
{
    beginResetModel();
    m_lines = ranking;
    m_available = available;
    m_markerRow = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).counted && !m_lines.at(i).fitsBalance) {
            m_markerRow = i;
            break;
        }
    }
    endResetModel();
}

int RankingTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    return int(m_lines.size()) + (m_markerRow >= 0 ? 1 : 0);
}

int RankingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Core::RankedActivity *RankingTableModel::rankedAt(int row) const
{
    if (row == m_markerRow) {
        return nullptr;
    }
    const int line = (m_markerRow >= 0 && row > m_markerRow) ? row - 1 : row;
    return (line >= 0 && line < m_lines.size()) ? &m_lines.at(line) : nullptr;
}

QString RankingTableModel::markerText() const
{
    //: Marker row of the ranking: %1 is the fund's available balance such as USD 1,200,000.00
    return Tr::tr("▼ The available balance of %1 runs out here: the applications below do not fit.")
        .arg(Core::MoneyFormat::format(m_available, QLocale()));
}

QString RankingTableModel::balanceText(const Core::RankedActivity &line) const
{
    if (line.belowFloor) {
        //: Ranking: the request is under the ¶23 floor, so it is not added to the running total
        return Tr::tr("Below floor: not counted");
    }
    if (!line.aggregate.hasScore()) {
        //: Ranking: no reviewer has scored the application, so it is not counted
        return Tr::tr("Not scored: not counted");
    }
    //: Ranking: the running total is within (or beyond) the available balance
    return line.fitsBalance ? Tr::tr("Within balance") : Tr::tr("Beyond balance");
}

QVariant RankingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Core::RankedActivity *line = rankedAt(index.row());
    if (!line) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
            return index.column() == 0 ? markerText() : QString();
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case IdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*line, index.column());
    case RawValueRole:
        return index.column() == Requested ? QVariant(line->requested.minor())
                                           : displayData(*line, index.column());
    case IdRole:
        return line->application.id.value();
    case Qt::ToolTipRole:
        if (index.column() == Title) {
            return line->application.title;
        }
        if (index.column() == Score || index.column() == Spread) {
            return ActivityText::reviewers(line->aggregate);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == Balance && line->counted && !line->fitsBalance) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        if (index.column() == Balance && line->belowFloor) {
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Rank:
        case Score:
        case Spread:
        case Requested:
        case RunningTotal:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RankingTableModel::displayData(const Core::RankedActivity &line, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Rank:
        return line.aggregate.hasScore() ? locale.toString(line.rank) : QString();
    case Reference:
        return line.application.reference;
    case Title:
        return DisplayText::shortText(line.application.title, 50);
    case Applicant:
        return ActivityText::applicant(line.application, m_reference);
    case Score:
        return ActivityText::score(line.aggregate.score, locale);
    case Spread:
        return ActivityText::score(line.aggregate.spread, locale);
    case Requested:
        return Core::MoneyFormat::formatNumber(line.requested, locale);
    case RunningTotal:
        return line.counted ? Core::MoneyFormat::formatNumber(line.runningTotal, locale)
                            : QString();
    case Balance:
        return balanceText(line);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RankingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Rank:
        //: Column header: the position in the ranking by aggregate score
        return Tr::tr("Rank");
    case Reference:
        return Tr::tr("Reference");
    case Title:
        return Tr::tr("Title");
    case Applicant:
        return Tr::tr("Applicant");
    case Score:
        return Tr::tr("Score");
    case Spread:
        return Tr::tr("Spread");
    case Requested:
        return Tr::tr("Requested (USD)");
    case RunningTotal:
        //: Column header: the sum requested by this and every counted application above it
        return Tr::tr("Running total (USD)");
    case Balance:
        //: Column header: whether the running total is within the available balance
        return Tr::tr("Against balance");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
