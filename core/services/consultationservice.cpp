#include "core/services/consultationservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/repositories/activityrepository.h"
#include "core/repositories/consultationrepository.h"
#include "core/services/inputchecks.h"

#include <QSet>

#include <utility>

namespace FundDesk::Core {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("consultation: ") + field,
                     field);
}

Consultation prepared(Consultation consultation)
{
    for (QString &participant : consultation.participants) {
        participant = participant.trimmed();
    }
    for (ConsultationAdvice &advice : consultation.advice) {
        advice.advice = advice.advice.trimmed();
    }
    consultation.notes = consultation.notes.trimmed();
    return consultation;
}

} // namespace

ConsultationService::ConsultationService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{
}

Result<QList<Consultation>> ConsultationService::all() const
{
    return ConsultationRepository(m_db).all();
}

Result<Consultation> ConsultationService::find(ConsultationId id) const
{
    auto found = ConsultationRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The consultation is no longer in the fund's database. Reload "
                                "the list of consultations and try again."),
                         QStringLiteral("no consultation with id %1").arg(id.value()));
    }
    return std::move(**found);
}

Result<QList<ConsultationAdviceRecord>> ConsultationService::adviceFor(ActivityId activity) const
{
    const auto consultations = all();
    if (!consultations) {
        return consultations.error();
    }
    QList<ConsultationAdviceRecord> records;
    for (const Consultation &consultation : *consultations) {
        for (const ConsultationAdvice &advice : consultation.advice) {
            if (advice.activityId == activity) {
                records.append({consultation.id, consultation.date, advice});
            }
        }
    }
    return records;
}

Result<void> ConsultationService::validate(const Consultation &given) const
{
    const Consultation consultation = prepared(given);
    if (!consultation.date.isValid()) {
        return invalid(QStringLiteral("date"),
                       Tr::tr("Date: enter the date of the consultation."));
    }
    if (consultation.date > m_today()) {
        return invalid(QStringLiteral("date"),
                       Tr::tr("Date: a consultation is recorded once it has taken place; the "
                              "date cannot be in the future."));
    }
    if (auto error = InputChecks::implausibleDate(consultation.date, QStringLiteral("date"))) {
        return *error;
    }
    if (consultation.participants.isEmpty()) {
        return invalid(QStringLiteral("participants"),
                       Tr::tr("Participants: enter the States and members who took part."));
    }
    for (const QString &participant : consultation.participants) {
        if (InputChecks::isBlank(participant)) {
            return invalid(QStringLiteral("participants"),
                           Tr::tr("Participants: a line of the list is empty; enter a name or "
                                  "remove the line."));
        }
        if (auto error = InputChecks::tooLong(participant, InputChecks::kMaxShortText,
                                              QStringLiteral("participants"))) {
            return *error;
        }
    }
    if (auto error = InputChecks::tooLong(consultation.notes, InputChecks::kMaxLongText,
                                          QStringLiteral("notes"))) {
        return *error;
    }
    ActivityRepository activities(m_db);
    QSet<ActivityId> seen;
    for (const ConsultationAdvice &advice : consultation.advice) {
        const auto application = activities.find(advice.activityId);
        if (!application) {
            return application.error();
        }
        if (!application->has_value()) {
            return invalid(QStringLiteral("advice"),
                           Tr::tr("Advice: one application the advice refers to is no longer in "
                                  "the fund's database."));
        }
        const QString reference = (*application)->reference;
        if (seen.contains(advice.activityId)) {
            //: %1 is a reference such as CB-2026-014
            return invalid(QStringLiteral("advice"),
                           Tr::tr("Advice: %1 has two entries; a consultation gives one advice "
                                  "per application.")
                               .arg(reference));
        }
        seen.insert(advice.activityId);
        if (advice.stance != ConsultationStance::NoView && InputChecks::isBlank(advice.advice)) {
            return invalid(QStringLiteral("advice"),
                           Tr::tr("Advice: write down the advice given on %1.").arg(reference));
        }
        if (auto error = InputChecks::tooLong(advice.advice, InputChecks::kMaxLongText,
                                              QStringLiteral("advice"))) {
            return *error;
        }
    }
    return {};
}

Result<ConsultationId> ConsultationService::add(Consultation consultation)
{
    consultation = prepared(std::move(consultation));
    consultation.id = ConsultationId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(consultation); !valid) {
        return valid.error();
    }
    auto id = ConsultationRepository(m_db).insert(consultation);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> ConsultationService::update(Consultation consultation)
{
    consultation = prepared(std::move(consultation));
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(consultation); !valid) {
        return valid;
    }
    if (auto updated = ConsultationRepository(m_db).update(consultation); !updated) {
        return updated;
    }
    return transaction.commit();
}

Result<void> ConsultationService::remove(ConsultationId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto removed = ConsultationRepository(m_db).remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

} // namespace FundDesk::Core
