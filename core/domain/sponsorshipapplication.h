#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/eligibilitycriterion.h"
#include "core/domain/gender.h"
#include "core/domain/ids.h"
#include "core/domain/money.h"

#include <QString>

#include <array>
#include <optional>

namespace FundDesk::Core {

// A request to sponsor one representative or expert at one meeting (¶9a, ¶21–¶22), with the
// screening against the five criteria of ¶21, the cost, the reviewer's score and, once the
// meeting is over, what happened.
struct SponsorshipApplication
{
    SponsorshipId id;
    MeetingId meetingId;
    QString applicantName;
    std::optional<Gender> gender; // unset until the form says
    QString stateIso3;
    QString ministry; // ministry or agency
    QString title;
    bool capitalBased = false;
    QString contact;
    // Indexed by the order of allEligibilityCriteria(): (a) … (e).
    std::array<CriterionAssessment, 5> criteria;
    bool nominatingLetterReceived = false;

    // Computed from the meeting's norms and the State's region; never typed.
    Money estimatedCost;
    // The manager's own figure, with the reason for it (a known cheaper fare, a longer trip).
    std::optional<Money> costOverride;
    QString overrideReason;

    std::optional<int> score; // the reviewer's, 0–100
    ApplicationStatus status = ApplicationStatus::Draft;

    // After the meeting (¶21d, ¶21e).
    std::optional<bool> attendedAllFormalMeetings;
    bool reportReceived = false;
    std::optional<Money> actualCost;

    QString notes;

    // What the slate and the budget count: the override when there is one.
    Money cost() const { return costOverride.value_or(estimatedCost); }
    const CriterionAssessment &criterion(EligibilityCriterion which) const
    {
        return criteria[std::size_t(which)];
    }
    CriterionAssessment &criterion(EligibilityCriterion which)
    {
        return criteria[std::size_t(which)];
    }
    bool operator==(const SponsorshipApplication &) const = default;
};

} // namespace FundDesk::Core
