#include "core/repositories/meetingrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

namespace FundDesk::Core {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, reference, name, city, start_date, end_date, formal_days, dsa_rate_minor, "
    "dsa_days, terminal_minor FROM meetings");

Error meetingNotFound(MeetingId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The meeting is no longer in the fund's database. Reload the list "
                            "of meetings and try again."),
                     QStringLiteral("no meeting with id %1").arg(id.value()));
}

Error corrupt(qint64 id, const QString &column, const QString &value)
{
    return makeError(
        ErrorCode::Corrupt,
        Tr::tr("The list of meetings in the fund's database is damaged: meeting %1 "
               "has an unknown value in “%2”.")
            .arg(QString::number(id), column),
        QStringLiteral("meetings.%1 = \"%2\" for id %3").arg(column, value, QString::number(id)),
        column);
}

Result<Meeting> read(const QSqlQuery &query)
{
    Meeting meeting;
    const qint64 id = query.value(0).toLongLong();
    meeting.id = MeetingId(id);
    meeting.reference = query.value(1).toString();
    meeting.name = query.value(2).toString();
    meeting.city = query.value(3).toString();
    meeting.start = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    meeting.end = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    if (!meeting.start.isValid() || !meeting.end.isValid()) {
        return corrupt(id, QStringLiteral("start_date"), query.value(4).toString());
    }
    meeting.formalMeetingDays = query.value(6).toInt();
    meeting.norms.dsaDailyRate = Money::usd(query.value(7).toLongLong());
    meeting.norms.dsaDays = query.value(8).toInt();
    meeting.norms.terminalExpenses = Money::usd(query.value(9).toLongLong());
    return meeting;
}

void bind(QSqlQuery &query, const Meeting &meeting)
{
    query.bindValue(QStringLiteral(":reference"), meeting.reference);
    query.bindValue(QStringLiteral(":name"), meeting.name);
    query.bindValue(QStringLiteral(":city"), meeting.city);
    query.bindValue(QStringLiteral(":start_date"), meeting.start.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":end_date"), meeting.end.toString(Qt::ISODate));
    query.bindValue(QStringLiteral(":formal_days"), meeting.formalMeetingDays);
    query.bindValue(QStringLiteral(":dsa_rate_minor"), meeting.norms.dsaDailyRate.minor());
    query.bindValue(QStringLiteral(":dsa_days"), meeting.norms.dsaDays);
    query.bindValue(QStringLiteral(":terminal_minor"), meeting.norms.terminalExpenses.minor());
}

} // namespace

MeetingRepository::MeetingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Meeting>> MeetingRepository::select(const QString &where, const QVariant &value) const
{
    auto query = Sql::prepare(m_db, kSelect + where + QStringLiteral(" ORDER BY start_date, id"));
    if (!query) {
        return query.error();
    }
    if (!where.isEmpty()) {
        query->bindValue(QStringLiteral(":value"), value);
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("select meetings")); !done) {
        return done.error();
    }
    QList<Meeting> meetings;
    while (query->next()) {
        auto meeting = read(*query);
        if (!meeting) {
            return meeting.error();
        }
        meetings.append(std::move(meeting).value());
    }
    for (Meeting &meeting : meetings) {
        if (auto done = readAirfares(meeting); !done) {
            return done.error();
        }
    }
    return meetings;
}

Result<QList<Meeting>> MeetingRepository::all() const
{
    return select({}, {});
}

Result<std::optional<Meeting>> MeetingRepository::find(MeetingId id) const
{
    auto found = select(QStringLiteral(" WHERE id = :value"), id.value());
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Meeting>() : std::optional(found->constFirst());
}

Result<std::optional<Meeting>> MeetingRepository::findByReference(QStringView reference) const
{
    auto found = select(QStringLiteral(" WHERE reference = :value"), reference.toString());
    if (!found) {
        return found.error();
    }
    return found->isEmpty() ? std::optional<Meeting>() : std::optional(found->constFirst());
}

Result<void> MeetingRepository::readAirfares(Meeting &meeting) const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT region, amount_minor FROM "
                                                   "meeting_airfares WHERE meeting_id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), meeting.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("meeting airfares")); !done) {
        return done;
    }
    meeting.norms.airfare.clear();
    while (query->next()) {
        const QString key = query->value(0).toString();
        const auto region = regionFromKey(key);
        if (!region) {
            return corrupt(meeting.id.value(), QStringLiteral("meeting_airfares.region"), key);
        }
        meeting.norms.airfare.insert(*region, Money::usd(query->value(1).toLongLong()));
    }
    return {};
}

Result<void> MeetingRepository::writeAirfares(const Meeting &meeting)
{
    auto clear =
        Sql::prepare(m_db, QStringLiteral("DELETE FROM meeting_airfares WHERE meeting_id = :id"));
    if (!clear) {
        return clear.error();
    }
    clear->bindValue(QStringLiteral(":id"), meeting.id.value());
    if (auto done = Sql::execPrepared(*clear, QStringLiteral("clear airfares")); !done) {
        return done;
    }
    auto insert = Sql::prepare(m_db, QStringLiteral("INSERT INTO meeting_airfares (meeting_id, "
                                                    "region, amount_minor) VALUES (:id, :region, "
                                                    ":amount)"));
    if (!insert) {
        return insert.error();
    }
    for (auto it = meeting.norms.airfare.cbegin(); it != meeting.norms.airfare.cend(); ++it) {
        insert->bindValue(QStringLiteral(":id"), meeting.id.value());
        insert->bindValue(QStringLiteral(":region"), regionKey(it.key()));
        insert->bindValue(QStringLiteral(":amount"), it.value().minor());
        if (auto done = Sql::execPrepared(*insert, QStringLiteral("insert airfare")); !done) {
            return done;
        }
    }
    return {};
}

Result<MeetingId> MeetingRepository::insert(const Meeting &meeting)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO meetings (reference, name, city, start_date, end_date, "
                             "formal_days, dsa_rate_minor, dsa_days, terminal_minor) VALUES "
                             "(:reference, :name, :city, :start_date, :end_date, :formal_days, "
                             ":dsa_rate_minor, :dsa_days, :terminal_minor)"));
    if (!query) {
        return query.error();
    }
    bind(*query, meeting);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert meeting")); !done) {
        return done.error();
    }
    Meeting stored = meeting;
    stored.id = MeetingId(query->lastInsertId().toLongLong());
    if (auto done = writeAirfares(stored); !done) {
        return done.error();
    }
    return stored.id;
}

Result<void> MeetingRepository::update(const Meeting &meeting)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("UPDATE meetings SET reference = :reference, name = :name, "
                             "city = :city, start_date = :start_date, end_date = :end_date, "
                             "formal_days = :formal_days, dsa_rate_minor = :dsa_rate_minor, "
                             "dsa_days = :dsa_days, terminal_minor = :terminal_minor "
                             "WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    bind(*query, meeting);
    query->bindValue(QStringLiteral(":id"), meeting.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update meeting")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return meetingNotFound(meeting.id);
    }
    return writeAirfares(meeting);
}

Result<void> MeetingRepository::remove(MeetingId id)
{
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM meetings WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove meeting")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return meetingNotFound(id);
    }
    return {};
}

} // namespace FundDesk::Core
