#pragma once

#include "core/reports/geographicbalancereport.h"

#include <QAbstractTableModel>

namespace FundDesk::Ui {

// One half of the geographic balance (¶25c): the five M49 regions or the five UN regional
// groups, each with its requested and recommended amounts and their shares, then the
// equal-share line. The share columns answer BarDelegate's roles so the view draws a bar per
// row with the equal share marked.
class GeographicBalanceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping { Region, RegionalGroup };
    enum Column {
        Name,
        Applications,
        Requested,
        RequestedShare,
        Recommended,
        RecommendedShare,
        ColumnCount,
    };

    explicit GeographicBalanceModel(Grouping grouping, QObject *parent = nullptr);

    void setBalance(const Core::GeographicBalance &balance);
    // The last row: the equal share of each total.
    int equalShareRow() const { return int(lines().size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const QList<Core::GeographicBalanceLine> &lines() const;
    Core::Money equalShare(bool recommended) const;
    Core::Money total(bool recommended) const;
    Core::Money amount(int row, bool recommended) const;
    qint64 barMaximum(bool recommended) const;
    QString share(const Core::Money &part, const Core::Money &whole) const;
    QVariant displayData(int row, int column) const;
    QVariant barData(int row, int column, int role) const;

    Grouping m_grouping;
    Core::GeographicBalance m_balance;
};

} // namespace FundDesk::Ui
