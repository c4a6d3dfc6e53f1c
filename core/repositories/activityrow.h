#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

// How an ActivityApplication maps to `activities` and its child tables: ActivityRepository's
// column list, reader and binders, apart so the repository file keeps to its queries.
namespace FundDesk::Core::ActivityRow {

// "SELECT <every column> FROM activities", in the order read() expects.
QString selectAll();
// Corrupt when a stored value is out of its domain (an unknown key or date).
Result<ActivityApplication> read(const QSqlQuery &query);
// Binds :reference … :results (every column but id).
void bind(QSqlQuery &query, const ActivityApplication &application);

// Fills co-applicants, partners, yearly amounts and focus areas of the listed applications;
// `only` restricts the child queries to one application.
Result<void> readChildren(const QSqlDatabase &db, QList<ActivityApplication> &applications,
                          std::optional<ActivityId> only = std::nullopt);
// Replaces every child row of the application.
Result<void> writeChildren(const QSqlDatabase &db, const ActivityApplication &application);

Error corrupt(qint64 id, const QString &column, const QString &value);
// A null QString binds as NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &value);

} // namespace FundDesk::Core::ActivityRow
