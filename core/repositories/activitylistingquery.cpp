#include "core/repositories/activitylistingquery.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/domain/review.h"
#include "core/domain/rubricaggregate.h"
#include "core/repositories/activityrow.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace FundDesk::Core {

namespace {

constexpr int kListingPollEvery = 4096;

// Runs a forward-only SELECT whose first column is the activity id and hands each row with
// the listing's position to `read`; rows of unknown applications are skipped.
template <typename Read>
Result<void> eachListingChild(const QSqlDatabase &db, const QString &sql,
                              const QHash<qint64, int> &rowOfId,
                              const ActivityListingQuery::KeepGoing &keepGoing, Read read)
{
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("activity listing")); !done) {
        return done;
    }
    for (int count = 1; query->next(); ++count) {
        if (keepGoing && count % kListingPollEvery == 0 && !keepGoing()) {
            return ActivityListingQuery::cancelled();
        }
        const auto found = rowOfId.constFind(query->value(0).toLongLong());
        if (found == rowOfId.constEnd()) {
            continue;
        }
        if (auto done = read(*query, *found); !done) {
            return done;
        }
    }
    return {};
}

// One QString per distinct value (a State's code, a partner's name) instead of one per row.
QString pooledListingString(QHash<QString, QString> &pool, const QString &text)
{
    auto found = pool.constFind(text);
    if (found == pool.constEnd()) {
        found = pool.insert(text, text);
    }
    return *found;
}

// The reviews of one application, summed as RubricAggregate::compute() sums them.
struct ListingReviewSums
{
    qint64 total = 0;
    qint64 lowest = 0;
    qint64 highest = 0;
};

} // namespace

ActivityListingQuery::ActivityListingQuery(QSqlDatabase db) : m_db(std::move(db)) {}

Error ActivityListingQuery::cancelled()
{
    return makeError(ErrorCode::Cancelled,
                     Tr::tr("Loading the activity applications was cancelled."),
                     QStringLiteral("activity listing cancelled"));
}

Result<QList<ActivityListing>> ActivityListingQuery::all(const RubricWeights &weights,
                                                         const KeepGoing &keepGoing) const
{
    // In the table's order: ORDER BY reference would walk the reference index and fetch each
    // row from a random page of the table (most of the time at 100× scale); sorted below.
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT id, reference, title, applicant_iso3, start_date, end_date, "
                             "status FROM activities"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("activity listing")); !done) {
        return done.error();
    }
    QList<ActivityListing> listings;
    if (auto count = Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM activities"));
        count && count->exec() && count->next()) {
        listings.reserve(count->value(0).toLongLong());
    }
    QHash<qint64, int> rowOfId;
    // The same few statuses and States on every row: one string each.
    QHash<QString, ApplicationStatus> statusOfKey;
    QHash<QString, QString> iso3s;
    while (query->next()) {
        if (keepGoing && listings.size() % kListingPollEvery == 0 && !keepGoing()) {
            return ActivityListingQuery::cancelled();
        }
        ActivityListing listing;
        const qint64 id = query->value(0).toLongLong();
        listing.id = ActivityId(id);
        listing.reference = query->value(1).toString();
        listing.title = query->value(2).toString();
        const QString iso3 = query->value(3).toString();
        listing.applicantIso3 = pooledListingString(iso3s, iso3);
        listing.start = QDate::fromString(query->value(4).toString(), Qt::ISODate);
        if (!listing.start.isValid()) {
            return ActivityRow::corrupt(id, QStringLiteral("start_date"),
                                        query->value(4).toString());
        }
        listing.end = QDate::fromString(query->value(5).toString(), Qt::ISODate);
        if (!listing.end.isValid()) {
            return ActivityRow::corrupt(id, QStringLiteral("end_date"), query->value(5).toString());
        }
        const QString statusKey = query->value(6).toString();
        auto status = statusOfKey.constFind(statusKey);
        if (status == statusOfKey.constEnd()) {
            const auto parsed = applicationStatusFromKey(statusKey);
            if (!parsed) {
                return ActivityRow::corrupt(id, QStringLiteral("status"), statusKey);
            }
            status = statusOfKey.insert(statusKey, *parsed);
        }
        listing.status = *status;
        listing.requested = Money::usd(0);
        listings.append(std::move(listing));
    }
    if (query->lastError().isValid()) {
        return Sql::storageError(*query, QStringLiteral("activity listing"));
    }
    // References are unique; compared as SQLite's BINARY collation would for the usual ones.
    // Numbered in order, they mostly come sorted already.
    const auto byReference = [](const ActivityListing &a, const ActivityListing &b) {
        return a.reference < b.reference;
    };
    if (!std::is_sorted(listings.cbegin(), listings.cend(), byReference)) {
        std::sort(listings.begin(), listings.end(), byReference);
    }
    rowOfId.reserve(listings.size());
    for (int row = 0; row < listings.size(); ++row) {
        rowOfId.insert(listings.at(row).id.value(), row);
    }

    auto coApplicants =
        eachListingChild(m_db,
                         QStringLiteral("SELECT activity_id, iso3 FROM activity_co_applicants "
                                        "ORDER BY activity_id, position"),
                         rowOfId, keepGoing, [&](const QSqlQuery &row, int at) -> Result<void> {
                             const QString iso3 = row.value(1).toString();
                             listings[at].coApplicantIso3.append(pooledListingString(iso3s, iso3));
                             return {};
                         });
    if (!coApplicants) {
        return coApplicants.error();
    }
    QHash<QString, QString> partnerNames;
    auto partners = eachListingChild(
        m_db,
        QStringLiteral("SELECT activity_id, name FROM activity_partners ORDER BY activity_id, id"),
        rowOfId, keepGoing, [&](const QSqlQuery &row, int at) -> Result<void> {
            const QString name = row.value(1).toString();
            listings[at].partnerNames.append(pooledListingString(partnerNames, name));
            return {};
        });
    if (!partners) {
        return partners.error();
    }
    auto amounts = eachListingChild(
        m_db, QStringLiteral("SELECT activity_id, amount_minor FROM activity_amounts"), rowOfId,
        keepGoing, [&](const QSqlQuery &row, int at) -> Result<void> {
            // ActivityApplication::requestedTotal(): an overflowing sum has no total.
            std::optional<Money> &requested = listings[at].requested;
            if (requested) {
                const auto sum = requested->add(Money::usd(row.value(1).toLongLong()));
                requested = sum ? std::optional<Money>(*sum) : std::nullopt;
            }
            return {};
        });
    if (!amounts) {
        return amounts.error();
    }
    auto areas =
        eachListingChild(m_db, QStringLiteral("SELECT activity_id, area FROM activity_focus_areas"),
                         rowOfId, keepGoing, [&](const QSqlQuery &row, int at) -> Result<void> {
                             const QString key = row.value(1).toString();
                             const auto area = focusAreaFromKey(key);
                             if (!area) {
                                 return ActivityRow::corrupt(listings.at(at).id.value(),
                                                             QStringLiteral("focus area"), key);
                             }
                             listings[at].focusAreas |= ActivityListing::focusBit(*area);
                             return {};
                         });
    if (!areas) {
        return areas.error();
    }

    QHash<int, ListingReviewSums> sums;
    auto reviews = eachListingChild(
        m_db,
        QStringLiteral("SELECT activity_id, conflict, scored, score_a, score_b, score_c, "
                       "score_d, score_e, score_f FROM activity_reviews"),
        rowOfId, keepGoing, [&](const QSqlQuery &row, int at) -> Result<void> {
            ActivityListing &listing = listings[at];
            Review review;
            review.conflictDeclared = row.value(1).toInt() != 0;
            review.scored = row.value(2).toInt() != 0;
            if (review.isRecused()) {
                ++listing.recusedReviewers;
                return {};
            }
            if (!review.scored) {
                ++listing.pendingReviewers;
                return {};
            }
            for (std::size_t i = 0; i < rubricCriterionCount; ++i) {
                review.scores[i] = row.value(int(i) + 3).toInt();
            }
            const qint64 sum = RubricAggregate::weightedScore(review, weights).numerator();
            ListingReviewSums &s = sums[at];
            if (listing.scoredReviewers == 0) {
                s.lowest = sum;
                s.highest = sum;
            }
            s.total += sum;
            s.lowest = std::min(s.lowest, sum);
            s.highest = std::max(s.highest, sum);
            ++listing.scoredReviewers;
            return {};
        });
    if (!reviews) {
        return reviews.error();
    }
    // As RubricAggregate::compute(): the mean Σ S_r / (n W) and the spread (max − min) / W.
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        ActivityListing &listing = listings[it.key()];
        listing.score = RubricScore(it->total, qint64(listing.scoredReviewers) * weights.total());
        listing.spread = RubricScore(it->highest - it->lowest, weights.total());
    }
    return listings;
}

} // namespace FundDesk::Core
