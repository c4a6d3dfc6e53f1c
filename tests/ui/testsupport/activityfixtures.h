#pragma once

// Activity applications and reviews for the UI tests of the Activities page, stored through
// the real services so the rules apply as in the application.

#include "core/domain/activityapplication.h"
#include "core/services/fundservices.h"

#include <QDate>
#include <QString>

namespace FundDesk::Tests {

struct ActivitySpec
{
    QString applicant = QStringLiteral("KEN");
    QStringList coApplicants;
    QString title = QStringLiteral("National CERT maturity assessment");
    QDate start = QDate(2026, 9, 1);
    QDate end = QDate(2027, 8, 31);
    qint64 cents = 120'000'00; // all in the start year
    QList<Core::FocusArea> areas{Core::FocusArea::IncidentResponse};
    Core::ApplicationStatus status = Core::ApplicationStatus::Submitted;
};

inline Core::ActivityApplication activityFrom(const ActivitySpec &spec)
{
    Core::ActivityApplication a;
    a.applicantIso3 = spec.applicant;
    a.coApplicantIso3 = spec.coApplicants;
    a.title = spec.title;
    a.summary = QStringLiteral("Assess and plan.");
    a.start = spec.start;
    a.end = spec.end;
    a.requested = {{spec.start.year(), Core::Money::usd(spec.cents)}};
    a.focusAreas = spec.areas;
    a.needsAssessment = QStringLiteral("National needs assessment 2025");
    a.status = spec.status;
    return a;
}

// Invalid id on failure.
inline Core::ActivityId addActivity(Core::FundServices &services, const ActivitySpec &spec)
{
    const auto id = services.activities().add(activityFrom(spec));
    return id ? *id : Core::ActivityId();
}

// One reviewer's scores, all criteria the same; false on failure.
inline bool scoreActivity(Core::FundServices &services, Core::ActivityId activity,
                          const QString &reviewer, int score)
{
    const auto id = services.reviews().declare(activity, reviewer, false, {});
    if (!id) {
        return false;
    }
    Core::RubricScores scores;
    scores.fill(score);
    return services.reviews().score(*id, scores, QStringLiteral("Clear needs, sound plan.")).ok();
}

// Sets the ¶23 floor; false on failure.
inline bool setFloor(Core::FundServices &services, qint64 cents)
{
    auto settings = services.settings().load();
    if (!settings) {
        return false;
    }
    if (settings->name.isEmpty()) {
        settings->name = QStringLiteral("Test fund");
    }
    settings->activityFundingFloor = Core::Money::usd(cents);
    return services.settings().save(*settings).ok();
}

} // namespace FundDesk::Tests
