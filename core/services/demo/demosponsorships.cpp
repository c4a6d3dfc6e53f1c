#include "core/services/demo/demosponsorships.h"

#include "core/services/demo/demopeople.h"
#include "core/services/demo/demoworkflow.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "core/services/slate/slateplanner.h"
#include "core/services/sponsorshipservice.h"

namespace FundDesk::Core::Demo {

namespace {

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Evidence when a criterion is met, and the note when it fails, for (a) … (e).
constexpr const char *kMet[] = {
    "Nomination letter confirms a capital-based post in the national cyber team",
    "CV shows several years on ICT-security policy in the current post",
    "Passport valid; visa support letter issued",
    "Confirmed attendance for every formal meeting and the side workshop",
    "Agreed to send a short report within a month",
};
constexpr const char *kFailed[] = {
    "Serves at the Permanent Mission, not in the capital",
    "Joined the post recently from an unrelated portfolio",
    "Visa refused for the session dates",
    "Can attend only the first two days of the session",
    "Declined to share a report on the session",
};
constexpr const char *kOverrideReasons[] = {
    "Fare quoted by the travel unit for the only direct route",
    "Two extra nights approved for the capacity-building workshop",
    "Cheaper regional carrier booked through the UN travel agent",
    "Delegate travels on from a regional meeting; one leg only",
};

} // namespace

DemoSponsorships::DemoSponsorships(MeetingService &meetings, SponsorshipService &sponsorships,
                                   const SlatePlanner &slates,
                                   const ReferenceDataService &reference, QRandomGenerator &random,
                                   QDate today, DemoWorkflow &workflow)
    : m_meetings(meetings),
      m_sponsorships(sponsorships),
      m_slates(slates),
      m_reference(reference),
      m_random(random),
      m_today(today),
      m_workflow(workflow)
{}

Result<Meeting> DemoSponsorships::addMeeting(int year, bool geneva)
{
    Meeting meeting;
    meeting.reference = QStringLiteral("PM-%1-%2").arg(year).arg(geneva ? 2 : 1);
    meeting.name = QStringLiteral("Permanent mechanism on ICT security, %1 session %2")
                       .arg(year)
                       .arg(geneva ? 2 : 1);
    meeting.city = geneva ? QStringLiteral("Geneva") : QStringLiteral("New York");
    meeting.start = geneva ? QDate(year, 12, 7) : QDate(year, 3, 9);
    meeting.end = meeting.start.addDays(4);
    meeting.formalMeetingDays = 5;
    const qint64 newYork[] = {2'900, 1'100, 3'100, 1'500, 3'800};
    const qint64 genevaFares[] = {1'900, 1'800, 2'600, 600, 4'200};
    const QList<Region> regions = allRegions();
    for (int i = 0; i < regions.size(); ++i) {
        meeting.norms.airfare.insert(regions.at(i),
                                     Money::usd((geneva ? genevaFares[i] : newYork[i]) * 100));
    }
    meeting.norms.dsaDailyRate = Money::usd(geneva ? 430'00 : 421'00);
    meeting.norms.dsaDays = meeting.formalMeetingDays + 1;
    meeting.norms.terminalExpenses = Money::usd(geneva ? 250'00 : 230'00);
    auto id = m_meetings.add(meeting);
    if (!id) {
        return id.error();
    }
    meeting.id = *id;
    return meeting;
}

Result<int> DemoSponsorships::addApplications(const Meeting &meeting)
{
    const QList<State> members = m_reference.members();
    const bool upcoming = meeting.end >= m_today;
    const int count = 48 + int(m_random.bounded(5));
    int added = 0;
    while (added < count) {
        const State &state = members.at(m_random.bounded(int(members.size())));
        // Developing countries apply more; the fund is for them first (¶9a).
        if (!state.priority && state.regionalGroup == RegionalGroup::WesternEuropeanOther &&
            m_random.bounded(3) != 0) {
            continue;
        }
        SponsorshipApplication application;
        application.meetingId = meeting.id;
        application.stateIso3 = state.iso3;
        const int genderDraw = int(m_random.bounded(100));
        application.gender = genderDraw < 45   ? Gender::Woman
                             : genderDraw < 97 ? Gender::Man
                                               : Gender::OtherOrUndisclosed;
        const DemoPerson person = demoPerson(m_random, state.regionalGroup, *application.gender);
        application.applicantName = person.name;
        application.ministry = person.ministry;
        application.title = person.title;
        application.contact = person.name.toLower().replace(QLatin1Char(' '), QLatin1Char('.')) +
                              QStringLiteral("@gov.") + state.iso3.toLower() +
                              QStringLiteral(".example");
        application.capitalBased = true;
        application.nominatingLetterReceived = m_random.bounded(10) != 0;
        for (int c = 0; c < 5; ++c) {
            application.criteria[std::size_t(c)] = {true, text(kMet[c])};
        }
        // About one in eight fails one named criterion, (c) and (a) most often.
        if (m_random.bounded(8) == 0) {
            const int draw = int(m_random.bounded(20));
            const int failed = draw < 8 ? 2 : draw < 13 ? 0 : draw < 17 ? 1 : draw < 19 ? 3 : 4;
            application.criteria[std::size_t(failed)] = {false, text(kFailed[failed])};
            application.capitalBased = failed != 0;
        } else if (upcoming && m_random.bounded(10) == 0) {
            application.criteria[std::size_t(m_random.bounded(5))] = {std::nullopt, {}};
        }
        application.status = upcoming && m_random.bounded(25) == 0 ? ApplicationStatus::Draft
                                                                   : ApplicationStatus::Submitted;
        if (!upcoming || m_random.bounded(10) != 0) {
            application.score = 45 + int(m_random.bounded(53));
        }
        if (m_random.bounded(12) == 0) {
            auto estimate = m_sponsorships.estimateCost(application);
            if (!estimate) {
                return estimate.error();
            }
            const qint64 change = (qint64(m_random.bounded(21)) - 10) * 50'00;
            application.costOverride = Money::usd(std::max<qint64>(estimate->minor() + change, 0));
            application.overrideReason = text(kOverrideReasons[m_random.bounded(4)]);
        }
        if (auto id = m_sponsorships.add(application); !id) {
            return id.error();
        }
        ++added;
    }
    return added;
}

// The slate the builder proposes goes through the workflow; the eligible applicants left off
// it are not recommended. Once the meeting is over the slate travelled (one delegate withdrew),
// attended and mostly reported; before it, the slate is recommended and the first half approved.
Result<void> DemoSponsorships::decide(const Meeting &meeting, int seats)
{
    SlateRequest request;
    request.seats = seats;
    auto slate = m_slates.propose(meeting.id, request, Language::English);
    if (!slate) {
        return slate.error();
    }
    SponsorshipQuery query;
    query.meeting = meeting.id;
    query.status = ApplicationStatus::Eligible;
    const auto eligible = m_sponsorships.list(query);
    if (!eligible) {
        return eligible.error();
    }
    const bool past = meeting.end < m_today;
    int place = 0;
    for (const SponsorshipApplication &application : *eligible) {
        const qint64 id = application.id.value();
        if (!slate->isSelected(application.id)) {
            // Before the meeting some still wait for review.
            const ApplicationStatus target = past          ? ApplicationStatus::NotRecommended
                                             : id % 3 == 0 ? ApplicationStatus::Eligible
                                                           : ApplicationStatus::UnderReview;
            m_workflow.planScreened(id, target, meeting.start.addDays(-45));
            continue;
        }
        ++place;
        if (!past) {
            m_workflow.planDelegate(
                id, place % 2 ? ApplicationStatus::Approved : ApplicationStatus::Recommended,
                meeting.start, meeting.end, application.cost(), application.applicantName);
            continue;
        }
        // One delegate withdrew after approval; the office did not approve another.
        if (place == 3 || place == 5) {
            m_workflow.planDelegate(
                id, place == 3 ? ApplicationStatus::Cancelled : ApplicationStatus::Rejected,
                meeting.start, meeting.end, application.cost(), application.applicantName);
            continue;
        }
        SponsorshipOutcome outcome;
        outcome.attendedAllFormalMeetings = m_random.bounded(20) != 0;
        outcome.reportReceived = m_random.bounded(5) != 0;
        const qint64 cost = application.cost().minor();
        outcome.actualCost =
            Money::usd(cost + (qint64(m_random.bounded(17)) - 8) * cost / 100 / 100 * 100);
        if (auto done = m_sponsorships.recordOutcome(application.id, outcome); !done) {
            return done;
        }
        // Travel is paid as booked, up to the commitment.
        m_workflow.planDelegate(id, ApplicationStatus::Completed, meeting.start, meeting.end,
                                *outcome.actualCost, application.applicantName);
    }
    return {};
}

Result<DemoSponsorshipCounts> DemoSponsorships::generate()
{
    DemoSponsorshipCounts counts;
    for (const int year : {m_today.year() - 1, m_today.year()}) {
        for (const bool geneva : {false, true}) {
            auto meeting = addMeeting(year, geneva);
            if (!meeting) {
                return meeting.error();
            }
            ++counts.meetings;
            auto added = addApplications(*meeting);
            if (!added) {
                return added.error();
            }
            counts.applications += *added;
            // ¶20: ten delegates at the small scale the first year, twenty after.
            const int seats = year < m_today.year() ? 10 : 20;
            if (auto done = decide(*meeting, seats); !done) {
                return done.error();
            }
        }
    }
    return counts;
}

} // namespace FundDesk::Core::Demo
