#include "core/repositories/activityrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/repositories/activityrow.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

Error activityNotFound(ActivityId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The activity application is no longer in the fund's database. "
                            "Reload the list of activities and try again."),
                     QStringLiteral("no activity with id %1").arg(id.value()));
}

Result<void> expectOneRow(const QSqlQuery &query, ActivityId id)
{
    if (query.numRowsAffected() != 1) {
        return activityNotFound(id);
    }
    return {};
}

} // namespace

ActivityRepository::ActivityRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<ActivityApplication>> ActivityRepository::all() const
{
    return select({});
}

Result<QList<ActivityApplication>> ActivityRepository::select(const ActivityQuery &filter) const
{
    QStringList conditions;
    if (filter.status) {
        conditions << QStringLiteral("status = :status");
    }
    if (!filter.applicantIso3.isEmpty()) {
        conditions << QStringLiteral("applicant_iso3 = :applicant");
    }
    if (filter.startYear) {
        // A range on the ISO text, so activities_by_start serves it.
        conditions << QStringLiteral("start_date >= :from AND start_date < :to");
    }
    if (filter.focusArea) {
        conditions << QStringLiteral("id IN (SELECT activity_id FROM activity_focus_areas "
                                     "WHERE area = :area)");
    }
    QString sql = ActivityRow::selectAll();
    if (!conditions.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    }
    auto query = Sql::prepare(m_db, sql + QStringLiteral(" ORDER BY reference"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (filter.status) {
        query->bindValue(QStringLiteral(":status"), applicationStatusKey(*filter.status));
    }
    if (!filter.applicantIso3.isEmpty()) {
        query->bindValue(QStringLiteral(":applicant"), filter.applicantIso3);
    }
    if (filter.startYear) {
        const auto januaryFirst = [](int year) {
            return QStringLiteral("%1-01-01").arg(year, 4, 10, QLatin1Char('0'));
        };
        query->bindValue(QStringLiteral(":from"), januaryFirst(*filter.startYear));
        query->bindValue(QStringLiteral(":to"), januaryFirst(*filter.startYear + 1));
    }
    if (filter.focusArea) {
        query->bindValue(QStringLiteral(":area"), focusAreaKey(*filter.focusArea));
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("select activities")); !done) {
        return done.error();
    }
    QList<ActivityApplication> applications;
    while (query->next()) {
        auto application = ActivityRow::read(*query);
        if (!application) {
            return application.error();
        }
        applications.append(std::move(application).value());
    }
    if (auto children = ActivityRow::readChildren(m_db, applications); !children) {
        return children.error();
    }
    return applications;
}

Result<std::optional<ActivityApplication>> ActivityRepository::find(ActivityId id) const
{
    auto query = Sql::prepare(m_db, ActivityRow::selectAll() + QStringLiteral(" WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find activity")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<ActivityApplication>{};
    }
    auto application = ActivityRow::read(*query);
    if (!application) {
        return application.error();
    }
    QList<ActivityApplication> one{std::move(application).value()};
    if (auto children = ActivityRow::readChildren(m_db, one, id); !children) {
        return children.error();
    }
    return std::optional<ActivityApplication>{one.takeFirst()};
}

Result<int> ActivityRepository::highestReferenceNumber(const QString &prefix) const
{
    // substr() is 1-based; the GLOB keeps hand-typed references out of the numbering.
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT COALESCE(MAX(CAST(substr(reference, :start) AS INTEGER)), 0) "
                             "FROM activities WHERE reference GLOB :pattern"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":start"), qint64(prefix.size() + 1));
    query->bindValue(QStringLiteral(":pattern"), QString(prefix + QStringLiteral("[0-9]*")));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("highest reference")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("highest reference: no row"));
    }
    return query->value(0).toInt();
}

Result<int> ActivityRepository::referenceCount(ActivityId id) const
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT (SELECT count(*) FROM activity_reviews WHERE activity_id = "
                             ":id) + (SELECT count(*) FROM consultation_advice WHERE "
                             "activity_id = :id)"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("activity references")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("activity references: no row"));
    }
    return query->value(0).toInt();
}

Result<ActivityId> ActivityRepository::insert(const ActivityApplication &application)
{
    auto query = Sql::prepare(
        m_db,
        QStringLiteral("INSERT INTO activities (reference, applicant_iso3, title, summary, "
                       "objectives, expected_outputs, outcomes, start_date, end_date, "
                       "co_funding_minor, co_funding_source, needs_text, needs_document, "
                       "status, results) VALUES (:reference, :applicant_iso3, :title, :summary, "
                       ":objectives, :expected_outputs, :outcomes, :start_date, :end_date, "
                       ":co_funding_minor, :co_funding_source, :needs_text, :needs_document, "
                       ":status, :results)"));
    if (!query) {
        return query.error();
    }
    ActivityRow::bind(*query, application);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert activity")); !done) {
        return done.error();
    }
    ActivityApplication stored = application;
    stored.id = ActivityId(query->lastInsertId().toLongLong());
    if (auto children = ActivityRow::writeChildren(m_db, stored); !children) {
        return children.error();
    }
    return stored.id;
}

Result<void> ActivityRepository::update(const ActivityApplication &application)
{
    auto query = Sql::prepare(
        m_db,
        QStringLiteral("UPDATE activities SET reference = :reference, applicant_iso3 = "
                       ":applicant_iso3, title = :title, summary = :summary, objectives = "
                       ":objectives, expected_outputs = :expected_outputs, outcomes = :outcomes, "
                       "start_date = :start_date, end_date = :end_date, co_funding_minor = "
                       ":co_funding_minor, co_funding_source = :co_funding_source, needs_text = "
                       ":needs_text, needs_document = :needs_document, status = :status, "
                       "results = :results WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    ActivityRow::bind(*query, application);
    query->bindValue(QStringLiteral(":id"), application.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update activity")); !done) {
        return done;
    }
    if (auto one = expectOneRow(*query, application.id); !one) {
        return one;
    }
    return ActivityRow::writeChildren(m_db, application);
}

Result<void> ActivityRepository::remove(ActivityId id)
{
    // The lists go with it (ON DELETE CASCADE); reviews and advice restrict.
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM activities WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove activity")); !done) {
        return done;
    }
    return expectOneRow(*query, id);
}

} // namespace FundDesk::Core
