#include "core/repositories/reviewrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"

#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, activity_id, reviewer, conflict, conflict_note, declared_on, scored, score_a, "
    "score_b, score_c, score_d, score_e, score_f, justification, scored_on "
    "FROM activity_reviews");
constexpr int kFirstScoreColumn = 7;

Error reviewNotFound(ReviewId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The review is no longer in the fund's database. Reload the "
                            "application's reviews and try again."),
                     QStringLiteral("no review with id %1").arg(id.value()));
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

Review read(const QSqlQuery &query)
{
    Review review;
    review.id = ReviewId(query.value(0).toLongLong());
    review.activityId = ActivityId(query.value(1).toLongLong());
    review.reviewer = query.value(2).toString();
    review.conflictDeclared = query.value(3).toInt() != 0;
    review.conflictNote = query.value(4).toString();
    review.declaredOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    review.scored = query.value(6).toInt() != 0;
    for (std::size_t i = 0; i < rubricCriterionCount; ++i) {
        review.scores[i] = query.value(kFirstScoreColumn + int(i)).toInt();
    }
    review.justification = query.value(13).toString();
    review.scoredOn = QDate::fromString(query.value(14).toString(), Qt::ISODate);
    return review;
}

void bind(QSqlQuery &query, const Review &review)
{
    static const char *const scoreColumns[] = {":score_a", ":score_b", ":score_c",
                                               ":score_d", ":score_e", ":score_f"};
    query.bindValue(QStringLiteral(":activity_id"), review.activityId.value());
    query.bindValue(QStringLiteral(":reviewer"), text(review.reviewer));
    query.bindValue(QStringLiteral(":conflict"), review.conflictDeclared ? 1 : 0);
    query.bindValue(QStringLiteral(":conflict_note"), text(review.conflictNote));
    query.bindValue(QStringLiteral(":declared_on"), isoDate(review.declaredOn));
    query.bindValue(QStringLiteral(":scored"), review.scored ? 1 : 0);
    for (std::size_t i = 0; i < rubricCriterionCount; ++i) {
        query.bindValue(QString::fromLatin1(scoreColumns[i]), review.scored ? review.scores[i] : 0);
    }
    query.bindValue(QStringLiteral(":justification"), text(review.justification));
    query.bindValue(QStringLiteral(":scored_on"), isoDate(review.scoredOn));
}

} // namespace

ReviewRepository::ReviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<Review>> ReviewRepository::select(const QString &where, qint64 value) const
{
    auto query = Sql::prepare(m_db, kSelect + where + QStringLiteral(" ORDER BY activity_id, id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (!where.isEmpty()) {
        query->bindValue(QStringLiteral(":value"), value);
    }
    if (auto done = Sql::execPrepared(*query, QStringLiteral("select reviews")); !done) {
        return done.error();
    }
    QList<Review> reviews;
    while (query->next()) {
        reviews.append(read(*query));
    }
    return reviews;
}

Result<QList<Review>> ReviewRepository::all() const
{
    return select({}, 0);
}

Result<QList<Review>> ReviewRepository::forActivity(ActivityId activity) const
{
    return select(QStringLiteral(" WHERE activity_id = :value"), activity.value());
}

Result<std::optional<Review>> ReviewRepository::find(ReviewId id) const
{
    auto found = select(QStringLiteral(" WHERE id = :value"), id.value());
    if (!found) {
        return found.error();
    }
    if (found->isEmpty()) {
        return std::optional<Review>{};
    }
    return std::optional<Review>{found->constFirst()};
}

Result<ReviewId> ReviewRepository::insert(const Review &review)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO activity_reviews (activity_id, reviewer, conflict, "
                             "conflict_note, declared_on, scored, score_a, score_b, score_c, "
                             "score_d, score_e, score_f, justification, scored_on) VALUES "
                             "(:activity_id, :reviewer, :conflict, :conflict_note, :declared_on, "
                             ":scored, :score_a, :score_b, :score_c, :score_d, :score_e, "
                             ":score_f, :justification, :scored_on)"));
    if (!query) {
        return query.error();
    }
    bind(*query, review);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert review")); !done) {
        return done.error();
    }
    return ReviewId(query->lastInsertId().toLongLong());
}

Result<void> ReviewRepository::update(const Review &review)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("UPDATE activity_reviews SET activity_id = :activity_id, reviewer = "
                             ":reviewer, conflict = :conflict, conflict_note = :conflict_note, "
                             "declared_on = :declared_on, scored = :scored, score_a = :score_a, "
                             "score_b = :score_b, score_c = :score_c, score_d = :score_d, "
                             "score_e = :score_e, score_f = :score_f, justification = "
                             ":justification, scored_on = :scored_on WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    bind(*query, review);
    query->bindValue(QStringLiteral(":id"), review.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update review")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return reviewNotFound(review.id);
    }
    return {};
}

Result<void> ReviewRepository::remove(ReviewId id)
{
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM activity_reviews WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove review")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return reviewNotFound(id);
    }
    return {};
}

} // namespace FundDesk::Core
