#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QString>
#include <QStringView>

namespace FundDesk::Core {

// How many US dollars one unit of a foreign currency is worth (0.0067 for JPY, 3.25 for
// KWD), held exactly as an integer count of 10^-9 USD. A contribution stores the rate it was
// converted at, as this integer, so the USD figure can always be recomputed to the cent.
//
// A default-constructed rate is 1, the identity rate for USD amounts.
class ExchangeRate final
{
public:
    static constexpr int kFractionDigits = 9;
    static constexpr qint64 kScale = 1'000'000'000;

    ExchangeRate() = default;

    // A plain, locale-free decimal with a dot and at most 9 decimal places ("0.0067",
    // "3.25", "1"); no sign, no thousands separators, surrounding whitespace ignored. The rate
    // must be above zero. Errors are InvalidInput with a translated message.
    static Result<ExchangeRate> parse(QStringView text);
    // For a rate read back from storage: scaled = rate × 10^9, must be above zero.
    static Result<ExchangeRate> fromScaled(qint64 scaled);
    static ExchangeRate identity() { return ExchangeRate(); }

    qint64 scaled() const { return m_scaled; }
    bool isIdentity() const { return m_scaled == kScale; }
    // The shortest decimal that parses back to the same rate: "0.0067", "3.25", "1".
    QString toString() const;

    // amount × rate in US cents. The exponents of both currencies are taken into account:
    // JPY 1000 (0 decimals) at 0.0067 is USD 6.70; KWD 10.000 (3 decimals) at 3.25 is
    // USD 32.50.
    //
    // Rounding rule: the exact product is computed in 128-bit integers and rounded once, on
    // the final cent, half to even (banker's rounding: 0.125 → 0.12, 0.135 → 0.14, and
    // symmetrically for negative amounts), which keeps sums of many conversions unbiased.
    //
    // A USD amount converts only at the identity rate (a USD amount with any other rate is a
    // data error and is refused). A result beyond the 64-bit range is an error.
    Result<Money> toUsd(const Money &amount) const;

    friend bool operator==(ExchangeRate a, ExchangeRate b) { return a.m_scaled == b.m_scaled; }

private:
    explicit ExchangeRate(qint64 scaled) : m_scaled(scaled) {}

    qint64 m_scaled = kScale;
};

} // namespace FundDesk::Core
