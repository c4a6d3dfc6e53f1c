#include "core/domain/exchangerate.h"

#include "core/coretr.h"

#include <limits>

namespace FundDesk::Core {

namespace {

// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit integer.
__extension__ typedef unsigned __int128 UInt128;

constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
constexpr int kUsdDigits = 2;

UInt128 powerOfTen(int exponent)
{
    UInt128 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

Error notPositiveError(const QString &shown)
{
    //: %1 is the exchange rate typed
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("The exchange rate “%1” is not above zero. Enter how many US dollars "
                            "one unit of the currency is worth, for example 0.0067.")
                         .arg(shown),
                     QStringLiteral("ExchangeRate: rate <= 0"));
}

} // namespace

Result<ExchangeRate> ExchangeRate::parse(QStringView text)
{
    const QStringView number = text.trimmed();
    const QString shown = number.toString();
    if (number.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The exchange rate is empty. Enter how many US dollars one unit "
                                "of the currency is worth, for example 0.0067."),
                         QStringLiteral("ExchangeRate::parse: empty text"));
    }

    qsizetype pos = 0;
    while (pos < number.size() && isAsciiDigit(number[pos])) {
        ++pos;
    }
    const qsizetype intDigits = pos;
    qsizetype fracDigits = 0;
    bool valid = intDigits > 0;
    if (valid && pos < number.size()) {
        valid = number[pos] == u'.';
        ++pos;
        const qsizetype fracStart = pos;
        while (pos < number.size() && isAsciiDigit(number[pos])) {
            ++pos;
        }
        fracDigits = pos - fracStart;
        valid = valid && fracDigits > 0 && pos == number.size();
    }
    if (!valid) {
        if (number.front() == u'-') {
            return notPositiveError(shown);
        }
        //: %1 is the exchange rate typed
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The exchange rate “%1” is not a plain number. Use digits and a "
                                "dot before the decimals, for example 0.0067.")
                             .arg(shown),
                         QStringLiteral("ExchangeRate::parse: not a decimal number"));
    }
    if (fracDigits > kFractionDigits) {
        //: %1 is the exchange rate typed
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The exchange rate “%1” has more than %n decimal place(s). "
                                "Round it to %n decimal place(s).",
                                nullptr, kFractionDigits)
                             .arg(shown),
                         QStringLiteral("ExchangeRate::parse: %1 fraction digits").arg(fracDigits));
    }

    quint64 scaled = 0;
    bool overflow = false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        if (number[i] == u'.') {
            continue;
        }
        const quint64 digit = quint64(number[i].unicode() - u'0');
        overflow = overflow || __builtin_mul_overflow(scaled, quint64(10), &scaled) ||
                   __builtin_add_overflow(scaled, digit, &scaled);
    }
    quint64 factor = 1;
    for (qsizetype i = fracDigits; i < kFractionDigits; ++i) {
        factor *= 10;
    }
    overflow = overflow || __builtin_mul_overflow(scaled, factor, &scaled) || scaled > kMaxPositive;
    if (overflow) {
        //: %1 is the exchange rate typed
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The exchange rate “%1” is too large. Check the number of "
                                "digits.")
                             .arg(shown),
                         QStringLiteral("ExchangeRate::parse: beyond 64 bits at 10^-9"));
    }
    if (scaled == 0) {
        return notPositiveError(shown);
    }
    return ExchangeRate(qint64(scaled));
}

Result<ExchangeRate> ExchangeRate::fromScaled(qint64 scaled)
{
    if (scaled <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A stored exchange rate is not above zero. The record needs a "
                                "valid rate."),
                         QStringLiteral("ExchangeRate::fromScaled: %1").arg(scaled));
    }
    return ExchangeRate(scaled);
}

QString ExchangeRate::toString() const
{
    QString text = QString::number(m_scaled / kScale);
    const qint64 fraction = m_scaled % kScale;
    if (fraction != 0) {
        QString digits = QString::number(fraction).rightJustified(kFractionDigits, u'0');
        while (digits.endsWith(u'0')) {
            digits.chop(1);
        }
        text += u'.';
        text += digits;
    }
    return text;
}

Result<Money> ExchangeRate::toUsd(const Money &amount) const
{
    if (amount.currency() == u"USD") {
        if (!isIdentity()) {
            //: %1 is an exchange rate such as 0.98
            return makeError(
                ErrorCode::InvalidInput,
                Tr::tr("The amount is already in US dollars, so its exchange rate "
                       "must be 1, not %1.")
                    .arg(toString()),
                QStringLiteral("ExchangeRate::toUsd: USD amount at rate %1").arg(toString()));
        }
        return amount;
    }

    // cents = minor / 10^d × scaled / 10^9 × 10^2 = minor × scaled / 10^(d + 7): one exact
    // division, so the only rounding is the final one. |minor| ≤ 2^63 and scaled < 2^63, so
    // the product stays below 2^126.
    const qint64 minor = amount.minor();
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? 0 - quint64(minor) : quint64(minor);
    const UInt128 product = UInt128(magnitude) * UInt128(quint64(m_scaled));
    const UInt128 divisor = powerOfTen(amount.minorDigits() + kFractionDigits - kUsdDigits);
    UInt128 cents = product / divisor;
    const UInt128 remainder = product % divisor;
    // Half to even: round up past the half, and at exactly the half only to reach an even
    // cent. Done on the magnitude, so negative amounts round symmetrically.
    if (remainder * 2 > divisor || (remainder * 2 == divisor && (cents & 1) != 0)) {
        ++cents;
    }
    if (cents > (negative ? kMaxPositive + 1 : kMaxPositive)) {
        //: %1 is an amount such as 1000, %2 its currency code such as JPY
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 %2 is too large to convert to US dollars. Check the amount "
                                "and the exchange rate.")
                             .arg(amount.toPlainString(), amount.currency()),
                         QStringLiteral("ExchangeRate::toUsd: beyond 64 bits"));
    }
    const quint64 centsMagnitude = quint64(cents);
    return Money::usd(negative ? qint64(0 - centsMagnitude) : qint64(centsMagnitude));
}

} // namespace FundDesk::Core
