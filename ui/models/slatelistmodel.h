#pragma once

#include "core/services/slate/slate.h"
#include "core/services/slate/slatecandidate.h"

#include <QAbstractTableModel>
#include <QList>

namespace FundDesk::Ui {

// One side of a proposed slate: the delegates on it, or the applicants left out, each with
// the builder's reasons (why in, or what would have to change). The Pin and Exclude columns
// are check boxes; ticking one asks for a new proposal through pinRequested/excludeRequested.
class SlateListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Pin, Exclude, Applicant, State, Gender, Cost, Score, Reasons, ColumnCount };
    enum class Side { Selected, LeftOut };

    explicit SlateListModel(Side side, QObject *parent = nullptr);

    // The candidates and the slate proposed for them (decisions in the candidates' order).
    void setSlate(const QList<Core::SlateCandidate> &candidates, const Core::Slate &slate);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Core::SponsorshipId idAt(int row) const { return m_rows.at(row).candidate.id; }
    const Core::SlateDecision &decisionAt(int row) const { return m_rows.at(row).decision; }
    const Core::SlateCandidate &candidateAt(int row) const { return m_rows.at(row).candidate; }

signals:
    void pinRequested(Core::SponsorshipId id, bool pinned);
    void excludeRequested(Core::SponsorshipId id, bool excluded);

private:
    struct Row
    {
        Core::SlateCandidate candidate;
        Core::SlateDecision decision;
    };

    QVariant displayData(const Row &row, int column) const;

    Side m_side;
    QList<Row> m_rows;
};

} // namespace FundDesk::Ui
