#include "core/repositories/consultationrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

Error consultationNotFound(ConsultationId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The consultation is no longer in the fund's database. Reload the "
                            "list of consultations and try again."),
                     QStringLiteral("no consultation with id %1").arg(id.value()));
}

Error corruptStance(qint64 id, const QString &value)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The list of consultations in the fund's database is damaged: "
                            "consultation %1 has an unknown advice.")
                         .arg(id),
                     QStringLiteral("consultation_advice.stance = \"%1\" for id %2")
                         .arg(value)
                         .arg(id));
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql,
                      std::optional<ConsultationId> only, const QString &what)
{
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (only) {
        query->bindValue(QStringLiteral(":id"), only->value());
    }
    if (auto done = Sql::execPrepared(*query, what); !done) {
        return done.error();
    }
    return std::move(query).value();
}

} // namespace

ConsultationRepository::ConsultationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Consultation>> ConsultationRepository::all() const
{
    return select(std::nullopt);
}

Result<std::optional<Consultation>> ConsultationRepository::find(ConsultationId id) const
{
    auto found = select(id);
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<Consultation>{};
    }
    return std::optional<Consultation>{found->constFirst()};
}

Result<QList<Consultation>> ConsultationRepository::select(
    std::optional<ConsultationId> only) const
{
    const QString where = only ? QStringLiteral(" WHERE id = :id") : QString();
    const QString childWhere = only ? QStringLiteral(" WHERE consultation_id = :id") : QString();
    auto main = run(m_db,
                    QStringLiteral("SELECT id, date, notes FROM consultations") + where
                        + QStringLiteral(" ORDER BY date, id"),
                    only, QStringLiteral("select consultations"));
    if (!main) {
        return main.error();
    }
    QList<Consultation> consultations;
    QHash<qint64, qsizetype> indexById;
    while (main->next()) {
        Consultation consultation;
        consultation.id = ConsultationId(main->value(0).toLongLong());
        consultation.date = QDate::fromString(main->value(1).toString(), Qt::ISODate);
        consultation.notes = main->value(2).toString();
        indexById.insert(consultation.id.value(), consultations.size());
        consultations.append(std::move(consultation));
    }

    auto participants = run(m_db,
                            QStringLiteral("SELECT consultation_id, name FROM "
                                           "consultation_participants")
                                + childWhere
                                + QStringLiteral(" ORDER BY consultation_id, position"),
                            only, QStringLiteral("select participants"));
    if (!participants) {
        return participants.error();
    }
    while (participants->next()) {
        const auto index = indexById.constFind(participants->value(0).toLongLong());
        if (index != indexById.cend()) {
            consultations[*index].participants.append(participants->value(1).toString());
        }
    }

    auto advice = run(m_db,
                      QStringLiteral("SELECT consultation_id, activity_id, stance, advice FROM "
                                     "consultation_advice")
                          + childWhere + QStringLiteral(" ORDER BY consultation_id, activity_id"),
                      only, QStringLiteral("select advice"));
    if (!advice) {
        return advice.error();
    }
    while (advice->next()) {
        const qint64 id = advice->value(0).toLongLong();
        const auto index = indexById.constFind(id);
        if (index == indexById.cend()) {
            continue;
        }
        const QString stanceKey = advice->value(2).toString();
        const auto stance = consultationStanceFromKey(stanceKey);
        if (!stance) {
            return corruptStance(id, stanceKey);
        }
        consultations[*index].advice.append(
            {ActivityId(advice->value(1).toLongLong()), *stance, advice->value(3).toString()});
    }
    return consultations;
}

Result<ConsultationId> ConsultationRepository::insert(const Consultation &consultation)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO consultations (date, notes) VALUES (:date, :notes)"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":date"), consultation.date.toString(Qt::ISODate));
    query->bindValue(QStringLiteral(":notes"), text(consultation.notes));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert consultation")); !done) {
        return done.error();
    }
    Consultation stored = consultation;
    stored.id = ConsultationId(query->lastInsertId().toLongLong());
    if (auto children = writeChildren(stored); !children) {
        return children.error();
    }
    return stored.id;
}

Result<void> ConsultationRepository::update(const Consultation &consultation)
{
    auto query = Sql::prepare(m_db, QStringLiteral("UPDATE consultations SET date = :date, "
                                                   "notes = :notes WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":date"), consultation.date.toString(Qt::ISODate));
    query->bindValue(QStringLiteral(":notes"), text(consultation.notes));
    query->bindValue(QStringLiteral(":id"), consultation.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update consultation")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return consultationNotFound(consultation.id);
    }
    return writeChildren(consultation);
}

Result<void> ConsultationRepository::remove(ConsultationId id)
{
    // Participants and advice go with it (ON DELETE CASCADE).
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM consultations WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove consultation")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return consultationNotFound(id);
    }
    return {};
}

Result<void> ConsultationRepository::writeChildren(const Consultation &consultation)
{
    const qint64 id = consultation.id.value();
    for (const char *table : {"consultation_participants", "consultation_advice"}) {
        auto clear = Sql::prepare(m_db, QStringLiteral("DELETE FROM %1 WHERE consultation_id = :id")
                                            .arg(QLatin1String(table)));
        if (!clear) {
            return clear.error();
        }
        clear->bindValue(QStringLiteral(":id"), id);
        if (auto done = Sql::execPrepared(*clear, QStringLiteral("clear consultation")); !done) {
            return done;
        }
    }
    auto participant = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO consultation_participants (consultation_id, position, "
                             "name) VALUES (:id, :position, :name)"));
    if (!participant) {
        return participant.error();
    }
    for (qsizetype i = 0; i < consultation.participants.size(); ++i) {
        participant->bindValue(QStringLiteral(":id"), id);
        participant->bindValue(QStringLiteral(":position"), qint64(i));
        participant->bindValue(QStringLiteral(":name"), text(consultation.participants[i]));
        if (auto done = Sql::execPrepared(*participant, QStringLiteral("insert participant"));
            !done) {
            return done;
        }
    }
    auto advice = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO consultation_advice (consultation_id, activity_id, "
                             "stance, advice) VALUES (:id, :activity_id, :stance, :advice)"));
    if (!advice) {
        return advice.error();
    }
    for (const ConsultationAdvice &entry : consultation.advice) {
        advice->bindValue(QStringLiteral(":id"), id);
        advice->bindValue(QStringLiteral(":activity_id"), entry.activityId.value());
        advice->bindValue(QStringLiteral(":stance"), consultationStanceKey(entry.stance));
        advice->bindValue(QStringLiteral(":advice"), text(entry.advice));
        if (auto done = Sql::execPrepared(*advice, QStringLiteral("insert advice")); !done) {
            return done;
        }
    }
    return {};
}

} // namespace FundDesk::Core
