#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/packedstrings.h"
#include "ui/models/tableindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>
#include <QStringList>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// Pledges and receipts with their donor, loaded through the services. Texts (donor and country
// names, types, consents) are in the language of the locale they were read for.
// Built for 50 000 rows (issue 11): a row holds numbers and the texts only it has; donor names
// and currencies are shared; the whole record (notes, schedule) is fetched by id when needed.
class ContributionTableModel final : public QAbstractTableModel, public IndexedTableModel
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

    // One contribution as the table shows it: numbers only, its own texts numbered in
    // Snapshot's PackedStrings, its donor's name and its currency in Snapshot's lists.
    struct Row
    {
        qint64 id = 0;
        QDate date;
        qint64 amountMinor = 0;
        qint64 usdRateE9 = 0;
        qint64 usdMinor = 0;
        qint32 reference = 0;  // into Snapshot::references
        qint32 conditions = 0; // into Snapshot::conditions
        qint32 donor = -1; // into Snapshot::donorNames; -1 for none
        quint8 currency = 0; // into Snapshot::currencies
        quint8 type = 0; // Core::ContributionType
        quint8 publication = 0; // Core::PublicationConsent
    };

    // What read() prepares off the window's thread and adopt() shows.
    struct Snapshot
    {
        QList<Row> rows; // by date, then id
        PackedStrings references; // each row's own texts, packed
        PackedStrings conditions;
        QStringList donorNames; // display names, in the read locale's language
        QStringList currencies;
        TableIndex index;
    };

    explicit ContributionTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Reads donors and contributions through `services` only, so it may run on a pool thread
    // with a connection of its own. keepGoing is polled every few thousand rows; when it says
    // stop, the result is ErrorCode::Cancelled.
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

    Core::ContributionId idAt(int row) const
    {
        return Core::ContributionId(m_data.rows.at(row).id);
    }
    Core::ContributionType typeAt(int row) const
    {
        return Core::ContributionType(m_data.rows.at(row).type);
    }
    QDate dateAt(int row) const { return m_data.rows.at(row).date; }
    Core::Money amountAt(int row) const;
    qint64 usdMinorAt(int row) const { return m_data.rows.at(row).usdMinor; }
    QString donorNameAt(int row) const;
    // -1 when no row holds that contribution.
    int rowOf(Core::ContributionId id) const;

private:
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    QString reference(const Row &row) const;
    QString conditions(const Row &row) const;

    Core::FundServices &m_services;
    Snapshot m_data;
};

} // namespace FundDesk::Ui
