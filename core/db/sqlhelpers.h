#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace FundDesk::Core::Sql {

// Storage error with the driver's text as detail; the user message stays generic.
Error storageError(const QSqlQuery &query, const QString &what);
Error storageError(const QSqlDatabase &db, const QString &what);

// Runs one statement with no bound values; for DDL and PRAGMAs.
Result<void> exec(QSqlDatabase &db, const QString &sql);

// Prepares sql on db; check the result before binding.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);

// Executes a prepared query; the Error names `what` for the log.
Result<void> execPrepared(QSqlQuery &query, const QString &what);

} // namespace FundDesk::Core::Sql
