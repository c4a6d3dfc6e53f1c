#include "core/repositories/sponsorshiprepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/repositories/sponsorshiprow.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace FundDesk::Core {

namespace {

Error sponsorshipNotFound(SponsorshipId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The sponsorship application is no longer in the fund's database. "
                            "Reload the list of applications and try again."),
                     QStringLiteral("no sponsorship with id %1").arg(id.value()));
}

} // namespace

SponsorshipRepository::SponsorshipRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<SponsorshipApplication>> SponsorshipRepository::list(
    const SponsorshipQuery &filter) const
{
    QStringList conditions;
    if (filter.meeting.isValid()) {
        conditions << QStringLiteral("meeting_id = :meeting");
    }
    if (filter.status) {
        conditions << QStringLiteral("status = :status");
    }
    if (!filter.stateIso3.isEmpty()) {
        conditions << QStringLiteral("state_iso3 = :state");
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto query =
        Sql::prepare(m_db, SponsorshipRow::selectAll() + where + QStringLiteral(" ORDER BY id"));
    if (!query) {
        return query.error();
    }
    if (filter.meeting.isValid()) {
        query->bindValue(QStringLiteral(":meeting"), filter.meeting.value());
    }
    if (filter.status) {
        query->bindValue(QStringLiteral(":status"), applicationStatusKey(*filter.status));
    }
    if (!filter.stateIso3.isEmpty()) {
        query->bindValue(QStringLiteral(":state"), filter.stateIso3);
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("list sponsorships")); !done) {
        return done.error();
    }
    QList<SponsorshipApplication> applications;
    while (query->next()) {
        auto application = SponsorshipRow::read(*query);
        if (!application) {
            return application.error();
        }
        applications.append(std::move(application).value());
    }
    return applications;
}

Result<std::optional<SponsorshipApplication>> SponsorshipRepository::find(SponsorshipId id) const
{
    auto query =
        Sql::prepare(m_db, SponsorshipRow::selectAll() + QStringLiteral(" WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find sponsorship")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<SponsorshipApplication>();
    }
    auto application = SponsorshipRow::read(*query);
    if (!application) {
        return application.error();
    }
    return std::optional(std::move(application).value());
}

Result<int> SponsorshipRepository::countForMeeting(MeetingId meeting) const
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT count(*) FROM sponsorships WHERE meeting_id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), meeting.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("count sponsorships")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("count sponsorships: no row"));
    }
    return query->value(0).toInt();
}

Result<SponsorshipId> SponsorshipRepository::insert(const SponsorshipApplication &application)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO sponsorships ") + SponsorshipRow::insertColumns());
    if (!query) {
        return query.error();
    }
    SponsorshipRow::bind(*query, application);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert sponsorship")); !done) {
        return done.error();
    }
    return SponsorshipId(query->lastInsertId().toLongLong());
}

Result<void> SponsorshipRepository::update(const SponsorshipApplication &application)
{
    auto query = Sql::prepare(m_db, QStringLiteral("UPDATE sponsorships SET ") +
                                        SponsorshipRow::updateAssignments() +
                                        QStringLiteral(" WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    SponsorshipRow::bind(*query, application);
    query->bindValue(QStringLiteral(":id"), application.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update sponsorship")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return sponsorshipNotFound(application.id);
    }
    return {};
}

Result<void> SponsorshipRepository::remove(SponsorshipId id)
{
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM sponsorships WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove sponsorship")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return sponsorshipNotFound(id);
    }
    return {};
}

} // namespace FundDesk::Core
