#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"
#include "core/domain/review.h"
#include "core/domain/rubric.h"
#include "core/domain/rubricaggregate.h"
#include "core/reports/csvwriter.h"
#include "core/services/activityranking.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace FundDesk::Core {

// The scored review of activity applications (¶25a–f). A reviewer first declares whether they
// have a conflict of interest; one who does is recused: refused when scoring and left out of
// the aggregate. Scores are 0–5 per criterion with a written justification; criteria weigh as
// the fund's settings say (equal by default). Every write runs in a TransactionGuard.
class ReviewService final
{
public:
    using Today = std::function<QDate()>;

    explicit ReviewService(QSqlDatabase db, Today today = &QDate::currentDate);

    // The weights stored in the fund's settings; equal when none are stored.
    Result<RubricWeights> weights() const;
    Result<void> setWeights(const RubricWeights &weights);

    Result<QList<Review>> all() const;
    Result<QList<Review>> reviewsFor(ActivityId activity) const;

    // Records the declaration that comes before any score. Error::field: "reviewer" (empty,
    // or already declared for this application), "conflictNote" (required with a conflict).
    Result<ReviewId> declare(ActivityId activity, const QString &reviewer, bool conflict,
                             const QString &note);
    // Changes a declaration; declaring a conflict withdraws any scores given.
    Result<void> redeclare(ReviewId id, bool conflict, const QString &note);
    // Refused (RuleViolation, field "conflict") for a recused reviewer. Error::field
    // "score.<criterion key>" for a score outside 0–5, "justification" when it is empty.
    Result<void> score(ReviewId id, const RubricScores &scores, const QString &justification);
    Result<void> remove(ReviewId id);

    Result<RubricAggregate> aggregate(ActivityId activity) const;
    Result<QHash<ActivityId, RubricAggregate>> aggregates() const;

    // The candidates (ActivityRanking::isCandidate) by aggregate score, with the running total
    // against `available` (BalanceService's available).
    Result<QList<RankedActivity>> ranking(const Money &available) const;

    // Every non-recused score of every application (or of one), for CSV export: one row per
    // reviewer with the six scores, the weighted score and the justification.
    Result<CsvTable> scoreTable(std::optional<ActivityId> activity = std::nullopt) const;

private:
    Result<Review> findReview(ReviewId id) const;

    QSqlDatabase m_db;
    Today m_today;
};

} // namespace FundDesk::Core
