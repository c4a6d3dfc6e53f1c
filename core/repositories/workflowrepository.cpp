#include "core/repositories/workflowrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

namespace {

// The table of an item's kind: a fixed name, never user text.
QString tableOf(const WorkflowItem &item)
{
    return item.kind == WorkflowItemKind::Sponsorship ? QStringLiteral("sponsorships")
                                                      : QStringLiteral("activities");
}

} // namespace

WorkflowRepository::WorkflowRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<ApplicationStatus>> WorkflowRepository::status(const WorkflowItem &item) const
{
    auto query =
        Sql::prepare(m_db, QStringLiteral("SELECT status FROM %1 WHERE id = ?").arg(tableOf(item)));
    if (!query) {
        return query.error();
    }
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read status")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<ApplicationStatus>();
    }
    const auto status = applicationStatusFromKey(query->value(0).toString());
    if (!status) {
        return Sql::storageError(*query,
                                 QStringLiteral("unknown status ") + query->value(0).toString());
    }
    return std::optional<ApplicationStatus>(*status);
}

Result<void> WorkflowRepository::setStatus(const WorkflowItem &item, ApplicationStatus status)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("UPDATE %1 SET status = ? WHERE id = ?").arg(tableOf(item)));
    if (!query) {
        return query.error();
    }
    query->addBindValue(applicationStatusKey(status));
    query->addBindValue(item.id);
    return Sql::execPrepared(*query, QStringLiteral("set status"));
}

Result<qint64> WorkflowRepository::addTransition(const StatusTransition &transition)
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("INSERT INTO status_transitions (item_kind, item_id, from_status, "
                             "to_status, profile_id, at, date, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(transition.item.kind));
    query->addBindValue(transition.item.id);
    query->addBindValue(applicationStatusKey(transition.from));
    query->addBindValue(applicationStatusKey(transition.to));
    query->addBindValue(transition.profileId.value());
    query->addBindValue(transition.at.toUTC().toString(Qt::ISODateWithMs));
    query->addBindValue(transition.date.toString(Qt::ISODate));
    query->addBindValue(transition.note.isNull() ? QStringLiteral("") : transition.note);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("add transition")); !done) {
        return done.error();
    }
    return query->lastInsertId().toLongLong();
}

Result<QList<StatusTransition>> WorkflowRepository::history(const WorkflowItem &item) const
{
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT t.id, t.from_status, t.to_status, t.profile_id, p.name, "
                             "t.at, t.date, t.note FROM status_transitions AS t "
                             "JOIN profiles AS p ON p.id = t.profile_id "
                             "WHERE t.item_kind = ? AND t.item_id = ? ORDER BY t.id"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(workflowItemKindKey(item.kind));
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read history")); !done) {
        return done.error();
    }
    QList<StatusTransition> history;
    while (query->next()) {
        StatusTransition transition;
        transition.id = query->value(0).toLongLong();
        transition.item = item;
        const auto from = applicationStatusFromKey(query->value(1).toString());
        const auto to = applicationStatusFromKey(query->value(2).toString());
        if (!from || !to) {
            return Sql::storageError(*query, QStringLiteral("unknown status in history"));
        }
        transition.from = *from;
        transition.to = *to;
        transition.profileId = ProfileId(query->value(3).toLongLong());
        transition.profileName = query->value(4).toString();
        transition.at = QDateTime::fromString(query->value(5).toString(), Qt::ISODateWithMs);
        transition.date = QDate::fromString(query->value(6).toString(), Qt::ISODate);
        transition.note = query->value(7).toString();
        history.append(transition);
    }
    return history;
}

Result<QString> WorkflowRepository::recipientState(const WorkflowItem &item) const
{
    const QString column = item.kind == WorkflowItemKind::Sponsorship
                               ? QStringLiteral("state_iso3")
                               : QStringLiteral("applicant_iso3");
    auto query = Sql::prepare(
        m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, tableOf(item)));
    if (!query) {
        return query.error();
    }
    query->addBindValue(item.id);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("recipient State")); !done) {
        return done.error();
    }
    return query->next() ? query->value(0).toString() : QString();
}

} // namespace FundDesk::Core
