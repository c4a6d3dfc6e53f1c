#include "core/db/sqlhelpers.h"

#include "core/coretr.h"
#include "core/logging.h"

#include <QSqlError>

namespace FundDesk::Core::Sql {

namespace {
Error makeStorageError(const QSqlError &sqlError, const QString &what)
{
    const QString detail = QStringLiteral("%1: %2").arg(what, sqlError.text());
    qCWarning(lcDb).noquote() << detail;
    return makeError(ErrorCode::Storage,
                     Tr::tr("The fund's database could not be read or written. Your last change "
                            "was not saved; try again, and if it keeps failing run "
                            "“funddesk check”."),
                     detail);
}
} // namespace

Error storageError(const QSqlQuery &query, const QString &what)
{
    return makeStorageError(query.lastError(), what);
}

Error storageError(const QSqlDatabase &db, const QString &what)
{
    return makeStorageError(db.lastError(), what);
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return storageError(query, sql.left(80));
    }
    return {};
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        return storageError(query, QStringLiteral("prepare: ") + sql.left(80));
    }
    return query;
}

Result<void> execPrepared(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        return storageError(query, what);
    }
    return {};
}

} // namespace FundDesk::Core::Sql
