#include "core/services/sponsorshipfilter.h"

#include "core/services/referencedataservice.h"
#include "core/services/textfilter.h"

namespace FundDesk::Core {

bool SponsorshipFilter::isEmpty() const
{
    return !status && !gender && !region && !group && !priority && text.trimmed().isEmpty();
}

bool SponsorshipFilter::matches(const SponsorshipApplication &application,
                                const ReferenceDataService &reference) const
{
    if (status && application.status != *status) {
        return false;
    }
    if (gender && application.gender != *gender) {
        return false;
    }
    if (region && reference.region(application.stateIso3) != *region) {
        return false;
    }
    if (group && reference.regionalGroup(application.stateIso3) != *group) {
        return false;
    }
    if (priority && !reference.priorityGroups(application.stateIso3).testFlag(*priority)) {
        return false;
    }
    const TextFilter words(text);
    if (words.isEmpty()) {
        return true;
    }
    QStringList fields{application.applicantName, application.ministry, application.title,
                       application.stateIso3, application.notes};
    for (const Language language : allLanguages()) {
        fields << reference.name(application.stateIso3, language);
    }
    return words.matches(TextFilter::haystack(fields));
}

} // namespace FundDesk::Core
