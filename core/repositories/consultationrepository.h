#pragma once

#include "core/domain/consultation.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The `consultations`, `consultation_participants` and `consultation_advice` tables; the only
// place with SQL for them. The caller (ConsultationService) holds the TransactionGuard.
class ConsultationRepository final
{
public:
    explicit ConsultationRepository(QSqlDatabase db);

    // Ordered by date, then id; with participants and advice.
    Result<QList<Consultation>> all() const;
    Result<std::optional<Consultation>> find(ConsultationId id) const;

    Result<ConsultationId> insert(const Consultation &consultation);
    // Replaces every field, the participants and the advice.
    Result<void> update(const Consultation &consultation);
    Result<void> remove(ConsultationId id);

private:
    Result<QList<Consultation>> select(std::optional<ConsultationId> only) const;
    Result<void> writeChildren(const Consultation &consultation);

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
