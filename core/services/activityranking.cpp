#include "core/services/activityranking.h"

#include "core/domain/activityfloor.h"

#include <algorithm>

namespace FundDesk::Core {

QList<RankedActivity> ActivityRanking::rank(const QList<ActivityApplication> &applications,
                                            const QHash<ActivityId, RubricAggregate> &aggregates,
                                            const FundSettings &settings, const Money &available)
{
    QList<RankedActivity> lines;
    lines.reserve(applications.size());
    for (const ActivityApplication &application : applications) {
        RankedActivity line;
        line.application = application;
        line.aggregate = aggregates.value(application.id);
        // Stored requests were validated, so their sum fits; an overflow counts as zero.
        line.requested = application.requestedTotal().ok()
                             ? application.requestedTotal().value()
                             : Money::usd(0);
        line.belowFloor = isBelowFloor(application, settings);
        lines.append(std::move(line));
    }
    const auto higher = [](const RankedActivity &a, const RankedActivity &b) {
        if (a.aggregate.hasScore() != b.aggregate.hasScore()) {
            return a.aggregate.hasScore();
        }
        if (a.aggregate.hasScore() && *a.aggregate.score != *b.aggregate.score) {
            return *a.aggregate.score > *b.aggregate.score;
        }
        return a.application.reference < b.application.reference;
    };
    std::stable_sort(lines.begin(), lines.end(), higher);

    Money running = Money::usd(0);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        RankedActivity &line = lines[i];
        const bool sameAsAbove = i > 0 && line.aggregate.hasScore()
                                 && lines[i - 1].aggregate.hasScore()
                                 && *line.aggregate.score == *lines[i - 1].aggregate.score;
        line.rank = sameAsAbove ? lines[i - 1].rank : int(i + 1);
        line.counted = line.aggregate.hasScore() && !line.belowFloor;
        if (line.counted) {
            const auto sum = running.add(line.requested);
            running = sum ? *sum : running;
        }
        line.runningTotal = running;
        const auto order = running.compare(available);
        line.fitsBalance = line.counted && order && *order != std::strong_ordering::greater;
    }
    return lines;
}

bool ActivityRanking::isCandidate(const ActivityApplication &application)
{
    return application.status == ApplicationStatus::Eligible
           || application.status == ApplicationStatus::UnderReview
           || application.status == ApplicationStatus::Recommended;
}

} // namespace FundDesk::Core
