#pragma once

#include "core/domain/commitment.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// `commitments` and `commitment_amendments`. Writes do not open a transaction: the service
// holds the guard.
class CommitmentRepository final
{
public:
    explicit CommitmentRepository(QSqlDatabase db);

    Result<std::optional<Commitment>> find(const WorkflowItem &item) const;
    Result<qint64> insert(const Commitment &commitment);
    Result<void> setAmount(qint64 commitmentId, const Money &amount);

    Result<std::optional<Amendment>> findAmendment(qint64 id) const;
    Result<QList<Amendment>> amendments(const WorkflowItem &item) const; // oldest first
    Result<qint64> insertAmendment(const Amendment &amendment);
    Result<void> decideAmendment(const Amendment &amendment); // status, approver, decidedOn

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
