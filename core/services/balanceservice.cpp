#include "core/services/balanceservice.h"

#include "core/coretr.h"
#include "core/db/sqlhelpers.h"
#include "core/services/fundsettingsservice.h"

#include <QDate>

namespace FundDesk::Core {

namespace {

constexpr int kFirstYear = 1;
constexpr int kLastYear = 9999; // ISO dates in the tables have four-digit years

struct Receipts
{
    Money total = Money::usd(0);  // dated on or before the year's end
    Money inYear = Money::usd(0); // dated within the year
    int firstYear = 0;            // year of the earliest receipt; 0 when there is none
};

// Contributions' dates are ISO 8601 text, so a text comparison is a date comparison and the
// (type, date) index serves both bounds.
QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// SQLite's SUM() over integers fails with "integer overflow" instead of wrapping or turning to
// floating point, so an overflow comes back as a storage error, never as a wrong total.
Result<Receipts> receiptsThrough(const QSqlDatabase &db, const QDate &yearStart,
                                 const QDate &yearEnd)
{
    auto query = Sql::prepare(
        db, QStringLiteral(
                "SELECT COALESCE(SUM(usd_minor), 0), "
                "       COALESCE(SUM(CASE WHEN date >= :start THEN usd_minor ELSE 0 END), 0), "
                "       MIN(date) "
                "FROM contributions WHERE type = 'receipt' AND date <= :end"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":start"), isoDate(yearStart));
    query->bindValue(QStringLiteral(":end"), isoDate(yearEnd));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("sum receipts")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("sum receipts: no row"));
    }
    Receipts receipts;
    receipts.total = Money::usd(query->value(0).toLongLong());
    receipts.inYear = Money::usd(query->value(1).toLongLong());
    if (!query->value(2).isNull()) {
        receipts.firstYear = QDate::fromString(query->value(2).toString(), Qt::ISODate).year();
    }
    return receipts;
}

// Per pledge, what is still to come: never below zero, so an overpaid pledge cannot hide
// another donor's shortfall. The inner query has no "type = 'receipt'" on purpose: the schema
// allows pledge_id on receipts only, and with that term SQLite walks the (type, date) index
// for every pledge instead of looking the pledge up in contributions_by_pledge.
Result<Money> pledgedOutstandingThrough(const QSqlDatabase &db, const QDate &yearEnd)
{
    auto query = Sql::prepare(
        db,
        QStringLiteral("SELECT COALESCE(SUM(MAX(0, p.usd_minor - ("
                       "           SELECT COALESCE(SUM(r.usd_minor), 0) FROM contributions AS r "
                       "           WHERE r.pledge_id = p.id AND r.date <= :end))), 0) "
                       "FROM contributions AS p WHERE p.type = 'pledge' AND p.date <= :end"));
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":end"), isoDate(yearEnd));
    if (auto done = Sql::execPrepared(*query, QStringLiteral("sum outstanding pledges")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, QStringLiteral("sum outstanding pledges: no row"));
    }
    return Money::usd(query->value(0).toLongLong());
}

// Sums one USD figure through yearEnd; SQLite's SUM() fails on overflow rather than wrapping.
Result<Money> sumThrough(const QSqlDatabase &db, const QString &sql, const QDate &yearEnd,
                         const QString &what)
{
    auto query = Sql::prepare(db, sql);
    if (!query) {
        return query.error();
    }
    query->bindValue(QStringLiteral(":end"), isoDate(yearEnd));
    if (auto done = Sql::execPrepared(*query, what); !done) {
        return done.error();
    }
    if (!query->next()) {
        return Sql::storageError(*query, what + QStringLiteral(": no row"));
    }
    return Money::usd(query->value(0).toLongLong());
}

// The current commitments (after approved amendments) of items approved through yearEnd that
// are approved, active or completed. A cancelled item keeps committed only what was paid on
// it (net of refunds), so money already spent never reappears as available.
Result<Money> committedThrough(const QSqlDatabase &db, const QDate &yearEnd)
{
    // One sum per item table, each joined on its primary key: a UNION of both tables would be
    // materialized and scanned for every commitment (slow at 100,000 records).
    const QString perKind = QStringLiteral(
        "SELECT COALESCE(SUM(CASE "
        "  WHEN s.status IN ('approved', 'active', 'completed') THEN c.amount_minor "
        "  WHEN s.status = 'cancelled' THEN MIN(c.amount_minor, MAX(0, ("
        "      SELECT COALESCE(SUM(d.usd_minor), 0) FROM disbursements AS d "
        "      WHERE d.item_kind = c.item_kind AND d.item_id = c.item_id "
        "        AND d.date <= :end))) "
        "  ELSE 0 END), 0) "
        "FROM commitments AS c JOIN %1 AS s ON s.id = c.item_id "
        "WHERE c.item_kind = '%2' AND c.date <= :end");
    return sumThrough(db,
                      QStringLiteral("SELECT (%1) + (%2)")
                          .arg(perKind.arg(QStringLiteral("sponsorships"),
                                           QStringLiteral("sponsorship")),
                               perKind.arg(QStringLiteral("activities"),
                                           QStringLiteral("activity"))),
                      yearEnd, QStringLiteral("sum commitments"));
}

// Paid out through yearEnd, net of refunds (stored negative).
Result<Money> disbursedThrough(const QSqlDatabase &db, const QDate &yearEnd)
{
    return sumThrough(db,
                      QStringLiteral("SELECT COALESCE(SUM(usd_minor), 0) FROM disbursements "
                                     "WHERE date <= :end"),
                      yearEnd, QStringLiteral("sum disbursements"));
}

// ¶15: when the P and GS posts are charged to contributions, each year the fund has run
// (from its first receipt) costs their two annual salaries.
Result<Money> staffCostsThrough(const FundSettings &settings, int firstYear, int year)
{
    if (settings.staffCharging != StaffCostCharging::Contributions || firstYear == 0 ||
        firstYear > year) {
        return Money::usd(0);
    }
    const auto perYear =
        settings.professionalPostAnnualCost.add(settings.generalServicePostAnnualCost);
    if (!perYear) {
        return perYear.error();
    }
    return perYear->multiply(year - firstYear + 1);
}

} // namespace

BalanceService::BalanceService(QSqlDatabase db) : m_db(std::move(db)) {}

Result<FundBalance> BalanceService::balance(int year) const
{
    if (year < kFirstYear || year > kLastYear) {
        //: %1 is the year asked for, %2 and %3 the first and last years allowed
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The year %1 is out of range. Enter a year from %2 to %3.")
                             .arg(year)
                             .arg(kFirstYear)
                             .arg(kLastYear),
                         QStringLiteral("BalanceService: year %1 out of range").arg(year),
                         QStringLiteral("year"));
    }
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);

    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    const auto receipts = receiptsThrough(m_db, yearStart, yearEnd);
    if (!receipts) {
        return receipts.error();
    }
    const auto outstanding = pledgedOutstandingThrough(m_db, yearEnd);
    if (!outstanding) {
        return outstanding.error();
    }
    const auto committed = committedThrough(m_db, yearEnd);
    if (!committed) {
        return committed.error();
    }
    const auto disbursed = disbursedThrough(m_db, yearEnd);
    if (!disbursed) {
        return disbursed.error();
    }
    const auto staffCosts = staffCostsThrough(*settings, receipts->firstYear, year);
    if (!staffCosts) {
        return staffCosts.error();
    }

    FundBalance balance;
    balance.year = year;
    balance.receivedInYear = receipts->inYear;
    balance.received = receipts->total;
    balance.pledgedOutstanding = *outstanding;
    balance.committed = *committed;
    balance.disbursed = *disbursed;
    balance.staffCosts = *staffCosts;

    // Not clamped: a negative figure tells the manager that commitments or staff costs exceed
    // what has come in.
    const auto afterCommitments = balance.received.subtract(balance.committed);
    if (!afterCommitments) {
        return afterCommitments.error();
    }
    const auto available = afterCommitments->subtract(balance.staffCosts);
    if (!available) {
        return available.error();
    }
    balance.available = *available;

    // ¶16: operational once receipts reach the announced threshold.
    balance.threshold = settings->operationalThreshold;
    balance.thresholdSet = balance.threshold.minor() > 0;
    if (balance.thresholdSet) {
        balance.operational = balance.received.minor() >= balance.threshold.minor();
        if (!balance.operational) {
            const auto missing = balance.threshold.subtract(balance.received);
            if (!missing) {
                return missing.error();
            }
            balance.missingToThreshold = *missing;
        }
    }
    return balance;
}

} // namespace FundDesk::Core
