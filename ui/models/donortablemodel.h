#pragma once

#include "core/domain/donor.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QAbstractTableModel>
#include <QList>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The fund's donors with what each has given and still owes, loaded through the services.
// Texts (State names, kinds, regions) are in the current language as of the last reload().
class DonorTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Kind,
        Country,
        Region,
        DueDiligence,
        ReceivedUsd,
        OutstandingUsd,
        ColumnCount,
    };

    explicit DonorTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Loads donors and contributions again; on error the model keeps its previous rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Core::Donor &donorAt(int row) const { return m_rows.at(row).donor; }
    QString displayNameAt(int row) const { return m_rows.at(row).name; }
    Core::Money receivedAt(int row) const { return m_rows.at(row).received; }
    Core::Money outstandingAt(int row) const { return m_rows.at(row).outstanding; }
    // -1 when no row holds that donor.
    int rowOf(Core::DonorId id) const;

private:
    struct Row
    {
        Core::Donor donor;
        QString name;
        QString kind;
        QString country;
        QString region;
        QString dueDiligence;
        Core::Money received;
        Core::Money outstanding;
        QString haystack;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    Core::FundServices &m_services;
    QList<Row> m_rows;
};

} // namespace FundDesk::Ui
