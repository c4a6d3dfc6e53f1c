#pragma once

#include "core/domain/donor.h"
#include "core/domain/money.h"
#include "core/domain/result.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/tableindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The fund's donors with what each has given and still owes, loaded through the services.
// Texts (State names, kinds, regions) are in the language of the locale they were read for.
class DonorTableModel final : public QAbstractTableModel, public IndexedTableModel
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

    // One donor as the table shows it; 4 000 at scale 100, so the record itself is kept (the
    // edit form needs it whole). Shared texts (kinds, regions, statuses) are one QString each.
    struct Row
    {
        Core::Donor donor;
        QString name;
        QString kind;
        QString country;
        QString region;
        QString dueDiligence;
        qint64 receivedUsdMinor = 0;
        qint64 outstandingUsdMinor = 0;
    };

    // What read() prepares off the window's thread and adopt() shows.
    struct Snapshot
    {
        QList<Row> rows; // by name, then id
        TableIndex index;
    };

    explicit DonorTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Reads the donors and their totals (one aggregate query) through `services` only, so it
    // may run on a pool thread with a connection of its own. keepGoing is polled every few
    // thousand rows; when it says stop, the result is ErrorCode::Cancelled.
    static Core::Result<Snapshot> read(Core::FundServices &services, const QLocale &locale,
                                       const BackgroundReader::KeepGoing &keepGoing);
    void adopt(Snapshot snapshot);
    // read() for the default locale and adopt(), at once; on error the model keeps its rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    const TableIndex &tableIndex() const override { return m_data.index; }

    const Core::Donor &donorAt(int row) const { return m_data.rows.at(row).donor; }
    QString displayNameAt(int row) const { return m_data.rows.at(row).name; }
    Core::Money receivedAt(int row) const
    {
        return Core::Money::usd(m_data.rows.at(row).receivedUsdMinor);
    }
    Core::Money outstandingAt(int row) const
    {
        return Core::Money::usd(m_data.rows.at(row).outstandingUsdMinor);
    }
    // -1 when no row holds that donor.
    int rowOf(Core::DonorId id) const;

private:
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    Core::FundServices &m_services;
    Snapshot m_data;
};

} // namespace FundDesk::Ui
