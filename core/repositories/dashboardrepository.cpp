#include "core/repositories/dashboardrepository.h"

#include "core/db/sqlhelpers.h"
#include "core/repositories/outstandingpledges.h"

#include <QSqlRecord>

namespace FundDesk::Core {

namespace {

// ISO dates are text, so comparing text compares dates and the date indexes serve the bounds.
QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QVariantMap yearBounds(int year)
{
    return {{QStringLiteral(":start"), iso(QDate(year, 1, 1))},
            {QStringLiteral(":end"), iso(QDate(year, 12, 31))}};
}

const QString kSponsored = QStringLiteral("('approved', 'active', 'completed')");

// Only the two grouping columns of states may be spliced into the SQL.
QString groupingColumn(const QString &column)
{
    return column == QLatin1String("regional_group") ? QStringLiteral("regional_group")
                                                     : QStringLiteral("region");
}

// The commitments of approved items joined to the State they serve; %1 is the grouping column.
QString committedItems()
{
    return QStringLiteral(
               "SELECT c.date AS date, c.item_kind AS item_kind, s.id AS item_id, "
               "  m.reference || ' — ' || s.applicant_name AS reference, st.iso3 AS iso3, "
               "  st.%1 AS grp, c.amount_minor AS usd "
               "FROM commitments AS c JOIN sponsorships AS s "
               "  ON c.item_kind = 'sponsorship' AND s.id = c.item_id "
               "JOIN meetings AS m ON m.id = s.meeting_id "
               "JOIN states AS st ON st.iso3 = s.state_iso3 "
               "WHERE c.date BETWEEN :start AND :end AND s.status IN %2 "
               "UNION ALL "
               "SELECT c.date, c.item_kind, a.id, a.reference || ' — ' || a.title, st.iso3, "
               "  st.%1, c.amount_minor "
               "FROM commitments AS c JOIN activities AS a "
               "  ON c.item_kind = 'activity' AND a.id = c.item_id "
               "JOIN states AS st ON st.iso3 = a.applicant_iso3 "
               "WHERE c.date BETWEEN :start AND :end AND a.status IN %2")
        .arg(QStringLiteral("%1"), kSponsored);
}

} // namespace

DashboardRepository::DashboardRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<QVariantList>> DashboardRepository::rows(const QString &sql, const QVariantMap &values,
                                                      const QString &what) const
{
    auto query = Sql::prepare(m_db, sql);
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        query->bindValue(it.key(), it.value());
    }
    if (auto done = Sql::execPrepared(*query, what); !done) {
        return done.error();
    }
    QList<QVariantList> result;
    const int columns = query->record().count();
    while (query->next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row.append(query->value(i));
        }
        result.append(row);
    }
    return result;
}

Result<QList<QVariantList>> DashboardRepository::receiptsByMonth(const QDate &from,
                                                                 const QDate &to) const
{
    return rows(QStringLiteral("SELECT substr(date, 1, 7), SUM(usd_minor) FROM contributions "
                               "WHERE type = 'receipt' AND date BETWEEN :start AND :end "
                               "GROUP BY 1 ORDER BY 1"),
                {{QStringLiteral(":start"), iso(from)}, {QStringLiteral(":end"), iso(to)}},
                QStringLiteral("receipts by month"));
}

Result<QList<QVariantList>> DashboardRepository::receiptsByYear(const QDate &from,
                                                                const QDate &to) const
{
    return rows(QStringLiteral("SELECT CAST(substr(date, 1, 4) AS INTEGER), SUM(usd_minor) "
                               "FROM contributions WHERE type = 'receipt' "
                               "AND date BETWEEN :start AND :end GROUP BY 1 ORDER BY 1"),
                {{QStringLiteral(":start"), iso(from)}, {QStringLiteral(":end"), iso(to)}},
                QStringLiteral("receipts by year"));
}

Result<QList<QVariantList>> DashboardRepository::outstandingPledgesAt(
    const QList<QDate> &dates) const
{
    const auto sums = OutstandingPledges::at(m_db, dates);
    if (!sums) {
        return sums.error();
    }
    QList<QVariantList> result;
    result.reserve(dates.size());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        result.append({iso(dates.at(i)), sums->at(i)});
    }
    return result;
}

Result<int> DashboardRepository::firstContributionYear() const
{
    auto first = rows(QStringLiteral("SELECT MIN(date) FROM contributions"), {},
                      QStringLiteral("first contribution"));
    if (!first) {
        return first.error();
    }
    const QVariant date = first->value(0).value(0);
    return date.isNull() ? 0 : QDate::fromString(date.toString(), Qt::ISODate).year();
}

Result<QList<QVariantList>> DashboardRepository::disbursedBy(const QString &column, int year) const
{
    return rows(QStringLiteral("SELECT st.%1, SUM(d.usd_minor) FROM disbursements AS d "
                               "JOIN states AS st ON st.iso3 = d.recipient_iso3 "
                               "WHERE d.date BETWEEN :start AND :end GROUP BY 1 ORDER BY 1")
                    .arg(groupingColumn(column)),
                yearBounds(year), QStringLiteral("disbursed by region"));
}

Result<QList<QVariantList>> DashboardRepository::committedBy(const QString &column, int year) const
{
    return rows(QStringLiteral("SELECT grp, SUM(usd) FROM (%1) GROUP BY 1 ORDER BY 1")
                    .arg(committedItems().arg(groupingColumn(column))),
                yearBounds(year), QStringLiteral("committed by region"));
}

Result<QList<QVariantList>> DashboardRepository::spendingRecords(const QString &column,
                                                                 const QString &key, int year) const
{
    const QString grouping = groupingColumn(column);
    QVariantMap values = yearBounds(year);
    values.insert(QStringLiteral(":key"), key);
    return rows(
        QStringLiteral(
            "SELECT d.date, 'disbursement', d.item_kind, "
            "  CASE WHEN d.reference <> '' THEN d.reference || ' — ' || d.payee ELSE d.payee END, "
            "  st.iso3, d.usd_minor "
            "FROM disbursements AS d JOIN states AS st ON st.iso3 = d.recipient_iso3 "
            "WHERE d.date BETWEEN :start AND :end AND st.%1 = :key "
            "UNION ALL SELECT date, 'commitment', item_kind, reference, iso3, usd FROM (%2) "
            "WHERE grp = :key ORDER BY 1, 2, 4")
            .arg(grouping, committedItems().arg(grouping)),
        values, QStringLiteral("spending records"));
}

Result<QList<QVariantList>> DashboardRepository::contributionsByDonorKind(int year) const
{
    return rows(
        QStringLiteral("SELECT d.kind, "
                       "  COALESCE(SUM(CASE WHEN c.type = 'receipt' THEN c.usd_minor END), 0), "
                       "  COALESCE(SUM(CASE WHEN c.type = 'pledge' THEN c.usd_minor END), 0) "
                       "FROM contributions AS c JOIN donors AS d ON d.id = c.donor_id "
                       "WHERE c.date BETWEEN :start AND :end GROUP BY 1 ORDER BY 1"),
        yearBounds(year), QStringLiteral("contributions by donor kind"));
}

Result<QList<QVariantList>> DashboardRepository::contributionsByDonor(int year) const
{
    return rows(QStringLiteral(
                    "SELECT d.name, d.kind, "
                    "  COALESCE(SUM(CASE WHEN c.type = 'receipt' THEN c.usd_minor END), 0) AS r, "
                    "  COALESCE(SUM(CASE WHEN c.type = 'pledge' THEN c.usd_minor END), 0) "
                    "FROM contributions AS c JOIN donors AS d ON d.id = c.donor_id "
                    "WHERE c.date BETWEEN :start AND :end GROUP BY d.id ORDER BY r DESC, 1"),
                yearBounds(year), QStringLiteral("contributions by donor"));
}

Result<QList<QVariantList>> DashboardRepository::sponsoredGenderByMeeting(int year) const
{
    return rows(
        QStringLiteral("SELECT m.reference, m.name, "
                       "  COUNT(s.id) FILTER (WHERE s.gender = 'woman'), "
                       "  COUNT(s.id) FILTER (WHERE s.gender = 'man'), "
                       "  COUNT(s.id) FILTER (WHERE s.gender = 'other') "
                       // CROSS JOIN keeps the year's meetings as the outer loop: left to
                       // itself SQLite walks every sponsored application of ten years by status.
                       "FROM meetings AS m CROSS JOIN sponsorships AS s ON s.meeting_id = m.id "
                       "  AND s.status IN %1 "
                       "WHERE m.start_date BETWEEN :start AND :end "
                       "GROUP BY m.id ORDER BY m.start_date, m.reference")
            .arg(kSponsored),
        yearBounds(year), QStringLiteral("sponsored delegates by meeting"));
}

Result<QList<QVariantList>> DashboardRepository::applicationsByStatus(int year) const
{
    return rows(QStringLiteral("SELECT 'sponsorship', s.status, COUNT(*) FROM sponsorships AS s "
                               "JOIN meetings AS m ON m.id = s.meeting_id "
                               "WHERE m.start_date BETWEEN :start AND :end GROUP BY 2 "
                               "UNION ALL SELECT 'activity', status, COUNT(*) FROM activities "
                               "WHERE start_date BETWEEN :start AND :end GROUP BY 2"),
                yearBounds(year), QStringLiteral("applications by status"));
}

Result<QList<QVariantList>> DashboardRepository::activityFundingByFocusArea(int year) const
{
    return rows(
        QStringLiteral("SELECT f.area, COUNT(*), SUM(x.amount_minor) "
                       "FROM activity_amounts AS x JOIN activities AS a ON a.id = x.activity_id "
                       "JOIN activity_focus_areas AS f ON f.activity_id = a.id "
                       "WHERE x.year = :year AND a.status IN %1 GROUP BY 1 ORDER BY 1")
            .arg(kSponsored),
        {{QStringLiteral(":year"), year}}, QStringLiteral("funding by focus area"));
}

Result<QVariantList> DashboardRepository::sponsoredPriorityDelegates(int year) const
{
    auto counts =
        rows(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(st.ldc), 0), COALESCE(SUM(st.lldc), 0), "
                            "  COALESCE(SUM(st.sids), 0), "
                            "  COUNT(*) FILTER (WHERE st.ldc + st.lldc + st.sids > 0) "
                            // The year's meetings first (see sponsoredGenderByMeeting).
                            "FROM meetings AS m CROSS JOIN sponsorships AS s "
                            "  ON s.meeting_id = m.id "
                            "JOIN states AS st ON st.iso3 = s.state_iso3 "
                            "WHERE m.start_date BETWEEN :start AND :end AND s.status IN %1")
                 .arg(kSponsored),
             yearBounds(year), QStringLiteral("priority delegates"));
    if (!counts) {
        return counts.error();
    }
    return counts->value(0);
}

Result<QVariantList> DashboardRepository::costNorms(const QDate &end) const
{
    auto norms = rows(
        QStringLiteral(
            "SELECT (SELECT COALESCE((SUM(v) + COUNT(*) / 2) / COUNT(*), 0) FROM (SELECT "
            "          COALESCE(actual_minor, override_minor, estimated_minor) AS v "
            "          FROM sponsorships WHERE status IN %1)), "
            "  (SELECT COALESCE((SUM(c.amount_minor) + COUNT(*) / 2) / COUNT(*), 0) "
            "     FROM commitments AS c "
            "     JOIN activities AS a ON c.item_kind = 'activity' AND a.id = c.item_id "
            "     WHERE a.status IN %1), "
            "  (SELECT COALESCE(SUM(usd_minor), 0) FROM disbursements "
            "     WHERE date > :start AND date <= :end)")
            .arg(kSponsored),
        {{QStringLiteral(":start"), iso(end.addYears(-1))}, {QStringLiteral(":end"), iso(end)}},
        QStringLiteral("cost norms"));
    if (!norms) {
        return norms.error();
    }
    const QVariantList row = norms->value(0);
    // Averages in integer cents (half up), never through floating point.
    return QVariantList{row.value(0).toLongLong(), row.value(1).toLongLong(),
                        row.value(2).toLongLong()};
}

} // namespace FundDesk::Core
