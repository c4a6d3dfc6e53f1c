#pragma once

#include <QString>

namespace FundDesk::Core::DatabaseLocation {

// The fund's file when none is chosen: <per-user app data>/fund.funddesk.
QString defaultPath();

// The file name extension FundDesk gives the fund's databases.
inline constexpr auto Suffix = "funddesk";

} // namespace FundDesk::Core::DatabaseLocation
