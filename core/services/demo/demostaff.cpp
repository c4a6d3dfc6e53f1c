#include "core/services/demo/demostaff.h"

#include "core/services/profileservice.h"

namespace FundDesk::Core::Demo {

namespace {

Result<Profile> addProfile(ProfileService &profiles, const QString &name, ProfileRole role)
{
    Profile profile{{}, name, role};
    const auto id = profiles.add(profile);
    if (!id) {
        return id.error();
    }
    profile.id = *id;
    return profile;
}

} // namespace

Result<DemoStaff> addDemoStaff(ProfileService &profiles)
{
    DemoStaff staff;
    struct Entry
    {
        Profile *profile;
        const char *name;
        ProfileRole role;
    };
    const Entry entries[] = {
        {&staff.fundManager, "Amina Diallo", ProfileRole::FundManager},
        {&staff.financeAssistant, "Jonas Berg", ProfileRole::FinanceAssistant},
        {&staff.highRepresentative, "Office of the High Representative",
         ProfileRole::HighRepresentativeOffice},
        {&staff.deputyHighRepresentative, "Deputy to the High Representative",
         ProfileRole::HighRepresentativeOffice},
    };
    for (const Entry &entry : entries) {
        const auto added = addProfile(profiles, QString::fromUtf8(entry.name), entry.role);
        if (!added) {
            return added.error();
        }
        *entry.profile = *added;
    }
    return staff;
}

} // namespace FundDesk::Core::Demo
