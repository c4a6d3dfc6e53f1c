#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QSqlQuery>
#include <QString>

// How a Contribution maps to a row of `contributions`: ContributionRepository's column list,
// reader and binder, apart so the repository file keeps to its queries.
namespace FundDesk::Core::ContributionRow {

// "SELECT <every column> FROM contributions", in the order read() expects.
QString selectAll();
// Corrupt when a stored value is out of its domain (an unknown key, currency or date).
Result<Contribution> read(const QSqlQuery &query);
// Binds :donor_id … :notes (every column but id).
void bind(QSqlQuery &query, const Contribution &contribution);

// A null QString binds as NULL; the text columns are NOT NULL with '' for "nothing".
QString text(const QString &value);
Error corrupt(qint64 id, const QString &column, const QString &value);

} // namespace FundDesk::Core::ContributionRow
