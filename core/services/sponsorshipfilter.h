#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/gender.h"
#include "core/domain/regions.h"
#include "core/domain/sponsorshipapplication.h"

#include <QString>

#include <optional>

namespace FundDesk::Core {

class ReferenceDataService;

// The filters of the applications table (status, gender, region, regional group, priority
// group and the text box), in core so the page's proxy model only delegates to it.
struct SponsorshipFilter
{
    std::optional<ApplicationStatus> status;
    std::optional<Gender> gender;
    std::optional<Region> region;
    std::optional<RegionalGroup> group;
    std::optional<PriorityGroup> priority;
    QString text; // words to find in the name, ministry, title, State or notes

    bool isEmpty() const;
    bool matches(const SponsorshipApplication &application,
                 const ReferenceDataService &reference) const;
};

} // namespace FundDesk::Core
