#include "core/repositories/commitmentrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

namespace {

const QString kAmendmentColumns = QStringLiteral(
    "SELECT a.id, a.commitment_id, c.item_kind, c.item_id, a.old_minor, a.new_minor, "
    "a.justification, a.recommender_id, a.recommended_on, a.approver_id, a.decided_on, a.status "
    "FROM commitment_amendments AS a JOIN commitments AS c ON c.id = a.commitment_id ");

QString statusKey(AmendmentStatus status)
{
    switch (status) {
    case AmendmentStatus::Proposed:
        return QStringLiteral("proposed");
    case AmendmentStatus::Approved:
        return QStringLiteral("approved");
    case AmendmentStatus::Rejected:
        break;
    }
    return QStringLiteral("rejected");
}

AmendmentStatus statusFromKey(const QString &key)
{
    if (key == QLatin1String("approved")) {
        return AmendmentStatus::Approved;
    }
    return key == QLatin1String("rejected") ? AmendmentStatus::Rejected : AmendmentStatus::Proposed;
}

Amendment amendmentFrom(const QSqlQuery &query)
{
    Amendment amendment;
    amendment.id = query.value(0).toLongLong();
    amendment.commitmentId = query.value(1).toLongLong();
    amendment.item.kind =
        workflowItemKindFromKey(query.value(2).toString()).value_or(WorkflowItemKind::Activity);
    amendment.item.id = query.value(3).toLongLong();
    amendment.oldAmount = Money::usd(query.value(4).toLongLong());
    amendment.newAmount = Money::usd(query.value(5).toLongLong());
    amendment.justification = query.value(6).toString();
    amendment.recommenderId = ProfileId(query.value(7).toLongLong());
    amendment.recommendedOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    amendment.approverId = ProfileId(query.value(9).toLongLong());
    amendment.decidedOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
    amendment.status = statusFromKey(query.value(11).toString());
    return amendment;
}

} // namespace

CommitmentRepository::CommitmentRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<Commitment>> CommitmentRepository::find(const WorkflowItem &item) const
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("SELECT c.id, c.date, c.original_minor, c.amount_minor, "
                                          "c.approver_id, p.name FROM commitments AS c "
                                          "JOIN profiles AS p ON p.id = c.approver_id "
                                          "WHERE c.item_kind = ? AND c.item_id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(item.kind));
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find commitment")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<Commitment>();
    }
    Commitment commitment;
    commitment.id = query->value(0).toLongLong();
    commitment.item = item;
    commitment.date = QDate::fromString(query->value(1).toString(), Qt::ISODate);
    commitment.original = Money::usd(query->value(2).toLongLong());
    commitment.amount = Money::usd(query->value(3).toLongLong());
    commitment.approverId = ProfileId(query->value(4).toLongLong());
    commitment.approverName = query->value(5).toString();
    return std::optional<Commitment>(commitment);
}

Result<qint64> CommitmentRepository::insert(const Commitment &commitment)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO commitments (item_kind, item_id, date, original_minor, "
                             "amount_minor, approver_id) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(commitment.item.kind));
    query->addBindValue(commitment.item.id);
    query->addBindValue(commitment.date.toString(Qt::ISODate));
    query->addBindValue(commitment.original.minor());
    query->addBindValue(commitment.amount.minor());
    query->addBindValue(commitment.approverId.value());
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert commitment")); !done) {
        return done.error();
    }
    return query->lastInsertId().toLongLong();
}

Result<void> CommitmentRepository::setAmount(qint64 commitmentId, const Money &amount)
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("UPDATE commitments SET amount_minor = ? WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(amount.minor());
    query->addBindValue(commitmentId);
    return Sql::execPrepared(*query, QStringLiteral("amend commitment"));
}

Result<std::optional<Amendment>> CommitmentRepository::findAmendment(qint64 id) const
{
    auto query = Sql::prepare(m_db, kAmendmentColumns + QStringLiteral("WHERE a.id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("find amendment")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<Amendment>();
    }
    return std::optional<Amendment>(amendmentFrom(*query));
}

Result<QList<Amendment>> CommitmentRepository::amendments(const WorkflowItem &item) const
{
    auto query = Sql::prepare(
        m_db, kAmendmentColumns + QStringLiteral("WHERE c.item_kind = ? AND c.item_id = ? "
                                                 "ORDER BY a.id"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(item.kind));
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("list amendments")); !done) {
        return done.error();
    }
    QList<Amendment> list;
    while (query->next()) {
        list.append(amendmentFrom(*query));
    }
    return list;
}

Result<qint64> CommitmentRepository::insertAmendment(const Amendment &amendment)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO commitment_amendments (commitment_id, old_minor, "
                             "new_minor, justification, recommender_id, recommended_on) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(amendment.commitmentId);
    query->addBindValue(amendment.oldAmount.minor());
    query->addBindValue(amendment.newAmount.minor());
    query->addBindValue(amendment.justification);
    query->addBindValue(amendment.recommenderId.value());
    query->addBindValue(amendment.recommendedOn.toString(Qt::ISODate));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("insert amendment")); !done) {
        return done.error();
    }
    return query->lastInsertId().toLongLong();
}

Result<void> CommitmentRepository::decideAmendment(const Amendment &amendment)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("UPDATE commitment_amendments SET status = ?, approver_id = ?, "
                             "decided_on = ? WHERE id = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(statusKey(amendment.status));
    query->addBindValue(amendment.approverId.value());
    query->addBindValue(amendment.decidedOn.toString(Qt::ISODate));
    query->addBindValue(amendment.id);
    return Sql::execPrepared(*query, QStringLiteral("decide amendment"));
}

} // namespace FundDesk::Core
