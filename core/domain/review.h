#pragma once

#include "core/domain/ids.h"
#include "core/domain/rubric.h"

#include <QDate>
#include <QString>

namespace FundDesk::Core {

using ReviewId = Id<struct ReviewTag>;

// One reviewer's review of one activity application (¶25). The conflict-of-interest
// declaration comes first; a reviewer who declares a conflict never scores the application
// and counts for nothing in its aggregate.
struct Review
{
    ReviewId id;
    ActivityId activityId;
    QString reviewer;
    bool conflictDeclared = false;
    QString conflictNote;
    QDate declaredOn;
    bool scored = false;
    RubricScores scores{}; // 0–5 per criterion; meaningful only when scored
    QString justification; // required with the scores
    QDate scoredOn;

    bool isRecused() const { return conflictDeclared; }
    int score(RubricCriterion criterion) const { return scores[rubricIndex(criterion)]; }

    bool operator==(const Review &) const = default;
};

} // namespace FundDesk::Core
