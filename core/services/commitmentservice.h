#pragma once

#include "core/domain/commitment.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace FundDesk::Core {

// What approval commits (¶16, ¶18): the approved amount, refused while the fund is not
// operational and when it exceeds the available programme balance (the shortfall is stated).
// A change of an approved amount is an Amendment: recommended by the fund manager with a
// justification, then approved by the High Representative's office (not the recommender);
// the commitment changes only then, and both amounts stay on record.
class CommitmentService final
{
public:
    using Today = std::function<QDate()>;

    explicit CommitmentService(QSqlDatabase db, Today today = &QDate::currentDate);

    Result<std::optional<Commitment>> commitment(const WorkflowItem &item) const;
    Result<QList<Amendment>> amendments(const WorkflowItem &item) const;

    // Ok when `amount` more can be committed in `year`: the fund is operational and the
    // available programme balance covers it.
    Result<void> checkCanCommit(const Money &amount, int year) const;

    // Called by WorkflowService inside its transaction when the item is approved.
    Result<qint64> commitOnApproval(const WorkflowItem &item, const Money &amount,
                                    const Profile &approver);

    // The fund manager proposes a new amount for an approved item.
    Result<qint64> proposeAmendment(const WorkflowItem &item, const Money &newAmount,
                                    const QString &justification, const Profile &actor);
    // The High Representative's office approves or rejects a proposed amendment.
    Result<void> decideAmendment(qint64 amendmentId, bool approve, const Profile &actor);

private:
    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
