#pragma once

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

// The Disbursements page's rows. Built for 300 000 payments (issue 11): read off the window's
// thread (read()), a row is numbers and indexes into shared texts (items, States, payees,
// currencies); the references are packed in one buffer; the filter's text and the sort keys of
// the text columns are prepared once per read (TableIndex). History… fetches the whole record
// by id.
class DisbursementTableModel final : public QAbstractTableModel, public IndexedTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Item, Recipient, Region, Payee, Reference, Amount, UsdValue, ColumnCount };

    // 40 bytes: 300 000 rows at scale 100 (the reference is Snapshot::references' same row).
    struct Row
    {
        qint64 id = 0;
        qint64 amountMinor = 0; // in the currency paid; negative for a refund
        qint64 usdMinor = 0;
        qint32 julianDay = 0;
        qint32 item = 0;       // into Snapshot::items
        qint32 payee = 0;      // into Snapshot::payees
        quint16 recipient = 0; // into Snapshot::recipients
        quint8 currency = 0;   // into Snapshot::currencies
        quint8 region : 6 = 0; // Core::Region
        bool activity : 1 = false;
        bool refund : 1 = false;

        // The payment's year, without QDate: summed and filtered on every keystroke.
        int year() const;
    };

    // What read() prepares off the window's thread and adopt() shows.
    struct Snapshot
    {
        QList<Row> rows;        // by date, then id
        PackedStrings items;    // "reference · title", one per paid item
        QStringList recipients; // the States' names in the read locale's language
        QStringList payees;     // each distinct payee once
        QStringList currencies;
        PackedStrings references; // one per row, in the rows' order
        QList<int> years;         // ascending, each once
        TableIndex index;
    };

    explicit DisbursementTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Reads through `services` only, so it may run on a pool thread with a connection of its
    // own. keepGoing is polled every few thousand rows; when it says stop, the result is
    // ErrorCode::Cancelled.
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

    const Row &rowAt(int row) const { return m_data.rows.at(row); }
    QString payeeAt(int row) const { return m_data.payees.value(rowAt(row).payee); }
    QString referenceAt(int row) const { return m_data.references.at(row); }
    QList<int> years() const { return m_data.years; } // ascending, each once
    // The Payee column's text: "Refund from …" for a refund.
    static QString payeeText(const QString &payee, bool refund);

private:
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    Core::FundServices &m_services;
    Snapshot m_data;
};

} // namespace FundDesk::Ui
