#include "core/repositories/periodrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

PeriodRepository::PeriodRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<bool> PeriodRepository::isClosed(int year) const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT 1 FROM closed_years WHERE year = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(year);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("is year closed")); !done) {
        return done.error();
    }
    return query->next();
}

Result<QList<int>> PeriodRepository::closedYears() const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT year FROM closed_years ORDER BY year"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("closed years")); !done) {
        return done.error();
    }
    QList<int> years;
    while (query->next()) {
        years.append(query->value(0).toInt());
    }
    return years;
}

Result<void> PeriodRepository::close(int year, ProfileId by, const QDateTime &at)
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("INSERT INTO closed_years (year, closed_by, closed_at) "
                                          "VALUES (?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(year);
    query->addBindValue(by.value());
    query->addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    return Sql::execPrepared(*query, QStringLiteral("close year"));
}

Result<void> PeriodRepository::reopen(int year)
{
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM closed_years WHERE year = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(year);
    return Sql::execPrepared(*query, QStringLiteral("reopen year"));
}

Result<void> PeriodRepository::addEvent(const PeriodEvent &event)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO period_events (year, action, reason, profile_id, at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(event.year);
    query->addBindValue(event.action == PeriodEvent::Action::Close ? QStringLiteral("close")
                                                                   : QStringLiteral("reopen"));
    query->addBindValue(event.reason.isNull() ? QStringLiteral("") : event.reason);
    query->addBindValue(event.profileId.value());
    query->addBindValue(event.at.toUTC().toString(Qt::ISODateWithMs));
    return Sql::execPrepared(*query, QStringLiteral("period event"));
}

Result<QList<PeriodEvent>> PeriodRepository::events() const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT id, year, action, reason, profile_id, "
                                                   "at FROM period_events ORDER BY id"));
    if (!query) {
        return query.error();
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("period events")); !done) {
        return done.error();
    }
    QList<PeriodEvent> events;
    while (query->next()) {
        PeriodEvent event;
        event.id = query->value(0).toLongLong();
        event.year = query->value(1).toInt();
        event.action = query->value(2).toString() == QLatin1String("reopen")
                           ? PeriodEvent::Action::Reopen
                           : PeriodEvent::Action::Close;
        event.reason = query->value(3).toString();
        event.profileId = ProfileId(query->value(4).toLongLong());
        event.at = QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs);
        events.append(event);
    }
    return events;
}

} // namespace FundDesk::Core
