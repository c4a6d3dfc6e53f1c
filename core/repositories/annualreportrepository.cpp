#include "core/repositories/annualreportrepository.h"

#include "core/db/sqlhelpers.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace FundDesk::Core {

namespace {

// The funded statuses whose delegates and activities a donor report shows.
const QString kAnnualFundedStatuses = QStringLiteral("('approved', 'active', 'completed')");

// Prepares sql, binds :from and :to to the year's first and last day, and runs it.
Result<QSqlQuery> runForAnnualYear(const QSqlDatabase &db, const QString &sql, int year,
                                   const QString &what)
{
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":from"), QDate(year, 1, 1).toString(Qt::ISODate));
    query->bindValue(QStringLiteral(":to"), QDate(year, 12, 31).toString(Qt::ISODate));
    if (auto done = Sql::execPrepared(*query, what); !done) {
        return done.error();
    }
    return std::move(*query);
}

} // namespace

AnnualReportRepository::AnnualReportRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<AnnualDonorReceipts>> AnnualReportRepository::receiptsByDonor(int year) const
{
    auto query = runForAnnualYear(
        m_db,
        QStringLiteral("SELECT c.donor_id, coalesce(d.name, ''), coalesce(d.state_iso3, ''), "
                       "c.publication, count(*), sum(c.usd_minor) FROM contributions AS c "
                       "LEFT JOIN donors AS d ON d.id = c.donor_id "
                       "WHERE c.type = 'receipt' AND c.date BETWEEN :from AND :to "
                       "GROUP BY c.donor_id, c.publication ORDER BY c.donor_id, c.publication"),
        year, QStringLiteral("annual report: receipts by donor"));
    if (!query) {
        return query.error();
    }
    QList<AnnualDonorReceipts> rows;
    while (query->next()) {
        const auto consent = publicationConsentFromKey(query->value(3).toString());
        if (!consent) {
            return Sql::storageError(*query, QStringLiteral("bad publication consent"));
        }
        rows << AnnualDonorReceipts{query->value(0).toLongLong(), query->value(1).toString(),
                                    query->value(2).toString(), *consent,
                                    query->value(4).toInt(), query->value(5).toLongLong()};
    }
    // A sum beyond 64 bits stops the rows with an error rather than a wrong total.
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("annual report: reading rows"));
    }
    return rows;
}

Result<QList<AnnualSponsoredDelegates>> AnnualReportRepository::sponsoredDelegates(int year) const
{
    auto query = runForAnnualYear(
        m_db,
        QStringLiteral("SELECT s.state_iso3, s.gender, count(*) FROM meetings AS m "
                       "JOIN sponsorships AS s ON s.meeting_id = m.id AND s.status IN %1 "
                       "WHERE m.start_date BETWEEN :from AND :to "
                       "GROUP BY s.state_iso3, s.gender ORDER BY s.state_iso3, s.gender")
            .arg(kAnnualFundedStatuses),
        year, QStringLiteral("annual report: sponsored delegates"));
    if (!query) {
        return query.error();
    }
    QList<AnnualSponsoredDelegates> rows;
    while (query->next()) {
        const auto gender = genderFromKey(query->value(1).toString());
        if (!gender) {
            return Sql::storageError(*query, QStringLiteral("bad gender"));
        }
        rows << AnnualSponsoredDelegates{query->value(0).toString(), *gender,
                                         query->value(2).toInt()};
    }
    // A sum beyond 64 bits stops the rows with an error rather than a wrong total.
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("annual report: reading rows"));
    }
    return rows;
}

Result<QList<AnnualDisbursed>> AnnualReportRepository::disbursed(int year) const
{
    auto query = runForAnnualYear(
        m_db,
        QStringLiteral("SELECT d.item_kind, s.region, sum(d.usd_minor) FROM disbursements AS d "
                       "JOIN states AS s ON s.iso3 = d.recipient_iso3 "
                       "WHERE d.date BETWEEN :from AND :to "
                       "GROUP BY d.item_kind, s.region ORDER BY d.item_kind, s.region"),
        year, QStringLiteral("annual report: disbursements"));
    if (!query) {
        return query.error();
    }
    QList<AnnualDisbursed> rows;
    while (query->next()) {
        const auto kind = workflowItemKindFromKey(query->value(0).toString());
        const auto region = regionFromKey(query->value(1).toString());
        if (!kind || !region) {
            return Sql::storageError(*query, QStringLiteral("bad item kind or region"));
        }
        rows << AnnualDisbursed{*kind, *region, query->value(2).toLongLong()};
    }
    // A sum beyond 64 bits stops the rows with an error rather than a wrong total.
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("annual report: reading rows"));
    }
    return rows;
}

Result<QList<AnnualActivity>> AnnualReportRepository::activities(int year) const
{
    // Paid or committed in the year. The paid sum is a lookup on the disbursements_by_item
    // index per activity: a joined GROUP BY of the year's payments was scanned per row.
    auto query = runForAnnualYear(
        m_db,
        QStringLiteral(
            "WITH chosen AS (SELECT item_id AS id FROM disbursements "
            "    WHERE item_kind = 'activity' AND date BETWEEN :from AND :to "
            "UNION SELECT item_id FROM commitments "
            "    WHERE item_kind = 'activity' AND date BETWEEN :from AND :to) "
            "SELECT a.id, a.reference, a.title, a.applicant_iso3, coalesce(s.region, ''), "
            "a.status, a.results, coalesce(c.amount_minor, (SELECT sum(amount_minor) FROM "
            "activity_amounts AS r WHERE r.activity_id = a.id), 0), "
            "coalesce((SELECT sum(usd_minor) FROM disbursements AS d WHERE d.item_kind = "
            "'activity' AND d.item_id = a.id AND d.date BETWEEN :from AND :to), 0), "
            "(SELECT group_concat(area) FROM activity_focus_areas AS f WHERE f.activity_id = a.id) "
            "FROM chosen JOIN activities AS a ON a.id = chosen.id "
            "LEFT JOIN states AS s ON s.iso3 = a.applicant_iso3 "
            "LEFT JOIN commitments AS c ON c.item_kind = 'activity' AND c.item_id = a.id "
            "WHERE a.status IN %1 ORDER BY a.reference")
            .arg(kAnnualFundedStatuses),
        year, QStringLiteral("annual report: activities"));
    if (!query) {
        return query.error();
    }
    QList<AnnualActivity> rows;
    while (query->next()) {
        AnnualActivity row;
        row.id = query->value(0).toLongLong();
        row.reference = query->value(1).toString();
        row.title = query->value(2).toString();
        row.applicantIso3 = query->value(3).toString();
        row.regionKey = query->value(4).toString();
        row.statusKey = query->value(5).toString();
        row.results = query->value(6).toString();
        row.approvedMinor = query->value(7).toLongLong();
        row.disbursedMinor = query->value(8).toLongLong();
        const QString areas = query->value(9).toString();
        if (!areas.isEmpty()) {
            row.focusAreaKeys = areas.split(QLatin1Char(','));
        }
        rows << row;
    }
    // A sum beyond 64 bits stops the rows with an error rather than a wrong total.
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("annual report: reading rows"));
    }
    return rows;
}

Result<QHash<qint64, QStringList>>
AnnualReportRepository::coApplicants(const QList<qint64> &activityIds) const
{
    QHash<qint64, QStringList> result;
    if (activityIds.isEmpty()) {
        return result;
    }
    QStringList ids;
    for (const qint64 id : activityIds) {
        ids << QString::number(id); // integers, so no injection
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT activity_id, iso3 FROM activity_co_applicants "
                                   "WHERE activity_id IN (%1) ORDER BY activity_id, position")
                        .arg(ids.join(QLatin1Char(','))))) {
        return Sql::storageError(query, QStringLiteral("annual report: co-applicants"));
    }
    while (query.next()) {
        result[query.value(0).toLongLong()] << query.value(1).toString();
    }
    return result;
}

} // namespace FundDesk::Core
