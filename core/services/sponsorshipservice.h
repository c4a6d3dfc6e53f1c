#pragma once

#include "core/domain/result.h"
#include "core/domain/sponsorshipapplication.h"
#include "core/repositories/sponsorshiprepository.h"
#include "core/services/eligibilityscreening.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace FundDesk::Core {

class ReferenceDataService;

// What happened at the meeting (¶21d, ¶21e), recorded afterwards.
struct SponsorshipOutcome
{
    std::optional<bool> attendedAllFormalMeetings;
    bool reportReceived = false;
    std::optional<Money> actualCost; // USD
};

// Sponsorship applications and their rules: a known meeting and State, a name and a gender,
// the cost estimated from the meeting's norms (an override needs its reason), a score of
// 0–100, and the ¶21 screening that sets Eligible / Ineligible and forbids recommending an
// application that fails a criterion.
class SponsorshipService final
{
public:
    SponsorshipService(QSqlDatabase db, const ReferenceDataService &reference);

    // Ordered by id. The filters the page needs beyond these are in SponsorshipFilter.
    Result<QList<SponsorshipApplication>> list(const SponsorshipQuery &query = {}) const;
    Result<SponsorshipApplication> find(SponsorshipId id) const;

    // The first rule broken, with Error::field naming the form field ("meeting",
    // "applicantName", "gender", "state", "costOverride", "overrideReason", "score",
    // "actualCost", "status").
    Result<void> validate(const SponsorshipApplication &application) const;
    // The estimate from the meeting's norms for the application's State.
    Result<Money> estimateCost(const SponsorshipApplication &application) const;
    static EligibilityResult screen(const SponsorshipApplication &application);

    // Validate, compute the estimate, screen (a Submitted/Eligible/Ineligible application gets
    // the status its screening gives; Draft stays Draft), then store.
    Result<SponsorshipId> add(SponsorshipApplication application);
    // Keeps the stored status, except that a Submitted/Eligible/Ineligible one is re-screened:
    // a change is recorded through WorkflowService::rescreen in the same transaction, by the
    // current AuditActor profile (none set: refused, field "profile") with a note naming the
    // failed ¶21 criteria. Other moves go only through WorkflowService::transition.
    Result<void> update(SponsorshipApplication application);
    Result<void> remove(SponsorshipId id);
    Result<void> recordOutcome(SponsorshipId id, const SponsorshipOutcome &outcome);

private:
    Result<SponsorshipApplication> prepared(SponsorshipApplication application) const;
    Result<void> recordRescreening(const SponsorshipApplication &application,
                                   ApplicationStatus screened);

    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
};

} // namespace FundDesk::Core
