#pragma once

namespace FundDesk::Core::FundSettingsKeys {

// Keys of the settings table; one list so no two places spell a key differently.
inline constexpr auto FundName = "fund.name";
inline constexpr auto BaseCurrency = "fund.base_currency";
inline constexpr auto DemoSeed = "demo.seed";

// FundSettings (FundSettingsService). Amounts are USD minor units (cents) as decimal text, so
// no floating point ever touches them; dates are ISO 8601, empty when unset.
inline constexpr auto OperationalThresholdMinor = "fund.threshold.usd_minor";          // ¶16
inline constexpr auto ThresholdAnnounced = "fund.threshold.announced";                 // ¶16
inline constexpr auto StaffCharging = "fund.staff.charging";                           // ¶15
inline constexpr auto ProfessionalPostCost = "fund.staff.professional.usd_minor";      // ¶15
inline constexpr auto GeneralServicePostCost = "fund.staff.general_service.usd_minor"; // ¶15
inline constexpr auto ActivityFloorMinor = "fund.activity_floor.usd_minor";            // ¶23
inline constexpr auto Language = "fund.language"; // a code of Core::languageCode(): "ar", "fr"…
// The dashboard's saved scenarios (ScenarioStore): a JSON array.
inline constexpr auto DashboardScenarios = "dashboard.scenarios";

} // namespace FundDesk::Core::FundSettingsKeys
