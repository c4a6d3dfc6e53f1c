#pragma once

#include "core/domain/review.h"
#include "core/domain/rubric.h"
#include "core/domain/rubricscore.h"

#include <QList>

#include <array>
#include <optional>

namespace FundDesk::Core {

// What the reviews of one application add up to (¶25). A reviewer's weighted score is
// Σ weight × score / Σ weight; the aggregate is the plain mean of those over the reviewers who
// scored. Recused reviewers (declared conflict) and reviewers who have not scored yet are left
// out and only counted. Everything is exact (RubricScore); nothing is stored.
struct RubricAggregate
{
    int scoredReviewers = 0;
    int recusedReviewers = 0;
    int pendingReviewers = 0; // no conflict declared, no scores yet

    std::optional<RubricScore> score;  // nullopt until someone scores
    std::optional<RubricScore> spread; // max − min of the reviewers' weighted scores
    // Per criterion: mean of the scores, and max − min between reviewers.
    std::array<std::optional<RubricScore>, rubricCriterionCount> criterionMeans{};
    std::array<std::optional<int>, rubricCriterionCount> criterionSpreads{};

    bool hasScore() const { return score.has_value(); }

    static RubricAggregate compute(const QList<Review> &reviews, const RubricWeights &weights);
    // One reviewer's weighted score, ignoring recusal.
    static RubricScore weightedScore(const Review &review, const RubricWeights &weights);
};

} // namespace FundDesk::Core
