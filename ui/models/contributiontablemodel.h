#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// Pledges and receipts with their donor, loaded through the services. Texts (donor and country
// names, types, consents) are in the current language as of the last reload().
class ContributionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Date,
        Donor,
        Type,
        Amount,
        Rate,
        UsdValue,
        Publication,
        Conditions,
        Reference,
        ColumnCount,
    };

    explicit ContributionTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Loads donors and contributions again; on error the model keeps its previous rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Core::Contribution &contributionAt(int row) const { return m_rows.at(row).contribution; }
    QString donorNameAt(int row) const { return m_rows.at(row).donor; }
    // -1 when no row holds that contribution.
    int rowOf(Core::ContributionId id) const;

private:
    struct Row
    {
        Core::Contribution contribution;
        QString donor;
        QString type;
        QString publication;
        QString haystack;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    Core::FundServices &m_services;
    QList<Row> m_rows;
};

} // namespace FundDesk::Ui
