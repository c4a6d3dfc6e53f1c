#pragma once

#include "core/domain/meeting.h"
#include "core/domain/result.h"

#include <QDate>
#include <QRandomGenerator>

namespace FundDesk::Core {
class MeetingService;
class ReferenceDataService;
class SlatePlanner;
class SponsorshipService;
} // namespace FundDesk::Core

namespace FundDesk::Core::Demo {

class DemoWorkflow;

struct DemoSponsorshipCounts
{
    int meetings = 0;
    int applications = 0;
};

// Four sessions of the permanent mechanism (New York and Geneva, twice a year over the last
// two years) with about fifty applications each: names across the regional groups, about 45 %
// women, some failing a named ¶21 criterion, some with an overridden cost and its reason. For
// every meeting the slate the builder proposes is planned through the workflow (DemoWorkflow):
// completed with attendance, reports and travel paid once the meeting is over. Through the real services; the same for the same seed and day.
class DemoSponsorships final
{
public:
    DemoSponsorships(MeetingService &meetings, SponsorshipService &sponsorships,
                     const SlatePlanner &slates, const ReferenceDataService &reference,
                     QRandomGenerator &random, QDate today, DemoWorkflow &workflow);

    Result<DemoSponsorshipCounts> generate();

private:
    Result<Meeting> addMeeting(int year, bool geneva);
    Result<int> addApplications(const Meeting &meeting);
    Result<void> decide(const Meeting &meeting, int seats);

    MeetingService &m_meetings;
    SponsorshipService &m_sponsorships;
    const SlatePlanner &m_slates;
    const ReferenceDataService &m_reference;
    QRandomGenerator &m_random;
    QDate m_today;
    DemoWorkflow &m_workflow;
};

} // namespace FundDesk::Core::Demo
