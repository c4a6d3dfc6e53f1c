#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/gender.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/regions.h"
#include "core/domain/result.h"
#include "core/domain/sponsorshipapplication.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The sponsorship applications of one meeting (¶21–¶22), one compact row each so that a
// meeting with 100 000 applications stays small: the texts the table shows are built once per
// reload, in the current language, and the full application is read again only to edit it.
class SponsorshipTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Applicant,
        State,
        Region,
        Gender,
        Priority,
        Status,
        Eligibility,
        Cost,
        Score,
        ColumnCount,
    };

    explicit SponsorshipTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Loads the meeting's applications (none for an invalid meeting); on error keeps the
    // previous rows.
    Core::Result<void> reload(Core::MeetingId meeting);
    Core::MeetingId meeting() const { return m_meeting; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Core::SponsorshipId idAt(int row) const { return Core::SponsorshipId(m_rows.at(row).id); }
    QString applicantAt(int row) const { return m_rows.at(row).applicant; }
    Core::Money costAt(int row) const { return Core::Money::usd(m_rows.at(row).costCents); }
    bool isWomanAt(int row) const;
    bool isEligibleAt(int row) const
    {
        return m_rows.at(row).failing == 0 && m_rows.at(row).unassessed == 0;
    }
    // What SponsorshipFilter reads (status, gender, State), for the filter proxy.
    Core::SponsorshipApplication filterProbeAt(int row) const;
    // -1 when no row holds that application.
    int rowOf(Core::SponsorshipId id) const { return m_index.value(id.value(), -1); }

private:
    // Enums as small integers, criteria as bit masks: a row is a few pointers and numbers.
    struct Row
    {
        qint64 id = 0;
        qint64 costCents = 0;
        QString applicant;
        QString stateIso3;
        QString state;
        QString overrideReason; // null unless the cost was set by hand
        QString haystack;
        qint8 region = -1;
        qint8 gender = -1;
        qint8 status = 0;
        qint8 score = -1;
        quint8 priority = 0;
        quint8 failing = 0;    // bit i: criterion i of ¶21 not met
        quint8 unassessed = 0; // bit i: criterion i not yet assessed
    };

    static Row makeRow(const Core::SponsorshipApplication &application, const QString &state,
                       std::optional<Core::Region> region, Core::PriorityGroups priority,
                       const QString &statusName);
    QVariant displayData(const Row &row, int column) const;
    QVariant rawData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    static QString eligibilityText(const Row &row);

    Core::FundServices &m_services;
    Core::MeetingId m_meeting;
    QList<Row> m_rows;
    QHash<qint64, int> m_index; // application id → row
};

} // namespace FundDesk::Ui
