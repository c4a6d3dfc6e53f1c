#pragma once

// Meetings and sponsorship applications for the UI tests, recorded through the real services
// (so the estimate and the ¶21 screening apply as in the application).

#include "core/services/fundservices.h"

#include <QDate>
#include <QString>

#include <optional>

namespace FundDesk::Tests {

// New York, 9–13 March 2026; USD: airfares 2,900 Africa, 1,100 Americas, 3,100 Asia,
// 1,500 Europe, 3,800 Oceania; DSA 421 × 6 days; terminal 230. One delegate from Africa costs
// USD 5,656.00, from Europe 4,256.00.
inline Core::Meeting newYorkMeeting(const QString &reference = QStringLiteral("PM-2026-1"))
{
    Core::Meeting meeting;
    meeting.reference = reference;
    meeting.name = QStringLiteral("Permanent mechanism, first session 2026");
    meeting.city = QStringLiteral("New York");
    meeting.start = QDate(2026, 3, 9);
    meeting.end = QDate(2026, 3, 13);
    meeting.formalMeetingDays = 5;
    meeting.norms.airfare = {{Core::Region::Africa, Core::Money::usd(2'900'00)},
                             {Core::Region::Americas, Core::Money::usd(1'100'00)},
                             {Core::Region::Asia, Core::Money::usd(3'100'00)},
                             {Core::Region::Europe, Core::Money::usd(1'500'00)},
                             {Core::Region::Oceania, Core::Money::usd(3'800'00)}};
    meeting.norms.dsaDailyRate = Core::Money::usd(421'00);
    meeting.norms.dsaDays = 6;
    meeting.norms.terminalExpenses = Core::Money::usd(230'00);
    return meeting;
}

inline Core::MeetingId addMeeting(Core::FundServices &services, const Core::Meeting &meeting)
{
    auto id = services.meetings().add(meeting);
    return id ? *id : Core::MeetingId();
}

struct SponsorshipSpec
{
    QString iso3 = QStringLiteral("KEN");
    QString name = QStringLiteral("Ana Silva");
    Core::Gender gender = Core::Gender::Woman;
    std::optional<int> score;
    // A ¶21 criterion assessed as not met; every other one is met.
    std::optional<Core::EligibilityCriterion> failing;
    Core::ApplicationStatus status = Core::ApplicationStatus::Submitted;
};

inline SponsorshipSpec sponsorshipSpec(const QString &iso3, const QString &name,
                                       Core::Gender gender = Core::Gender::Woman,
                                       std::optional<int> score = {},
                                       std::optional<Core::EligibilityCriterion> failing = {})
{
    SponsorshipSpec spec;
    spec.iso3 = iso3;
    spec.name = name;
    spec.gender = gender;
    spec.score = score;
    spec.failing = failing;
    return spec;
}

inline Core::SponsorshipId addSponsorship(Core::FundServices &services, Core::MeetingId meeting,
                                          const SponsorshipSpec &spec)
{
    Core::SponsorshipApplication a;
    a.meetingId = meeting;
    a.applicantName = spec.name;
    a.gender = spec.gender;
    a.stateIso3 = spec.iso3;
    a.ministry = QStringLiteral("Ministry of Foreign Affairs");
    a.capitalBased = true;
    for (Core::CriterionAssessment &assessment : a.criteria) {
        assessment = {true, QStringLiteral("seen")};
    }
    if (spec.failing) {
        a.criterion(*spec.failing) = {false, QStringLiteral("cannot travel")};
    }
    a.score = spec.score;
    a.status = spec.status;
    auto id = services.sponsorships().add(a);
    return id ? *id : Core::SponsorshipId();
}

} // namespace FundDesk::Tests
