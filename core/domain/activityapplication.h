#pragma once

#include "core/domain/activitypartner.h"
#include "core/domain/applicationstatus.h"
#include "core/domain/focusarea.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace FundDesk::Core {

// The part of a multi-year request that falls in one calendar year (¶20b).
struct YearlyAmount
{
    int year = 0;
    Money amount = Money::usd(0);

    bool operator==(const YearlyAmount &) const = default;
};

// A government's application for a capacity-building activity (¶23–¶26). Amounts are USD.
struct ActivityApplication
{
    ActivityId id;
    QString reference;              // "CB-2026-014", given by ActivityService when empty
    QString applicantIso3;          // ¶24: a government, so a Member State of the reference list
    QStringList coApplicantIso3;    // other Member States of a regional activity
    QList<ImplementingPartner> partners;
    QString title;
    QString summary;
    QString objectives;
    QString expectedOutputs;
    QString outcomes;
    QDate start;
    QDate end;
    QList<YearlyAmount> requested;  // ordered by year; the request is their sum
    Money coFunding = Money::usd(0); // from other sources
    QString coFundingSource;
    QString needsAssessment;        // ¶13, ¶25a: the needs it answers, as text …
    QString needsDocument;          // … and/or a reference to a document
    QList<FocusArea> focusAreas;    // a set: ¶26 order, no repeats
    ApplicationStatus status = ApplicationStatus::Draft;
    QString results;                // once completed, for the annual report (¶27)

    // The sum of the yearly amounts; an error only on overflow.
    Result<Money> requestedTotal() const;
    // The applicant first, then the co-applicants: the States the activity serves.
    QStringList participatingStates() const;
    bool hasFocusArea(FocusArea area) const { return focusAreas.contains(area); }
    // Recommended, Approved, Active or Completed: money the fund means to spend (¶25c).
    bool isRecommendedOrBeyond() const;

    bool operator==(const ActivityApplication &) const = default;
};

// Sorts into ¶26 order and drops repeats, so a list of areas is a set.
QList<FocusArea> normalizedFocusAreas(QList<FocusArea> areas);

} // namespace FundDesk::Core
