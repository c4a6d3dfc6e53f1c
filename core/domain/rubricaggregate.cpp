#include "core/domain/rubricaggregate.h"

#include <algorithm>

namespace FundDesk::Core {

namespace {
qint64 weightedSum(const Review &review, const RubricWeights &weights)
{
    qint64 sum = 0;
    for (std::size_t i = 0; i < rubricCriterionCount; ++i) {
        sum += qint64(weights.values()[i]) * review.scores[i];
    }
    return sum;
}
} // namespace

RubricScore RubricAggregate::weightedScore(const Review &review, const RubricWeights &weights)
{
    return RubricScore(weightedSum(review, weights), weights.total());
}

RubricAggregate RubricAggregate::compute(const QList<Review> &reviews,
                                         const RubricWeights &weights)
{
    RubricAggregate aggregate;
    QList<const Review *> scored;
    for (const Review &review : reviews) {
        if (review.isRecused()) {
            ++aggregate.recusedReviewers;
        } else if (!review.scored) {
            ++aggregate.pendingReviewers;
        } else {
            scored.append(&review);
        }
    }
    aggregate.scoredReviewers = int(scored.size());
    if (scored.isEmpty()) {
        return aggregate;
    }

    // With W = Σ weights and n reviewers, the mean of the n fractions S_r / W is Σ S_r / (n W).
    const qint64 reviewers = scored.size();
    qint64 total = 0;
    qint64 lowest = weightedSum(*scored.constFirst(), weights);
    qint64 highest = lowest;
    for (const Review *review : std::as_const(scored)) {
        const qint64 sum = weightedSum(*review, weights);
        total += sum;
        lowest = std::min(lowest, sum);
        highest = std::max(highest, sum);
    }
    aggregate.score = RubricScore(total, reviewers * weights.total());
    aggregate.spread = RubricScore(highest - lowest, weights.total());

    for (std::size_t i = 0; i < rubricCriterionCount; ++i) {
        int sum = 0;
        int low = scored.constFirst()->scores[i];
        int high = low;
        for (const Review *review : std::as_const(scored)) {
            sum += review->scores[i];
            low = std::min(low, review->scores[i]);
            high = std::max(high, review->scores[i]);
        }
        aggregate.criterionMeans[i] = RubricScore(sum, reviewers);
        aggregate.criterionSpreads[i] = high - low;
    }
    return aggregate;
}

} // namespace FundDesk::Core
