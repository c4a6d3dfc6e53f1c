#pragma once

#include "core/domain/disbursement.h"
#include "core/domain/result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The Disbursements page's rows. Compact: 300 000 payments are one reload, so each row keeps
// only numbers and shared strings (item labels and country names are looked up once per item
// or State, not per row); the filter's haystack is built once at load.
class DisbursementTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Item, Recipient, Region, Payee, Reference, Amount, UsdValue, ColumnCount };

    struct Row
    {
        qint64 id = 0;
        qint64 amountMinor = 0;
        qint64 usdMinor = 0;
        qint64 itemId = 0;
        qint32 julianDay = 0;
        qint16 year = 0;
        quint8 region = 0; // Core::Region
        bool activity = false;
        bool refund = false;
        QString currency;  // shared among rows
        QString recipient; // shared: the State's name
        QString item;      // shared: the item's label
        QString payee;
        QString reference;
        QString haystack;
    };

    explicit DisbursementTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Loads every disbursement again; on error the model keeps its previous rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Row &rowAt(int row) const { return m_rows.at(row); }
    QList<int> years() const; // ascending, each once

private:
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;

    Core::FundServices &m_services;
    QList<Row> m_rows;
};

} // namespace FundDesk::Ui
