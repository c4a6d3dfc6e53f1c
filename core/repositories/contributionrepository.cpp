#include "core/repositories/contributionrepository.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/repositories/contributionjson.h"
#include "core/repositories/contributionrow.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace FundDesk::Core {

namespace {

Error contributionNotFound(ContributionId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The contribution is no longer in the fund's database. Reload the "
                            "list of contributions and try again."),
                     QStringLiteral("no contribution with id %1").arg(id.value()));
}

Result<ScheduledPayment> readPayment(qint64 pledgeId, const QString &currency, const QVariant &due,
                                     const QVariant &minor)
{
    const QDate date = QDate::fromString(due.toString(), Qt::ISODate);
    if (!date.isValid()) {
        return ContributionRow::corrupt(pledgeId, QStringLiteral("pledge_schedule.due_date"),
                                        due.toString());
    }
    // The currency is known: the pledge's amount was built from it.
    return ScheduledPayment{date, Money::fromMinor(minor.toLongLong(), currency).value()};
}

} // namespace

ContributionRepository::ContributionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<int> ContributionRepository::countWhere(const QString &condition, qint64 value,
                                               const QString &what) const
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("SELECT count(*) FROM contributions") + condition);
    if (!query) {
        return query.error();
    }
    if (!condition.isEmpty()) {
        query->bindValue(QStringLiteral(":value"), value);
    }
    if (auto done = Sql::execPrepared(*query, what); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, what + QStringLiteral(": no row"));
    }
    return query->value(0).toInt();
}

Result<int> ContributionRepository::count() const
{
    return countWhere({}, 0, QStringLiteral("count contributions"));
}

Result<int> ContributionRepository::countForDonor(DonorId donor) const
{
    return countWhere(QStringLiteral(" WHERE donor_id = :value"), donor.value(),
                      QStringLiteral("count contributions of donor"));
}

Result<int> ContributionRepository::receiptCountAgainst(ContributionId pledge) const
{
    return countWhere(QStringLiteral(" WHERE pledge_id = :value AND type = 'receipt'"),
                      pledge.value(), QStringLiteral("count receipts against pledge"));
}

Result<QList<Contribution>> ContributionRepository::all() const
{
    return select(false);
}

Result<QList<Contribution>> ContributionRepository::allWithSchedules() const
{
    return select(true);
}

Result<QList<Contribution>> ContributionRepository::select(bool withSchedules) const
{
    auto query =
        Sql::prepare(m_db, ContributionRow::selectAll() + QStringLiteral(" ORDER BY date, id"));
    if (!query) {
        return query.error();
    }
    query->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("all contributions")); !done) {
        return done.error();
    }
    QList<Contribution> contributions;
    QHash<qint64, qsizetype> indexById;
    while (query->next()) {
        auto contribution = ContributionRow::read(*query);
        if (!contribution) {
            return contribution.error();
        }
        indexById.insert(contribution->id.value(), contributions.size());
        contributions.append(std::move(contribution).value());
    }
    if (!withSchedules) {
        return contributions;
    }

    auto schedule = Sql::prepare(m_db, QStringLiteral("SELECT pledge_id, due_date, amount_minor "
                                                      "FROM pledge_schedule "
                                                      "ORDER BY pledge_id, due_date, id"));
    if (!schedule) {
        return schedule.error();
    }
    schedule->setForwardOnly(true);
    if (auto done = Sql::execPrepared(*schedule, QStringLiteral("all schedules")); !done) {
        return done.error();
    }
    while (schedule->next()) {
        const qint64 pledgeId = schedule->value(0).toLongLong();
        const auto index = indexById.constFind(pledgeId);
        if (index == indexById.cend()) {
            continue; // the foreign key makes this impossible
        }
        Contribution &pledge = contributions[*index];
        auto payment =
            readPayment(pledgeId, pledge.amount.currency(), schedule->value(1), schedule->value(2));
        if (!payment) {
            return payment.error();
        }
        pledge.schedule.append(*payment);
    }
    return contributions;
}

Result<std::optional<Contribution>> ContributionRepository::find(ContributionId id) const
{
    auto query =
        Sql::prepare(m_db, ContributionRow::selectAll() + QStringLiteral(" WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find contribution")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<Contribution>{};
    }
    auto contribution = ContributionRow::read(*query);
    if (!contribution) {
        return contribution.error();
    }

    auto schedule = Sql::prepare(m_db, QStringLiteral("SELECT due_date, amount_minor FROM "
                                                      "pledge_schedule WHERE pledge_id = :id "
                                                      "ORDER BY due_date, id"));
    if (!schedule) {
        return schedule.error();
    }
    schedule->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*schedule, QStringLiteral("find schedule")); !done) {
        return done.error();
    }
    while (schedule->next()) {
        auto payment = readPayment(id.value(), contribution->amount.currency(), schedule->value(0),
                                   schedule->value(1));
        if (!payment) {
            return payment.error();
        }
        contribution->schedule.append(*payment);
    }
    return std::optional<Contribution>{std::move(contribution).value()};
}

Result<ContributionId> ContributionRepository::insert(const Contribution &contribution)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral(
                  "INSERT INTO contributions (donor_id, type, date, amount_minor, currency, "
                  "usd_rate_e9, usd_minor, pledge_id, publication, conditions, earmarked, "
                  "conditions_not_earmark, reference, notes) VALUES (:donor_id, :type, :date, "
                  ":amount_minor, :currency, :usd_rate_e9, :usd_minor, :pledge_id, "
                  ":publication, :conditions, :earmarked, :conditions_not_earmark, :reference, "
                  ":notes)"));
    if (!query) {
        return query.error();
    }
    ContributionRow::bind(*query, contribution);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert contribution")); !done) {
        return done.error();
    }
    const ContributionId id(query->lastInsertId().toLongLong());
    if (auto done = insertSchedule(id, contribution.schedule); !done) {
        return done.error();
    }
    return id;
}

Result<void> ContributionRepository::update(const Contribution &contribution)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral(
                  "UPDATE contributions SET donor_id = :donor_id, type = :type, date = :date, "
                  "amount_minor = :amount_minor, currency = :currency, "
                  "usd_rate_e9 = :usd_rate_e9, usd_minor = :usd_minor, pledge_id = :pledge_id, "
                  "publication = :publication, conditions = :conditions, "
                  "earmarked = :earmarked, conditions_not_earmark = :conditions_not_earmark, "
                  "reference = :reference, notes = :notes WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    ContributionRow::bind(*query, contribution);
    query->bindValue(QStringLiteral(":id"), contribution.id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("update contribution")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return contributionNotFound(contribution.id);
    }
    if (auto done = deleteSchedule(contribution.id); !done) {
        return done;
    }
    return insertSchedule(contribution.id, contribution.schedule);
}

Result<void> ContributionRepository::remove(ContributionId id)
{
    // The schedule goes with it (ON DELETE CASCADE).
    auto query = Sql::prepare(m_db, QStringLiteral("DELETE FROM contributions WHERE id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("remove contribution")); !done) {
        return done;
    }
    if (query->numRowsAffected() != 1) {
        return contributionNotFound(id);
    }
    return {};
}

Result<void> ContributionRepository::insertSchedule(ContributionId pledge,
                                                    const QList<ScheduledPayment> &schedule)
{
    if (schedule.isEmpty()) {
        return {};
    }
    auto query = Sql::prepare(m_db, QStringLiteral("INSERT INTO pledge_schedule (pledge_id, "
                                                   "due_date, amount_minor) VALUES (:pledge_id, "
                                                   ":due_date, :amount_minor)"));
    if (!query) {
        return query.error();
    }
    for (const ScheduledPayment &payment : schedule) {
        query->bindValue(QStringLiteral(":pledge_id"), pledge.value());
        query->bindValue(QStringLiteral(":due_date"), payment.due.toString(Qt::ISODate));
        query->bindValue(QStringLiteral(":amount_minor"), payment.amount.minor());
        if (auto done = Sql::execPrepared(*query, QStringLiteral("insert scheduled payment"));
            !done) {
            return done;
        }
    }
    return {};
}

Result<void> ContributionRepository::deleteSchedule(ContributionId pledge)
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("DELETE FROM pledge_schedule WHERE pledge_id = :id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), pledge.value());
    return Sql::execPrepared(*query, QStringLiteral("delete schedule"));
}

Result<void> ContributionRepository::addHistory(const ContributionChange &change)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO contribution_history (contribution_id, changed_at, "
                             "reason, before_json) VALUES (:contribution_id, :changed_at, "
                             ":reason, :before_json)"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":contribution_id"), change.contributionId.value());
    query->bindValue(QStringLiteral(":changed_at"),
                     change.changedAt.toUTC().toString(Qt::ISODateWithMs));
    query->bindValue(QStringLiteral(":reason"), ContributionRow::text(change.reason));
    query->bindValue(QStringLiteral(":before_json"),
                     QString::fromUtf8(ContributionJson::toBytes(change.before)));
    return Sql::execPrepared(*query, QStringLiteral("insert contribution history"));
}

Result<QList<ContributionChange>> ContributionRepository::history(ContributionId id) const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT changed_at, reason, before_json "
                                                   "FROM contribution_history "
                                                   "WHERE contribution_id = :id ORDER BY id"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":id"), id.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("contribution history")); !done) {
        return done.error();
    }
    QList<ContributionChange> changes;
    while (query->next()) {
        ContributionChange change;
        change.contributionId = id;
        const QString changedAt = query->value(0).toString();
        change.changedAt = QDateTime::fromString(changedAt, Qt::ISODateWithMs);
        if (!change.changedAt.isValid()) {
            return ContributionRow::corrupt(
                id.value(), QStringLiteral("contribution_history.changed_at"), changedAt);
        }
        change.reason = query->value(1).toString();
        auto before = ContributionJson::fromBytes(query->value(2).toString().toUtf8());
        if (!before) {
            return before.error();
        }
        change.before = std::move(before).value();
        changes.append(std::move(change));
    }
    return changes;
}

} // namespace FundDesk::Core
