#include "ui/models/geographicbalancemodel.h"

#include "core/domain/moneyformat.h"
#include "ui/models/modelroles.h"
#include "ui/models/bardelegate.h"
#include "ui/uitr.h"

#include <QFont>
#include <QLocale>

namespace FundDesk::Ui {

GeographicBalanceModel::GeographicBalanceModel(Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent), m_grouping(grouping)
{}

void GeographicBalanceModel::setBalance(const Core::GeographicBalance &balance)
{
    beginResetModel();
    m_balance = balance;
    endResetModel();
}

const QList<Core::GeographicBalanceLine> &GeographicBalanceModel::lines() const
{
    return m_grouping == Grouping::Region ? m_balance.byRegion : m_balance.byGroup;
}

Core::Money GeographicBalanceModel::equalShare(bool recommended) const
{
    if (m_grouping == Grouping::Region) {
        return recommended ? m_balance.regionEqualShareRecommended
                           : m_balance.regionEqualShareRequested;
    }
    return recommended ? m_balance.groupEqualShareRecommended : m_balance.groupEqualShareRequested;
}

Core::Money GeographicBalanceModel::total(bool recommended) const
{
    return recommended ? m_balance.totalRecommended : m_balance.totalRequested;
}

Core::Money GeographicBalanceModel::amount(int row, bool recommended) const
{
    if (row == equalShareRow()) {
        return equalShare(recommended);
    }
    const Core::GeographicBalanceLine &line = lines().at(row);
    return recommended ? line.recommended : line.requested;
}

qint64 GeographicBalanceModel::barMaximum(bool recommended) const
{
    // The largest line sets the scale; the equal share is always below or at it.
    qint64 maximum = equalShare(recommended).minor();
    for (const Core::GeographicBalanceLine &line : lines()) {
        maximum = qMax(maximum, (recommended ? line.recommended : line.requested).minor());
    }
    return maximum;
}

QString GeographicBalanceModel::share(const Core::Money &part, const Core::Money &whole) const
{
    if (whole.minor() <= 0) {
        return {};
    }
    // Tenths of a percent in integers, rounded half up; cents stay far below 2^63 / 1000.
    const qint64 permille = (part.minor() * 1000 + whole.minor() / 2) / whole.minor();
    const QLocale locale;
    const QString number = locale.toString(permille / 10) + locale.decimalPoint()
                           + locale.toString(permille % 10);
    //: A share of a total: %1 is a number such as 23.5
    return Tr::tr("%1 %").arg(number);
}

int GeographicBalanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(lines().size()) + 1;
}

int GeographicBalanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GeographicBalanceModel::displayData(int row, int column) const
{
    const QLocale locale;
    const bool equal = row == equalShareRow();
    switch (Column(column)) {
    case Name:
        //: The last line of the geographic balance: the total divided equally
        return equal ? Tr::tr("Equal share") : lines().at(row).name;
    case Applications:
        return equal ? QString() : locale.toString(lines().at(row).applications);
    case Requested:
        return Core::MoneyFormat::formatNumber(amount(row, false), locale);
    case RequestedShare:
        return share(amount(row, false), total(false));
    case Recommended:
        return Core::MoneyFormat::formatNumber(amount(row, true), locale);
    case RecommendedShare:
        return share(amount(row, true), total(true));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GeographicBalanceModel::barData(int row, int column, int role) const
{
    if (column != RequestedShare && column != RecommendedShare) {
        return {};
    }
    const bool recommended = column == RecommendedShare;
    switch (role) {
    case BarDelegate::ValueRole:
        return amount(row, recommended).minor();
    case BarDelegate::MaximumRole:
        return barMaximum(recommended);
    case BarDelegate::MarkerRole:
        return equalShare(recommended).minor();
    default:
        return {};
    }
}

QVariant GeographicBalanceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case RawValueRole:
        if (column == Name) {
            return displayData(row, column);
        }
        if (column == Applications) {
            return row == equalShareRow() ? 0 : lines().at(row).applications;
        }
        return amount(row, column >= Recommended).minor();
    case BarDelegate::ValueRole:
    case BarDelegate::MaximumRole:
    case BarDelegate::MarkerRole:
        return barData(row, column, role);
    case Qt::ToolTipRole:
        if (column == RequestedShare || column == RecommendedShare) {
            const bool recommended = column == RecommendedShare;
            //: Tooltip of a bar: %1 the line's share, %2 the equal share, both percentages
            return Tr::tr("%1 of the total; the dashed line is the equal share, %2.")
                .arg(share(amount(row, recommended), total(recommended)),
                     share(equalShare(recommended), total(recommended)));
        }
        return {};
    case Qt::FontRole:
        if (row == equalShareRow()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Name) {
            return {};
        }
        return QVariant::fromValue(Qt::Alignment(Qt::AlignTrailing | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant GeographicBalanceModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case Name:
        //: Column header of the geographic balance: an M49 region or a UN regional group
        return m_grouping == Grouping::Region ? Tr::tr("M49 region") : Tr::tr("Regional group");
    case Applications:
        //: Column header: number of applications with a State in the region
        return Tr::tr("Applications");
    case Requested:
        return Tr::tr("Requested (USD)");
    case RequestedShare:
        //: Column header: a bar of the region's share of all requested amounts
        return Tr::tr("Share of requested");
    case Recommended:
        //: Column header: amounts recommended, approved, active or completed
        return Tr::tr("Recommended (USD)");
    case RecommendedShare:
        return Tr::tr("Share of recommended");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace FundDesk::Ui
