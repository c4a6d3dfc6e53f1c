#include "core/reports/reviewscoretable.h"

#include "core/coretr.h"
#include "core/domain/rubricaggregate.h"

namespace FundDesk::Core {

CsvTable ReviewScoreTable::build(const QList<ActivityApplication> &applications,
                                 const QList<Review> &reviews, const RubricWeights &weights)
{
    CsvTable table;
    //: column of the exported review scores
    table.header << Tr::tr("Reference") << Tr::tr("Title") << Tr::tr("Reviewer");
    for (RubricCriterion criterion : allRubricCriteria()) {
        //: column of the exported review scores: %1 is a letter of ¶25, %2 the criterion
        table.header << Tr::tr("(%1) %2").arg(rubricCriterionLetter(criterion),
                                              rubricCriterionDisplayName(criterion));
    }
    //: column of the exported review scores
    table.header << Tr::tr("Weighted score") << Tr::tr("Justification");

    for (const ActivityApplication &application : applications) {
        for (const Review &review : reviews) {
            if (review.activityId != application.id || review.isRecused() || !review.scored) {
                continue;
            }
            QVariantList row{application.reference, application.title, review.reviewer};
            for (int score : review.scores) {
                row << score;
            }
            row << RubricAggregate::weightedScore(review, weights).toPlainString()
                << review.justification;
            table.rows.append(row);
        }
    }
    return table;
}

} // namespace FundDesk::Core
