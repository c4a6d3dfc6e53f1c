#pragma once

#include "core/domain/result.h"
#include "core/domain/sponsorshipapplication.h"

#include <QSqlQuery>
#include <QString>

// How a SponsorshipApplication maps to a row of `sponsorships`: SponsorshipRepository's column
// list, reader and binder, apart so the repository file keeps to its queries.
namespace FundDesk::Core::SponsorshipRow {

// "SELECT <every column> FROM sponsorships", in the order read() expects.
QString selectAll();
// "(col, …) VALUES (:col, …)" and "col = :col, …" for every column but id.
QString insertColumns();
QString updateAssignments();
// Corrupt when a stored value is out of its domain (an unknown key).
Result<SponsorshipApplication> read(const QSqlQuery &query);
// Binds every column but id.
void bind(QSqlQuery &query, const SponsorshipApplication &application);

} // namespace FundDesk::Core::SponsorshipRow
