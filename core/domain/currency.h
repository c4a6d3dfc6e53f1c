#pragma once

#include <QStringList>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The ISO 4217 currencies FundDesk can hold money in, with their minor-unit exponent (the
// number of decimal places: USD 2, JPY 0, KWD 3, CLF 4).
//
// The table holds ISO 4217 List One (currencies and funds) as amended up to 2025, minus the
// codes whose minor unit is "N.A." in the standard (gold XAU, silver XAG, palladium XPD,
// platinum XPT, the bond-market units XBA–XBD, the SDR XDR, XSU, XUA, the test code XTS and
// XXX): an amount in those has no minor unit to count, so a Money cannot hold it.
// Codes are upper case exactly as ISO writes them; "usd" is not known (callers normalise).
//
// A code must never be dropped from the table while stored records may still use it: the
// amounts could no longer be loaded. Withdraw codes only together with a data migration.
class Currency final
{
public:
    Currency() = delete;

    static bool isKnown(QStringView code);
    // The exponent of the minor unit, or nullopt for an unknown code.
    static std::optional<int> minorDigits(QStringView code);
    // Every known code, sorted.
    static QStringList allCodes();
};

} // namespace FundDesk::Core
