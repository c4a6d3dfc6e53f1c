#include "core/services/reviewservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/reports/reviewscoretable.h"
#include "core/repositories/activityrepository.h"
#include "core/repositories/reviewrepository.h"
#include "core/repositories/settingsrepository.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/inputchecks.h"

#include <utility>

namespace FundDesk::Core {

namespace {

// Not in FundSettingsKeys: the rubric is the review's own setting, stored as "1,1,1,1,1,1".
const QString kWeightsKey = QStringLiteral("activity.rubric.weights");

Error reviewNotFound(ReviewId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The review is no longer in the fund's database. Reload the "
                            "application's reviews and try again."),
                     QStringLiteral("no review with id %1").arg(id.value()));
}

Result<void> checkNote(bool conflict, const QString &note)
{
    if (conflict && InputChecks::isBlank(note)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Conflict of interest: describe the conflict you declare, so "
                                "the record shows why you did not score."),
                         {}, QStringLiteral("conflictNote"));
    }
    if (auto error = InputChecks::tooLong(note.trimmed(), InputChecks::kMaxLongText,
                                          QStringLiteral("conflictNote"))) {
        return *error;
    }
    return {};
}

} // namespace

ReviewService::ReviewService(QSqlDatabase db, Today today)
    : m_db(std::move(db)), m_today(std::move(today))
{
}

Result<RubricWeights> ReviewService::weights() const
{
    const auto stored = SettingsRepository(m_db).value(kWeightsKey);
    if (!stored) {
        return stored.error();
    }
    if (!stored->has_value()) {
        return RubricWeights();
    }
    return RubricWeights::fromText(**stored);
}

Result<void> ReviewService::setWeights(const RubricWeights &weights)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    // Re-checked: a RubricWeights can only be built valid, but the text form is the contract.
    if (auto valid = RubricWeights::fromText(weights.toText()); !valid) {
        return valid.error();
    }
    if (auto saved = SettingsRepository(m_db).setValue(kWeightsKey, weights.toText()); !saved) {
        return saved;
    }
    return transaction.commit();
}

Result<QList<Review>> ReviewService::all() const
{
    return ReviewRepository(m_db).all();
}

Result<QList<Review>> ReviewService::reviewsFor(ActivityId activity) const
{
    return ReviewRepository(m_db).forActivity(activity);
}

Result<Review> ReviewService::findReview(ReviewId id) const
{
    auto found = ReviewRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return reviewNotFound(id);
    }
    return std::move(**found);
}

Result<ReviewId> ReviewService::declare(ActivityId activity, const QString &reviewer,
                                        bool conflict, const QString &note)
{
    const QString name = reviewer.trimmed();
    if (InputChecks::isBlank(name)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Reviewer: enter the name of the reviewer."), {},
                         QStringLiteral("reviewer"));
    }
    if (auto error =
            InputChecks::tooLong(name, InputChecks::kMaxShortText, QStringLiteral("reviewer"))) {
        return *error;
    }
    if (auto noted = checkNote(conflict, note); !noted) {
        return noted.error();
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto application = ActivityRepository(m_db).find(activity);
    if (!application) {
        return application.error();
    }
    if (!application->has_value()) {
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The activity application is no longer in the fund's database. "
                                "Reload the list of activities and try again."),
                         QStringLiteral("no activity with id %1").arg(activity.value()));
    }
    ReviewRepository repository(m_db);
    const auto existing = repository.forActivity(activity);
    if (!existing) {
        return existing.error();
    }
    for (const Review &other : *existing) {
        if (other.reviewer.compare(name, Qt::CaseInsensitive) == 0) {
            //: %1 is a person's name
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Reviewer: %1 has already declared for this application. "
                                    "Open that review instead.")
                                 .arg(name),
                             {}, QStringLiteral("reviewer"));
        }
    }
    Review review;
    review.activityId = activity;
    review.reviewer = name;
    review.conflictDeclared = conflict;
    review.conflictNote = note.trimmed();
    review.declaredOn = m_today();
    auto id = repository.insert(review);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> ReviewService::redeclare(ReviewId id, bool conflict, const QString &note)
{
    if (auto noted = checkNote(conflict, note); !noted) {
        return noted;
    }
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto review = findReview(id);
    if (!review) {
        return review.error();
    }
    review->conflictDeclared = conflict;
    review->conflictNote = note.trimmed();
    review->declaredOn = m_today();
    if (conflict) {
        // A conflict found after scoring withdraws the scores: they must not count.
        review->scored = false;
        review->scores.fill(0);
        review->justification.clear();
        review->scoredOn = QDate();
    }
    if (auto updated = ReviewRepository(m_db).update(*review); !updated) {
        return updated;
    }
    return transaction.commit();
}

Result<void> ReviewService::score(ReviewId id, const RubricScores &scores,
                                  const QString &justification)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto review = findReview(id);
    if (!review) {
        return review.error();
    }
    if (review->isRecused()) {
        //: %1 is a person's name
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("%1 declared a conflict of interest for this application and "
                                "cannot score it. The aggregate score is computed without this "
                                "reviewer.")
                             .arg(review->reviewer),
                         QStringLiteral("review %1 is recused").arg(id.value()),
                         QStringLiteral("conflict"));
    }
    for (RubricCriterion criterion : allRubricCriteria()) {
        const int value = scores[rubricIndex(criterion)];
        if (value < rubricMinScore || value > rubricMaxScore) {
            //: %1 is a criterion name; %2 and %3 the ends of the scale (0 and 5)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1: the score must be a whole number from %2 to %3.")
                                 .arg(rubricCriterionDisplayName(criterion))
                                 .arg(rubricMinScore)
                                 .arg(rubricMaxScore),
                             {}, QStringLiteral("score.") + rubricCriterionKey(criterion));
        }
    }
    if (InputChecks::isBlank(justification)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("Justification: explain the scores in writing; the selection "
                                "must be transparent and accountable."),
                         {}, QStringLiteral("justification"));
    }
    if (auto error = InputChecks::tooLong(justification.trimmed(), InputChecks::kMaxLongText,
                                          QStringLiteral("justification"))) {
        return *error;
    }
    review->scored = true;
    review->scores = scores;
    review->justification = justification.trimmed();
    review->scoredOn = m_today();
    if (auto updated = ReviewRepository(m_db).update(*review); !updated) {
        return updated;
    }
    return transaction.commit();
}

Result<void> ReviewService::remove(ReviewId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto removed = ReviewRepository(m_db).remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<RubricAggregate> ReviewService::aggregate(ActivityId activity) const
{
    const auto rubric = weights();
    if (!rubric) {
        return rubric.error();
    }
    const auto reviews = reviewsFor(activity);
    if (!reviews) {
        return reviews.error();
    }
    return RubricAggregate::compute(*reviews, *rubric);
}

Result<QHash<ActivityId, RubricAggregate>> ReviewService::aggregates() const
{
    const auto rubric = weights();
    if (!rubric) {
        return rubric.error();
    }
    const auto reviews = all();
    if (!reviews) {
        return reviews.error();
    }
    QHash<ActivityId, QList<Review>> byActivity;
    for (const Review &review : *reviews) {
        byActivity[review.activityId].append(review);
    }
    QHash<ActivityId, RubricAggregate> result;
    for (auto it = byActivity.cbegin(); it != byActivity.cend(); ++it) {
        result.insert(it.key(), RubricAggregate::compute(it.value(), *rubric));
    }
    return result;
}

Result<QList<RankedActivity>> ReviewService::ranking(const Money &available) const
{
    const auto applications = ActivityRepository(m_db).all();
    if (!applications) {
        return applications.error();
    }
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    const auto scores = aggregates();
    if (!scores) {
        return scores.error();
    }
    QList<ActivityApplication> candidates;
    for (const ActivityApplication &application : *applications) {
        if (ActivityRanking::isCandidate(application)) {
            candidates.append(application);
        }
    }
    return ActivityRanking::rank(candidates, *scores, *settings, available);
}

Result<CsvTable> ReviewService::scoreTable(std::optional<ActivityId> activity) const
{
    const auto rubric = weights();
    if (!rubric) {
        return rubric.error();
    }
    auto applications = ActivityRepository(m_db).all();
    if (!applications) {
        return applications.error();
    }
    if (activity) {
        applications->removeIf(
            [&](const ActivityApplication &application) { return application.id != *activity; });
    }
    const auto reviews = all();
    if (!reviews) {
        return reviews.error();
    }
    return ReviewScoreTable::build(*applications, *reviews, *rubric);
}

} // namespace FundDesk::Core
