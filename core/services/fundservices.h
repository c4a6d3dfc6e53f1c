#pragma once

#include "core/domain/result.h"
#include "core/services/activityservice.h"
#include "core/services/balanceservice.h"
#include "core/services/consultationservice.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "core/services/slate/slateplanner.h"
#include "core/services/sponsorshipservice.h"
#include "core/services/reviewservice.h"
#include "core/services/workflowservices.h"

#include <memory>

namespace FundDesk::Core {

class Database;

// The services of one open fund, built together by the composition root (or a command) and
// handed to the pages that need them. Not a singleton: opening another fund builds a new set.
class FundServices final
{
public:
    static Result<std::unique_ptr<FundServices>> create(Database &database);

    Database &database() { return m_database; }
    const ReferenceDataService &reference() const { return m_reference; }
    DonorService &donors() { return m_donors; }
    ContributionService &contributions() { return m_contributions; }
    BalanceService &balance() { return m_balance; }
    FundSettingsService &settings() { return m_settings; }
    // Meetings, sponsorship applications and the slate builder (issue 4).
    MeetingService &meetings() { return m_meetings; }
    SponsorshipService &sponsorships() { return m_sponsorships; }
    const SlatePlanner &slates() const { return m_slates; }
    ActivityService &activities() { return m_activities; }
    ReviewService &reviews() { return m_reviews; }
    ConsultationService &consultations() { return m_consultations; }
    // Profiles, workflow, commitments, disbursements and period close (issue 6).
    WorkflowServices &workflow() { return m_workflow; }

private:
    FundServices(Database &database, ReferenceDataService reference);

    Database &m_database;
    ReferenceDataService m_reference;
    DonorService m_donors;
    ContributionService m_contributions;
    BalanceService m_balance;
    FundSettingsService m_settings;
    MeetingService m_meetings;
    SponsorshipService m_sponsorships;
    SlatePlanner m_slates;
    ActivityService m_activities;
    ReviewService m_reviews;
    ConsultationService m_consultations;
    WorkflowServices m_workflow;
};

} // namespace FundDesk::Core
