#include "core/services/activityfilter.h"

#include "core/services/referencedataservice.h"

namespace FundDesk::Core {

bool ActivityFilter::matches(const ActivityApplication &application,
                             const ReferenceDataService &reference) const
{
    if (status && application.status != *status) {
        return false;
    }
    if (focusArea && !application.hasFocusArea(*focusArea)) {
        return false;
    }
    if (year && (*year < application.start.year() || *year > application.end.year())) {
        return false;
    }
    if (region) {
        bool inRegion = false;
        for (const QString &iso3 : application.participatingStates()) {
            inRegion = inRegion || reference.region(iso3) == region;
        }
        if (!inRegion) {
            return false;
        }
    }
    return text.isEmpty() || text.matches(haystack(application, reference));
}

QString ActivityFilter::haystack(const ActivityApplication &application,
                                 const ReferenceDataService &reference)
{
    QStringList fields{application.reference, application.title};
    for (const QString &iso3 : application.participatingStates()) {
        fields << iso3 << reference.name(iso3, Language::English);
    }
    for (const ImplementingPartner &partner : application.partners) {
        fields << partner.name;
    }
    return TextFilter::haystack(fields);
}

} // namespace FundDesk::Core
