#include "core/services/demo/scaleapplications.h"

#include "core/domain/activitypartner.h"
#include "core/domain/focusarea.h"
#include "core/domain/gender.h"
#include "core/domain/meeting.h"
#include "core/domain/money.h"
#include "core/services/demo/demopeople.h"
#include "core/services/demo/demoworkflow.h"
#include "core/services/sponsorshipcost.h"

#include <algorithm>

namespace FundDesk::Core::Demo {

namespace {

using S = ApplicationStatus;

const QString kInsertMeeting = QStringLiteral(
    "INSERT INTO meetings (reference, name, city, start_date, end_date, formal_days, "
    "dsa_rate_minor, dsa_days, terminal_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertAirfare = QStringLiteral(
    "INSERT INTO meeting_airfares (meeting_id, region, amount_minor) VALUES (?, ?, ?)");
const QString kInsertSponsorship = QStringLiteral(
    "INSERT INTO sponsorships (meeting_id, applicant_name, gender, state_iso3, ministry, title, "
    "capital_based, contact, met_a, evidence_a, met_b, evidence_b, met_c, evidence_c, met_d, "
    "evidence_d, met_e, evidence_e, letter_received, estimated_minor, score, status, "
    "attended_all, report_received, actual_minor) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertActivity = QStringLiteral(
    "INSERT INTO activities (reference, applicant_iso3, title, summary, objectives, "
    "expected_outputs, outcomes, start_date, end_date, needs_text, status, results) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kInsertAmount = QStringLiteral(
    "INSERT INTO activity_amounts (activity_id, year, amount_minor) VALUES (?, ?, ?)");
const QString kInsertArea =
    QStringLiteral("INSERT INTO activity_focus_areas (activity_id, area) VALUES (?, ?)");
const QString kInsertPartner =
    QStringLiteral("INSERT INTO activity_partners (activity_id, name, kind) VALUES (?, ?, ?)");

struct PlannedMeeting
{
    qint64 id = 0;
    QDate start;
    QDate end;
    QList<qint64> cost;    // per region, allRegions() order
    QList<qint64> airfare; // per region
};

// What only the row needs, beside the ScaleItem.
struct Extra
{
    int meeting = -1; // index into the meetings, or -1 for an activity
    int state = 0;
    int failed = -1; // the ¶21 criterion an ineligible applicant fails
    bool unassessed = false;
};

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qint64>());
}

Result<QList<PlannedMeeting>> writeMeetings(ScaleContext &context)
{
    QList<PlannedMeeting> meetings;
    const QList<Region> regions = allRegions();
    for (int year = context.firstYear; year <= context.today.year(); ++year) {
        for (const bool geneva : {false, true}) {
            Meeting meeting;
            meeting.start = geneva ? QDate(year, 12, 7) : QDate(year, 3, 9);
            meeting.end = meeting.start.addDays(4);
            meeting.formalMeetingDays = 5;
            meeting.norms.dsaDailyRate = Money::usd(geneva ? 430'00 : 421'00);
            meeting.norms.dsaDays = 6;
            meeting.norms.terminalExpenses = Money::usd(geneva ? 250'00 : 230'00);
            const auto id = context.writer.insert(
                kInsertMeeting,
                {QStringLiteral("PM-%1-%2").arg(year).arg(geneva ? 2 : 1),
                 QStringLiteral("Permanent mechanism on ICT security, %1 session %2")
                     .arg(year)
                     .arg(geneva ? 2 : 1),
                 geneva ? QStringLiteral("Geneva") : QStringLiteral("New York"),
                 meeting.start.toString(Qt::ISODate), meeting.end.toString(Qt::ISODate), 5,
                 meeting.norms.dsaDailyRate.minor(), 6, meeting.norms.terminalExpenses.minor()});
            if (!id) {
                return id.error();
            }
            PlannedMeeting planned{*id, meeting.start, meeting.end, {}, {}};
            for (int r = 0; r < regions.size(); ++r) {
                const qint64 fare = (600 + 400 * ((r * 3 + (geneva ? 2 : 0)) % 9)) * 100;
                meeting.norms.airfare.insert(regions[r], Money::usd(fare));
                if (auto done =
                        context.writer.insert(kInsertAirfare, {*id, regionKey(regions[r]), fare});
                    !done) {
                    return done.error();
                }
                const auto cost = SponsorshipCost::estimate(meeting.norms, regions[r]);
                if (!cost) {
                    return cost.error();
                }
                planned.cost.append(cost->minor());
                planned.airfare.append(fare);
            }
            meetings.append(planned);
        }
    }
    return meetings;
}

S delegateTarget(ScaleContext &context, const PlannedMeeting &meeting, int place, int seats,
                 Extra &extra)
{
    const QDate today = context.today;
    if (place < seats) {
        if (meeting.end < today) {
            return S::Completed;
        }
        if (meeting.start <= today) {
            return S::Active;
        }
        return meeting.start.addDays(-30) <= today ? S::Approved : S::Recommended;
    }
    const int draw = context.bounded(100);
    if (draw < 10) {
        extra.failed = context.bounded(5);
        return S::Ineligible;
    }
    if (meeting.start.addDays(-45) <= today) {
        return draw < 12 ? S::Rejected : S::NotRecommended;
    }
    if (draw < 15) {
        extra.unassessed = true;
        return S::Draft;
    }
    return draw < 40 ? S::Submitted : draw < 60 ? S::Eligible : S::UnderReview;
}

S activityTarget(ScaleContext &context, const ScaleItem &item)
{
    const int draw = context.bounded(100);
    if (item.end < context.today) {
        return draw < 60   ? S::Completed
               : draw < 64 ? S::Cancelled
               : draw < 84 ? S::NotRecommended
               : draw < 90 ? S::Rejected
                           : S::Ineligible;
    }
    if (item.start <= context.today) {
        return draw < 85 ? S::Active : draw < 90 ? S::Approved : S::NotRecommended;
    }
    if (item.received > context.today) {
        return draw < 30 ? S::Draft : S::Submitted;
    }
    static const S future[] = {S::Submitted,   S::Eligible, S::UnderReview, S::UnderReview,
                               S::Recommended, S::Approved, S::Approved,    S::NotRecommended,
                               S::Ineligible,  S::Rejected};
    return future[draw % 10];
}

void planSponsorships(ScaleContext &context, const QList<PlannedMeeting> &meetings,
                      QList<ScaleItem> &items, QList<Extra> &extras)
{
    const QList<Region> regions = allRegions();
    const int perMeeting = 40 * context.scale;
    const int seats = 20 * context.scale;
    for (int m = 0; m < meetings.size(); ++m) {
        const PlannedMeeting &meeting = meetings[m];
        for (int place = 0; place < perMeeting; ++place) {
            Extra extra;
            extra.meeting = m;
            extra.state = context.bounded(int(context.states.size()));
            const ScaleState &state = context.states[extra.state];
            const int region = int(regions.indexOf(state.region));
            ScaleItem item;
            item.item.kind = WorkflowItemKind::Sponsorship;
            item.received = meeting.start.addDays(-90);
            item.start = meeting.start;
            item.end = meeting.end;
            item.amount = meeting.cost[region];
            item.firstPayment = meeting.airfare[region];
            item.iso3 = state.iso3;
            item.target = delegateTarget(context, meeting, place, seats, extra);
            items.append(item);
            extras.append(extra);
        }
    }
}

void planActivities(ScaleContext &context, QList<ScaleItem> &items, QList<Extra> &extras)
{
    const int total = 200 * context.scale;
    const int years = context.today.year() + 1 - context.firstYear;
    for (int i = 0; i < total; ++i) {
        Extra extra;
        extra.state = context.bounded(int(context.states.size()));
        ScaleItem item;
        item.item.kind = WorkflowItemKind::Activity;
        item.start = QDate(context.firstYear + 1 + i % years, 1 + context.bounded(12), 1);
        item.end = item.start.addMonths(9 + context.bounded(22)).addDays(-1);
        item.received = item.start.addDays(-150);
        item.amount = (60'000 + 5'000 * qint64(context.bounded(109))) * 100;
        item.iso3 = context.states[extra.state].iso3;
        item.payee = QStringLiteral("Government of %1").arg(item.iso3);
        item.target = activityTarget(context, item);
        items.append(item);
        extras.append(extra);
    }
}

// Offers every approval to the budget in date order; what it cannot afford is rejected.
qint64 decideApprovals(ScaleContext &context, QList<ScaleItem> &items)
{
    QList<int> approvals;
    for (int i = 0; i < items.size(); ++i) {
        if (workflowPath(items[i].target).contains(S::Approved)) {
            approvals.append(i);
        }
    }
    const auto approvedOn = [&](int i) {
        return scaleStepDate(items[i], S::Approved, context.today);
    };
    std::stable_sort(approvals.begin(), approvals.end(),
                     [&](int a, int b) { return approvedOn(a) < approvedOn(b); });
    qint64 refused = 0;
    for (const int i : std::as_const(approvals)) {
        if (!context.budget.tryCommit(approvedOn(i).year(), items[i].amount)) {
            items[i].target = S::Rejected;
            ++refused;
        }
    }
    return refused;
}

QVariant criterion(const Extra &extra, int c)
{
    if (extra.unassessed && c == 2) {
        return nullInt();
    }
    return extra.failed == c ? 0 : 1;
}

Result<void> writeSponsorship(ScaleContext &context, ScaleItem &item, const Extra &extra,
                              const QList<PlannedMeeting> &meetings)
{
    const ScaleState &state = context.states[extra.state];
    const int draw = context.bounded(100);
    const Gender gender = draw < 45   ? Gender::Woman
                          : draw < 97 ? Gender::Man
                                      : Gender::OtherOrUndisclosed;
    const DemoPerson person = demoPerson(context.random, state.group, gender);
    item.payee = person.name;
    const bool done = item.target == S::Completed;
    const QString evidence = QStringLiteral("Confirmed in the nomination file");
    const QString failing = QStringLiteral("Not met: see the nomination file");
    QList<QVariant> met;
    for (int c = 0; c < 5; ++c) {
        met << criterion(extra, c);
        met << (extra.failed == c ? failing : met.constLast().isNull() ? QString() : evidence);
    }
    const qint64 actual = item.amount + (qint64(context.bounded(9)) - 4) * item.amount / 100;
    const auto id = context.writer.insert(
        kInsertSponsorship, {meetings[extra.meeting].id,
                             person.name,
                             genderKey(gender),
                             state.iso3,
                             person.ministry,
                             person.title,
                             extra.failed == 0 ? 0 : 1,
                             QStringLiteral("delegate%1@gov.%2.example")
                                 .arg(context.writer.rows())
                                 .arg(state.iso3.toLower()),
                             met[0],
                             met[1],
                             met[2],
                             met[3],
                             met[4],
                             met[5],
                             met[6],
                             met[7],
                             met[8],
                             met[9],
                             context.bounded(10) != 0 ? 1 : 0,
                             item.amount,
                             40 + context.bounded(60),
                             applicationStatusKey(item.target),
                             done ? QVariant(context.bounded(20) != 0 ? 1 : 0) : nullInt(),
                             done && context.bounded(5) != 0 ? 1 : 0,
                             done ? QVariant(actual) : nullInt()});
    if (!id) {
        return id.error();
    }
    item.item.id = *id;
    return {};
}

Result<void> writeActivity(ScaleContext &context, ScaleItem &item, int number)
{
    const QList<FocusArea> areas = allFocusAreas();
    const int year = std::min(item.start.year(), context.today.year());
    const auto id = context.writer.insert(
        kInsertActivity,
        {QStringLiteral("CB-%1-%2").arg(year).arg(number, 3, 10, QLatin1Char('0')), item.iso3,
         QStringLiteral("National ICT-security capacity programme %1 (%2)")
             .arg(number)
             .arg(item.iso3),
         QStringLiteral("Requested by the Government of %1.").arg(item.iso3),
         QStringLiteral("Strengthen national capacity in the areas of the application."),
         QStringLiteral("Workshops delivered, officials trained, a written plan adopted."),
         QStringLiteral("Lasting national capacity."), item.start.toString(Qt::ISODate),
         item.end.toString(Qt::ISODate),
         QStringLiteral("National ICT-security needs assessment, validated with the ministries."),
         applicationStatusKey(item.target),
         item.target == S::Completed
             ? QStringLiteral("Trained officials; national incident-response plan adopted.")
             : QString()});
    if (!id) {
        return id.error();
    }
    item.item.id = *id;
    // Each year's share of the months, to the cent.
    QList<qint64> months;
    for (int y = item.start.year(); y <= item.end.year(); ++y) {
        const QDate from = std::max(item.start, QDate(y, 1, 1));
        const QDate to = std::min(item.end, QDate(y, 12, 31));
        months.append((to.year() - from.year()) * 12 + to.month() - from.month() + 1);
    }
    const auto parts = Money::usd(item.amount).allocate(months);
    if (!parts) {
        return parts.error();
    }
    for (qsizetype i = 0; i < parts->size(); ++i) {
        if (auto done = context.writer.insert(
                kInsertAmount, {*id, item.start.year() + int(i), (*parts)[i].minor()});
            !done) {
            return done.error();
        }
    }
    const int first = context.bounded(int(areas.size()));
    for (int a = 0; a < 1 + number % 2; ++a) {
        if (auto done = context.writer.insert(
                kInsertArea, {*id, focusAreaKey(areas[(first + a) % areas.size()])});
            !done) {
            return done.error();
        }
    }
    if (number % 3 == 0) {
        if (auto done = context.writer.insert(
                kInsertPartner, {*id, QStringLiteral("Regional CERT network"),
                                 partnerKindKey(PartnerKind::InternationalOrRegionalOrganization)});
            !done) {
            return done.error();
        }
    }
    return {};
}

} // namespace

Result<ScaleApplications> writeScaleApplications(ScaleContext &context)
{
    const auto meetings = writeMeetings(context);
    if (!meetings) {
        return meetings.error();
    }
    ScaleApplications written;
    written.meetings = meetings->size();
    QList<Extra> extras;
    planSponsorships(context, *meetings, written.items, extras);
    planActivities(context, written.items, extras);
    written.refusedForFunds = decideApprovals(context, written.items);
    int activityNumber = 0;
    for (qsizetype i = 0; i < written.items.size(); ++i) {
        ScaleItem &item = written.items[i];
        if (item.item.kind == WorkflowItemKind::Sponsorship) {
            if (auto done = writeSponsorship(context, item, extras[i], *meetings); !done) {
                return done.error();
            }
            ++written.sponsorships;
        } else {
            if (auto done = writeActivity(context, item, ++activityNumber); !done) {
                return done.error();
            }
            ++written.activities;
        }
    }
    return written;
}

} // namespace FundDesk::Core::Demo
