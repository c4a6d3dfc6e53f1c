#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace FundDesk::Core {

// The aggregates behind the dashboard's charts (issue 7), each one SQL statement over the
// indexes of the record tables: GROUP BY in SQLite, never a loop over rows in C++. Amounts are
// USD minor units; every method returns plain rows (a QVariantList per group) in a stated order.
class DashboardRepository final
{
public:
    explicit DashboardRepository(QSqlDatabase db);

    // Receipts dated from..to, by month: ["YYYY-MM", usd_minor], months in order.
    Result<QList<QVariantList>> receiptsByMonth(const QDate &from, const QDate &to) const;
    // Receipts dated from..to, by year: [year, usd_minor], years in order.
    Result<QList<QVariantList>> receiptsByYear(const QDate &from, const QDate &to) const;
    // Pledged and not yet received at each date (per pledge never below zero): [date, usd_minor].
    Result<QList<QVariantList>> outstandingPledgesAt(const QList<QDate> &dates) const;
    // Year of the earliest contribution (pledge or receipt); 0 when there is none.
    Result<int> firstContributionYear() const;

    // Disbursements (net of refunds) dated in the year by the recipient State's region or
    // regional group (`column` is "region" or "regional_group"): [key, usd_minor].
    Result<QList<QVariantList>> disbursedBy(const QString &column, int year) const;
    // Current commitments dated in the year of items approved, active or completed, by the
    // region or group of the sponsored delegate's State or the activity's applicant: [key, usd_minor].
    Result<QList<QVariantList>> committedBy(const QString &column, int year) const;
    // The records behind one bar: [date, kind ("disbursement" / "commitment"), item kind,
    // reference, State iso3, usd_minor], by date.
    Result<QList<QVariantList>> spendingRecords(const QString &column, const QString &key,
                                                int year) const;

    // Receipts and pledges dated in the year by donor kind: [kind, received, pledged].
    Result<QList<QVariantList>> contributionsByDonorKind(int year) const;
    // The same by donor, largest receipts first: [name, kind, received, pledged].
    Result<QList<QVariantList>> contributionsByDonor(int year) const;
    // Sponsored delegates (approved, active, completed) of the year's meetings, by meeting:
    // [reference, name, women, men, other].
    Result<QList<QVariantList>> sponsoredGenderByMeeting(int year) const;
    // Applications by status: sponsorships of the year's meetings and activities starting in
    // the year: [item kind, status key, count].
    Result<QList<QVariantList>> applicationsByStatus(int year) const;
    // Activities approved, active or completed with an amount for the year, by focus area
    // (an activity in several areas counts in each): [area key, activities, usd_minor].
    Result<QList<QVariantList>> activityFundingByFocusArea(int year) const;
    // Sponsored delegates of the year's meetings: [total, ldc, lldc, sids, any of the three].
    Result<QVariantList> sponsoredPriorityDelegates(int year) const;

    // Cost norms seen in the records, 0 when there is no record: the average current cost of
    // a sponsored delegate and of a committed activity, and what was paid out in the twelve
    // months up to `end`: [delegate avg, activity avg, disbursed in 12 months].
    Result<QVariantList> costNorms(const QDate &end) const;

private:
    Result<QList<QVariantList>> rows(const QString &sql, const QVariantMap &values,
                                     const QString &what) const;

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
