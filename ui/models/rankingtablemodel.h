#pragma once

#include "core/domain/money.h"
#include "core/services/activityranking.h"

#include <QAbstractTableModel>
#include <QList>

namespace FundDesk::Core {
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The ranking view: candidate applications by aggregate score with the running total of what
// they request against the fund's available balance. Where the balance runs out, a marker row
// spanning the table says so; the rows after it are also flagged in words, not colour alone.
// The order is the ranking, so the view does not sort.
class RankingTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Rank,
        Reference,
        Title,
        Applicant,
        Score,
        Spread,
        Requested,
        RunningTotal,
        Balance,
        ColumnCount,
    };

    explicit RankingTableModel(const Core::ReferenceDataService &reference,
                               QObject *parent = nullptr);

    void setRanking(const QList<Core::RankedActivity> &ranking, const Core::Money &available);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The model row of the "balance runs out here" marker, or -1 when everything fits.
    int markerRow() const { return m_markerRow; }
    // nullptr for the marker row.
    const Core::RankedActivity *rankedAt(int row) const;
    const Core::Money &available() const { return m_available; }

private:
    QVariant displayData(const Core::RankedActivity &line, int column) const;
    QString markerText() const;
    QString balanceText(const Core::RankedActivity &line) const;

    const Core::ReferenceDataService &m_reference;
    QList<Core::RankedActivity> m_lines;
    Core::Money m_available = Core::Money::usd(0);
    int m_markerRow = -1;
};

} // namespace FundDesk::Ui
