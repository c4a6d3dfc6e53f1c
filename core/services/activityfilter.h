#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/regions.h"
#include "core/services/textfilter.h"

#include <optional>

namespace FundDesk::Core {

class ReferenceDataService;

// The Activities page's filters, applied in memory by its proxy model: status, region (of the
// applicant or any co-applicant), focus area, a year the activity runs in, and the text box.
// Unset fields do not filter.
struct ActivityFilter
{
    std::optional<ApplicationStatus> status;
    std::optional<Region> region;
    std::optional<FocusArea> focusArea;
    std::optional<int> year;
    TextFilter text;

    bool matches(const ActivityApplication &application,
                 const ReferenceDataService &reference) const;

    // Reference, title, States' English names, partners: what the text box searches.
    static QString haystack(const ActivityApplication &application,
                            const ReferenceDataService &reference);
};

} // namespace FundDesk::Core
