#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace FundDesk::Core {

// One contribution as the contributions table lists it: its columns as stored, without the
// notes and the schedule (the whole record: ContributionRepository::find).
struct ContributionListRow
{
    qint64 id = 0;
    qint64 donorId = 0;
    ContributionType type = ContributionType::Receipt;
    QDate date;
    qint64 amountMinor = 0;
    QString currency; // a code Currency knows
    qint64 usdRateE9 = 0;
    qint64 usdMinor = 0;
    PublicationConsent publication = PublicationConsent::Publish;
    QString conditions;
    QString reference;
};

// Reads the contributions table's rows in one statement, row by row, without building
// Contribution objects: the Contributions page lists 50 000 of them at scale 100 (issue 11).
// Uses only `db`, so it runs on a loader thread's own connection.
class ContributionListing final
{
public:
    ContributionListing() = delete;

    // Called once per row; returning false stops the read with ErrorCode::Cancelled.
    using Visit = std::function<bool(const ContributionListRow &)>;

    // Rows by id (the table's own order: no sorting of whole records). Corrupt when a stored
    // value is out of its domain, as ContributionRepository reports it.
    static Result<void> read(const QSqlDatabase &db, const Visit &visit);
    // The error read() stops with, for a caller that stops later, while using the rows.
    static Error cancelled();
};

} // namespace FundDesk::Core
