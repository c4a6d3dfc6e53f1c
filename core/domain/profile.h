#pragma once

#include "core/domain/ids.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// Who works on this laptop (¶15, ¶18): the fund manager (project manager, P post), the finance
// assistant (GS post) and the High Representative's office, which records final approvals.
enum class ProfileRole {
    FundManager,
    FinanceAssistant,
    HighRepresentativeOffice,
};

QList<ProfileRole> allProfileRoles();
// fund_manager, finance_assistant, high_representative_office
QString profileRoleKey(ProfileRole role);
std::optional<ProfileRole> profileRoleFromKey(QStringView key);
QString profileRoleDisplayName(ProfileRole role);

// A local profile. The current profile is passed into every write that records who acted;
// there is no global "logged-in user".
struct Profile
{
    ProfileId id;
    QString name;
    ProfileRole role = ProfileRole::FundManager;

    bool operator==(const Profile &) const = default;
};

} // namespace FundDesk::Core
