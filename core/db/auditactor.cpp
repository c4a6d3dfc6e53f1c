#include "core/db/auditactor.h"

#include "core/db/sqlhelpers.h"

#include <QSqlQuery>

namespace FundDesk::Core {

Result<void> AuditActor::write(QSqlDatabase &db, qint64 id, const QString &name)
{
    auto query = Sql::prepare(
        db, QStringLiteral("UPDATE audit_actor SET profile_id = ?, profile = ? WHERE id = 1"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
    query->addBindValue(name.isNull() ? QStringLiteral("") : name); // the column is NOT NULL
    return Sql::execPrepared(*query, QStringLiteral("set audit actor"));
}

Result<void> AuditActor::setCurrent(QSqlDatabase db, const Profile &profile)
{
    return write(db, profile.id.value(), profile.name);
}

Result<void> AuditActor::clear(QSqlDatabase db)
{
    return write(db, 0, QString());
}

Result<Profile> AuditActor::current(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT profile_id, profile FROM audit_actor WHERE id = 1"))) {
        return Sql::storageError(query, QStringLiteral("read audit actor"));
    }
    Profile profile;
    if (query.next()) {
        profile.id = ProfileId(query.value(0).toLongLong());
        profile.name = query.value(1).toString();
    }
    return profile;
}

AuditActor::Scope::Scope(QSqlDatabase db, const Profile &profile) : m_db(std::move(db))
{
    auto previous = current(m_db);
    if (!previous) {
        m_error = previous.error();
        return;
    }
    m_previous = *previous;
    auto done = write(m_db, profile.id.value(), profile.name);
    if (!done) {
        m_error = done.error();
        return;
    }
    m_ok = true;
}

AuditActor::Scope::~Scope()
{
    if (m_ok) {
        // A failure here only leaves the acting profile named for a later write; nothing to
        // undo, and the destructor cannot report it.
        (void)write(m_db, m_previous.id.value(), m_previous.name);
    }
}

} // namespace FundDesk::Core
