#include "core/services/demo/demoactivities.h"

#include "core/services/activityservice.h"
#include "core/services/consultationservice.h"
#include "core/services/demo/demoactivitycatalog.h"
#include "core/services/demo/demoworkflow.h"
#include "core/services/referencedataservice.h"
#include "core/services/reviewservice.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

namespace {

// Three applications fall under the floor (USD 50,000 in the demo settings).
bool isSmallRequest(int index)
{
    return index == 4 || index == 17 || index == 29;
}

bool isReviewed(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::UnderReview:
    case ApplicationStatus::Recommended:
    case ApplicationStatus::NotRecommended:
    case ApplicationStatus::Approved:
    case ApplicationStatus::Rejected:
    case ApplicationStatus::Active:
    case ApplicationStatus::Completed:
        return true;
    default:
        return false;
    }
}

// 0 weak, 1 adequate, 2 strong: what the reviewers think decides where the application went.
int qualityBand(ApplicationStatus status, QRandomGenerator &random)
{
    switch (status) {
    case ApplicationStatus::NotRecommended:
    case ApplicationStatus::Rejected:
        return 0;
    case ApplicationStatus::UnderReview:
        return int(random.bounded(3));
    default:
        return 1 + int(random.bounded(2));
    }
}

} // namespace

DemoActivities::DemoActivities(QSqlDatabase db, const ReferenceDataService &reference,
                               QRandomGenerator &random, QDate today, DemoWorkflow &workflow)
    : m_db(std::move(db)),
      m_reference(reference),
      m_random(random),
      m_today(today),
      m_workflow(workflow)
{
}

void DemoActivities::schedule(ActivityApplication &application, qint64 totalDollars, bool longer)
{
    const int startYear = m_today.year() - 1 + int(m_random.bounded(3));
    application.start = QDate(startYear, 1 + int(m_random.bounded(12)), 1);
    const int months = longer ? 14 + int(m_random.bounded(12)) : 3 + int(m_random.bounded(8));
    application.end = application.start.addMonths(months).addDays(-1);
    // Each year gets its share of the months, to the cent (largest remainder).
    QList<qint64> monthsPerYear;
    for (int year = application.start.year(); year <= application.end.year(); ++year) {
        const QDate from = std::max(application.start, QDate(year, 1, 1));
        const QDate to = std::min(application.end, QDate(year, 12, 31));
        monthsPerYear.append((to.year() - from.year()) * 12 + to.month() - from.month() + 1);
    }
    const auto parts = Money::usd(totalDollars * 100).allocate(monthsPerYear).value();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        application.requested.append({application.start.year() + int(i), parts[i]});
    }
}

ApplicationStatus DemoActivities::statusFor(const ActivityApplication &application,
                                            bool belowFloor)
{
    using S = ApplicationStatus;
    if (belowFloor) {
        // Never recommended (¶23): decided against once past, still in the queue otherwise.
        static const S small[] = {S::Submitted, S::UnderReview, S::NotRecommended};
        return application.start <= m_today ? S::NotRecommended : small[m_random.bounded(3)];
    }
    if (application.end < m_today) {
        return m_random.bounded(8) == 0 ? S::Cancelled : S::Completed;
    }
    if (application.start <= m_today) {
        return m_random.bounded(4) == 0 ? S::Approved : S::Active;
    }
    static const S future[] = {S::Draft,       S::Submitted,      S::Eligible,
                               S::Ineligible,  S::UnderReview,    S::UnderReview,
                               S::Recommended, S::Recommended,    S::NotRecommended,
                               S::Approved,    S::Rejected,       S::UnderReview};
    return future[m_random.bounded(12)];
}

QList<DemoActivities::Draft> DemoActivities::drafts()
{
    QList<Draft> list;
    const auto templates = demoActivityTemplates();
    const auto applicants = demoActivityApplicants();
    for (int i = 0; i < applicants.size(); ++i) {
        const DemoActivityTemplate &pattern =
            templates[(i + int(m_random.bounded(3))) % templates.size()];
        Draft draft;
        ActivityApplication &application = draft.application;
        application.applicantIso3 = applicants[i];
        application.title =
            pattern.title.arg(m_reference.name(applicants[i], Language::English));
        application.focusAreas = pattern.areas;
        if (!pattern.partner.isEmpty()) {
            application.partners.append({pattern.partner, pattern.partnerKind});
        }
        draft.belowFloor = isSmallRequest(i);
        const qint64 dollars = draft.belowFloor ? 20'000 + 1'000 * qint64(m_random.bounded(25))
                                                : 60'000 + 5'000 * qint64(m_random.bounded(79));
        schedule(application, dollars, !draft.belowFloor && m_random.bounded(5) < 2);
        list.append(draft);
    }
    for (const DemoRegionalActivity &regional : demoRegionalActivities()) {
        Draft draft;
        ActivityApplication &application = draft.application;
        application.applicantIso3 = regional.applicant;
        application.coApplicantIso3 = regional.coApplicants;
        application.title = regional.title;
        application.focusAreas = regional.areas;
        application.partners.append({regional.partner, regional.partnerKind});
        schedule(application, 150'000 + 10'000 * qint64(m_random.bounded(46)), true);
        list.append(draft);
    }
    return list;
}

Result<DemoActivityCounts> DemoActivities::generate()
{
    const auto today = [day = m_today] { return day; };
    ActivityService activities(m_db, m_reference, today);
    DemoActivityCounts counts;
    QList<ActivityApplication> stored;
    const auto results = demoResults();
    for (Draft &draft : drafts()) {
        ActivityApplication &application = draft.application;
        const QString country = m_reference.name(application.applicantIso3, Language::English);
        application.summary = QStringLiteral("Requested by the Government of %1.").arg(country);
        application.objectives =
            QStringLiteral("Strengthen the capacity of %1 in the areas of the application, in "
                           "line with its national priorities.")
                .arg(country);
        application.expectedOutputs =
            QStringLiteral("Workshops delivered, officials trained, a written plan adopted.");
        application.outcomes =
            QStringLiteral("Lasting national capacity, owned by %1.").arg(country);
        application.needsAssessment =
            QStringLiteral("National ICT-security needs assessment of %1, validated with the "
                           "ministries concerned.")
                .arg(application.start.year() - 1);
        if (m_random.bounded(3) == 0) {
            application.needsDocument = QStringLiteral("NA-%1-%2")
                                            .arg(application.applicantIso3)
                                            .arg(application.start.year() - 1);
        }
        if (m_random.bounded(3) == 0) {
            application.coFunding = Money::usd(10'000'00 * (1 + qint64(m_random.bounded(8))));
            application.coFundingSource = QStringLiteral("National budget (in kind and cash)");
        }
        application.status = statusFor(application, draft.belowFloor);
        if (application.status == ApplicationStatus::Completed) {
            application.results = results[m_random.bounded(int(results.size()))];
        }
        // Numbered in the year the application came in: never after today.
        const int received = std::min(application.start.year(), m_today.year());
        const auto reference = activities.nextReference(received);
        if (!reference) {
            return reference.error();
        }
        application.reference = *reference;
        // Stored as received; DemoWorkflow moves it on to its status.
        const ApplicationStatus target = application.status;
        application.status =
            target == ApplicationStatus::Draft ? target : ApplicationStatus::Submitted;
        const auto id = activities.add(application);
        if (!id) {
            return id.error();
        }
        application.id = *id;
        application.status = target;
        m_workflow.planActivity(id->value(), target, application.start, application.end,
                                QStringLiteral("Government of %1").arg(country));
        ++counts.activities;
        if (isReviewed(application.status)) {
            const auto reviews = review(*id, application.status);
            if (!reviews) {
                return reviews.error();
            }
            counts.reviews += *reviews;
        }
        stored.append(application);
    }
    const auto consultations = consult(stored);
    if (!consultations) {
        return consultations.error();
    }
    counts.consultations = *consultations;
    return counts;
}

Result<int> DemoActivities::review(ActivityId id, ApplicationStatus status)
{
    ReviewService reviews(m_db, [day = m_today] { return day; });
    const auto names = demoReviewers();
    const auto justifications = demoJustifications();
    const int band = qualityBand(status, m_random);
    const int count = 2 + int(m_random.bounded(2));
    const int first = int(m_random.bounded(int(names.size())));
    int declared = 0;
    ++m_reviewed;
    if (!m_recused && m_reviewed == 6) {
        // The one recusal of the demo: declared before scoring, so it never scores.
        m_recused = true;
        const QString name = names[(first + count) % names.size()];
        const auto recused = reviews.declare(
            id, name, true,
            QStringLiteral("Advised the applicant's ministry on this proposal in the past two "
                           "years."));
        if (!recused) {
            return recused.error();
        }
        ++declared;
    }
    for (int i = 0; i < count; ++i) {
        const auto review = reviews.declare(id, names[(first + i) % names.size()], false, {});
        if (!review) {
            return review.error();
        }
        ++declared;
        // Under review, the last reviewer sometimes has not scored yet.
        if (status == ApplicationStatus::UnderReview && i == count - 1 && m_random.bounded(2)) {
            continue;
        }
        RubricScores scores{};
        for (int &score : scores) {
            score = std::clamp(2 + band + int(m_random.bounded(3)) - 1, 0, 5);
        }
        if (auto scored = reviews.score(*review, scores, justifications[band]); !scored) {
            return scored.error();
        }
    }
    return declared;
}

Result<int> DemoActivities::consult(const QList<ActivityApplication> &stored)
{
    ConsultationService service(m_db, [day = m_today] { return day; });
    const auto participants = demoConsultationParticipants();
    Consultation earlier;
    earlier.date = m_today.addDays(-150);
    earlier.participants = participants.mid(0, 8);
    earlier.participants << participants.constLast();
    earlier.notes = QStringLiteral("First round: applications starting this year.");
    Consultation later;
    later.date = m_today.addDays(-30);
    later.participants = participants.mid(3);
    later.notes = QStringLiteral("Second round: applications for next year.");

    for (const ActivityApplication &application : stored) {
        ConsultationAdvice advice;
        advice.activityId = application.id;
        switch (application.status) {
        case ApplicationStatus::Recommended:
        case ApplicationStatus::Approved:
        case ApplicationStatus::Active:
            advice.stance = m_random.bounded(3) == 0 ? ConsultationStance::SupportsWithChanges
                                                     : ConsultationStance::Supports;
            advice.advice = advice.stance == ConsultationStance::Supports
                                ? QStringLiteral("Supports; well aligned with national needs.")
                                : QStringLiteral("Supports if the gender plan is made specific "
                                                 "and the budget for travel reduced.");
            break;
        case ApplicationStatus::NotRecommended:
        case ApplicationStatus::Rejected:
            advice.stance = ConsultationStance::DoesNotSupport;
            advice.advice = QStringLiteral("Overlaps with an ongoing bilateral programme; "
                                           "suggest reapplying with a gap analysis.");
            break;
        case ApplicationStatus::UnderReview:
            advice.stance = ConsultationStance::NoView;
            break;
        default:
            continue;
        }
        (application.start.year() <= m_today.year() ? earlier : later).advice.append(advice);
    }
    int count = 0;
    for (const Consultation &consultation : {earlier, later}) {
        if (auto id = service.add(consultation); !id) {
            return id.error();
        }
        ++count;
    }
    return count;
}

} // namespace FundDesk::Core::Demo
