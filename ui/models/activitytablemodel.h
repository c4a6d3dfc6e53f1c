#pragma once

#include "core/domain/fundsettings.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/result.h"
#include "core/domain/rubricscore.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/packedstrings.h"
#include "ui/models/tableindex.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

#include <optional>

namespace FundDesk::Core {
class FundServices;
struct ActivityFilter;
} // namespace FundDesk::Core

namespace FundDesk::Ui {

// The capacity-building activity applications (¶23–¶26) with their review aggregate and the
// ¶23 floor flag. Each row keeps only what the columns, the filters and the page's buttons
// need (20 000 applications at 100× scale); the page fetches the full application by id when
// a dialog needs it. Texts (State names, region) are in the language of the last read().
class ActivityTableModel final : public QAbstractTableModel, public IndexedTableModel
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

    // One application, compact: its reference and title are numbered in Snapshot's
    // PackedStrings (not two strings per row); texts many rows share are indexes into
    // Snapshot::texts.
    struct Row
    {
        qint64 id = 0;
        qint64 requestedMinor = 0;  // USD; 0 when the yearly amounts overflow
        qint64 scoreNumerator = 0;  // Σ reviewers' weighted sums; the score is this / (n W)
        qint64 spreadNumerator = 0; // (highest − lowest weighted sum); the spread is this / W
        qint32 startDay = 0;        // Julian days
        qint32 endDay = 0;
        qint32 reference = 0; // into Snapshot::references
        qint32 title = 0;     // into Snapshot::titles
        quint32 applicantText = 0; // "Kenya + 2"
        quint32 regionText = 0;    // the applicant's region
        quint32 statesText = 0;    // the participating States' codes, space-separated
        quint16 scoredReviewers = 0;
        quint16 recusedReviewers = 0;
        quint16 pendingReviewers = 0;
        quint16 focusAreas = 0; // Core::ActivityListing::focusBit()
        quint8 status = 0;      // Core::ApplicationStatus
        quint8 regions = 0;     // bit 1 << Core::Region of every participating State
        bool belowFloor = false;
    };

    // What read() prepares off the window's thread and adopt() installs.
    struct Snapshot
    {
        QList<Row> rows;
        PackedStrings references; // each row's own texts, packed
        PackedStrings titles;
        QList<QString> texts; // the shared texts the rows point into
        TableIndex index;
        Core::FundSettings settings; // the ¶23 floor the flags were computed against
        int weightTotal = 1;         // Σ review criterion weights (the W above)
    };

    explicit ActivityTableModel(Core::FundServices &services, QObject *parent = nullptr);

    // Reads every application through `services` (on any thread; touches nothing else), with
    // texts in `locale`'s language. ErrorCode::Cancelled when keepGoing says stop.
    static Core::Result<Snapshot> read(Core::FundServices &services, const QLocale &locale,
                                       const BackgroundReader::KeepGoing &keepGoing);
    void adopt(Snapshot snapshot);
    // read() on the window's thread and adopt(); on error keeps the previous rows.
    Core::Result<void> reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    const TableIndex &tableIndex() const override { return m_data.index; }

    Core::ActivityId idAt(int row) const { return Core::ActivityId(m_data.rows.at(row).id); }
    QString referenceAt(int row) const { return referenceOf(m_data, m_data.rows.at(row)); }
    QString titleAt(int row) const { return titleOf(m_data, m_data.rows.at(row)); }
    Core::Money requestedAt(int row) const;
    bool isBelowFloorAt(int row) const { return m_data.rows.at(row).belowFloor; }
    // The aggregate score and spread, exact as RubricAggregate computes them; nullopt until
    // someone scores.
    std::optional<Core::RubricScore> scoreAt(int row) const;
    std::optional<Core::RubricScore> spreadAt(int row) const;
    QDate startAt(int row) const { return QDate::fromJulianDay(m_data.rows.at(row).startDay); }
    QDate endAt(int row) const { return QDate::fromJulianDay(m_data.rows.at(row).endDay); }
    // Whether the row passes the page's combo filters (its text is ignored: the TablePanel's
    // proxy searches the table index).
    bool matches(int row, const Core::ActivityFilter &filter) const;
    // -1 when no row holds that application.
    int rowOf(Core::ActivityId id) const;

private:
    static QString referenceOf(const Snapshot &data, const Row &row);
    static QString titleOf(const Snapshot &data, const Row &row);
    static QVariant rawValue(const Snapshot &data, const Row &row, int column);
    static std::optional<Core::RubricScore> scoreOf(const Snapshot &data, const Row &row);
    static std::optional<Core::RubricScore> spreadOf(const Snapshot &data, const Row &row);
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Core::FundServices &m_services;
    Snapshot m_data;
};

} // namespace FundDesk::Ui
