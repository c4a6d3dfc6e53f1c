#pragma once

#include "core/domain/consultation.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace FundDesk::Core {

// The advice one consultation gave on one application, for the application's own page.
struct ConsultationAdviceRecord
{
    ConsultationId consultationId;
    QDate date;
    ConsultationAdvice advice;
};

// Consultations of the governance structure of donor and beneficiary States that guides the
// selection (¶18). Every write runs in a TransactionGuard.
class ConsultationService final
{
public:
    using Today = std::function<QDate()>;

    explicit ConsultationService(QSqlDatabase db, Today today = &QDate::currentDate);

    // Ordered by date.
    Result<QList<Consultation>> all() const;
    Result<Consultation> find(ConsultationId id) const;
    // Oldest first.
    Result<QList<ConsultationAdviceRecord>> adviceFor(ActivityId activity) const;

    // Error::field: "date" (required, not in the future), "participants" (at least one, none
    // empty), "advice" (a stored application, once per consultation, a text unless the
    // stance is "no view").
    Result<void> validate(const Consultation &consultation) const;
    Result<ConsultationId> add(Consultation consultation);
    Result<void> update(Consultation consultation);
    Result<void> remove(ConsultationId id);

private:
    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
