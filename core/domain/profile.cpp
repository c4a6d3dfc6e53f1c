#include "core/domain/profile.h"

#include "core/coretr.h"

namespace FundDesk::Core {

QList<ProfileRole> allProfileRoles()
{
    return {ProfileRole::FundManager, ProfileRole::FinanceAssistant,
            ProfileRole::HighRepresentativeOffice};
}

QString profileRoleKey(ProfileRole role)
{
    switch (role) {
    case ProfileRole::FundManager:
        return QStringLiteral("fund_manager");
    case ProfileRole::FinanceAssistant:
        return QStringLiteral("finance_assistant");
    case ProfileRole::HighRepresentativeOffice:
        return QStringLiteral("high_representative_office");
    }
    return {};
}

std::optional<ProfileRole> profileRoleFromKey(QStringView key)
{
    for (const ProfileRole role : allProfileRoles()) {
        if (key == profileRoleKey(role)) {
            return role;
        }
    }
    return std::nullopt;
}

QString profileRoleDisplayName(ProfileRole role)
{
    switch (role) {
    case ProfileRole::FundManager:
        //: role of a local profile (¶15: the project manager post)
        return Tr::tr("Fund manager");
    case ProfileRole::FinanceAssistant:
        //: role of a local profile (¶15: the General Service post)
        return Tr::tr("Finance assistant");
    case ProfileRole::HighRepresentativeOffice:
        //: role of a local profile: records the High Representative's final approvals (¶18)
        return Tr::tr("High Representative's office");
    }
    return {};
}

} // namespace FundDesk::Core
