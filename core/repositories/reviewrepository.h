#pragma once

#include "core/domain/result.h"
#include "core/domain/review.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

// The `activity_reviews` table; the only place with SQL for it. The caller (ReviewService)
// holds the TransactionGuard and applies the rules.
class ReviewRepository final
{
public:
    explicit ReviewRepository(QSqlDatabase db);

    // Ordered by activity, then id (the order reviewers declared).
    Result<QList<Review>> all() const;
    Result<QList<Review>> forActivity(ActivityId activity) const;
    Result<std::optional<Review>> find(ReviewId id) const;

    Result<ReviewId> insert(const Review &review);
    // Replaces every field but the application; NotFound when no row has review.id.
    Result<void> update(const Review &review);
    Result<void> remove(ReviewId id);

private:
    Result<QList<Review>> select(const QString &where, qint64 value) const;

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
