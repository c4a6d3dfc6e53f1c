#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/review.h"
#include "core/domain/rubric.h"
#include "core/reports/csvwriter.h"

#include <QList>

namespace FundDesk::Core {

// The per-criterion scores of the reviews, one row per scoring reviewer, for export (¶25):
// reference, title, reviewer, the six scores, the weighted score ("3.20", exact fraction
// rounded half-even) and the justification. Recused reviewers and unscored declarations are
// left out: they gave no scores.
class ReviewScoreTable final
{
public:
    ReviewScoreTable() = delete;

    static CsvTable build(const QList<ActivityApplication> &applications,
                          const QList<Review> &reviews, const RubricWeights &weights);
};

} // namespace FundDesk::Core
