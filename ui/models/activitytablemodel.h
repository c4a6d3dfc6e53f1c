#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"
#include "core/domain/rubricaggregate.h"

#include <QAbstractTableModel>
#include <QList>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The capacity-building activity applications (¶23–¶26) with their review aggregate and the
// ¶23 floor flag, loaded through the services. Texts (State names, statuses, region) are in
// the current language as of the last reload().
class ActivityTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Reference,
        Title,
        Applicant,
        Region,
        FocusAreas,
        Years,
        Requested,
        Score,
        Spread,
        Status,
        Floor,
        ColumnCount,
    };

    explicit ActivityTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Loads applications, aggregates and the floor again; on error keeps the previous rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Core::ActivityApplication &applicationAt(int row) const
    {
        return m_rows.at(row).application;
    }
    const Core::RubricAggregate &aggregateAt(int row) const { return m_rows.at(row).aggregate; }
    Core::Money requestedAt(int row) const { return m_rows.at(row).requested; }
    bool isBelowFloorAt(int row) const { return m_rows.at(row).belowFloor; }
    // -1 when no row holds that application.
    int rowOf(Core::ActivityId id) const;

private:
    struct Row
    {
        Core::ActivityApplication application;
        Core::RubricAggregate aggregate;
        Core::Money requested = Core::Money::usd(0);
        bool belowFloor = false;
        QString floorExplanation;
        QString applicant;
        QString region;
        QString status;
        QString haystack;
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Core::FundServices &m_services;
    QList<Row> m_rows;
};

} // namespace FundDesk::Ui
