#include "core/domain/money.h"

#include "core/coretr.h"
#include "core/domain/currency.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>
#include <vector>

namespace FundDesk::Core {

namespace {

// __extension__ keeps -Wpedantic quiet about the GCC/Clang 128-bit integer.
__extension__ typedef unsigned __int128 UInt128;

constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
constexpr quint64 kMaxNegative = kMaxPositive + 1; // |INT64_MIN|

quint64 magnitudeOf(qint64 value)
{
    return value < 0 ? 0 - quint64(value) : quint64(value);
}

// Two's complement wrap-around is well defined from C++20 on; the callers keep the
// magnitude within kMaxPositive (or kMaxNegative when negative).
qint64 fromMagnitude(quint64 magnitude, bool negative)
{
    return negative ? qint64(0 - magnitude) : qint64(magnitude);
}

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// A number the user can copy, with as many decimals as the currency has.
QString exampleAmount(int minorDigits)
{
    return QStringLiteral("1234.5678").left(minorDigits == 0 ? 4 : 5 + minorDigits);
}

Error unknownCurrencyError(const QString &currency)
{
    if (currency.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("No currency is given. Choose a three-letter ISO 4217 code "
                                "such as USD or EUR."),
                         QStringLiteral("Money: empty currency code"));
    }
    //: %1 is the currency code that was given, e.g. "USX"
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("“%1” is not a known ISO 4217 currency code. Choose a three-letter "
                            "code such as USD or EUR.")
                         .arg(currency),
                     QStringLiteral("Money: unknown currency code '%1'").arg(currency));
}

} // namespace

Money::Money(qint64 minor, QString currency, int minorDigits)
    : m_minor(minor), m_currency(std::move(currency)), m_minorDigits(minorDigits)
{}

Result<Money> Money::fromMinor(qint64 minor, QString currency)
{
    const std::optional<int> digits = Currency::minorDigits(currency);
    if (!digits) {
        return unknownCurrencyError(currency);
    }
    return Money(minor, std::move(currency), *digits);
}

Money Money::usd(qint64 cents)
{
    return Money(cents, QStringLiteral("USD"), 2);
}

Result<Money> Money::parse(QStringView text, QString currency)
{
    const std::optional<int> digits = Currency::minorDigits(currency);
    if (!digits) {
        return unknownCurrencyError(currency);
    }
    const QStringView number = text.trimmed();
    const QString shown = number.toString();
    if (number.isEmpty()) {
        //: %1 is an example amount such as 1234.56
        return makeError(
            ErrorCode::InvalidInput,
            Tr::tr("The amount is empty. Enter a number such as %1.").arg(exampleAmount(*digits)),
            QStringLiteral("Money::parse: empty text"));
    }

    // Syntax first, so "12x" is reported as junk and not as an overflow or a rounding issue.
    qsizetype pos = 0;
    const bool negative = number.front() == u'-';
    if (number.front() == u'-' || number.front() == u'+') {
        ++pos;
    }
    const qsizetype intStart = pos;
    while (pos < number.size() && isAsciiDigit(number[pos])) {
        ++pos;
    }
    const qsizetype intDigits = pos - intStart;
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
        //: %1 is what the user typed, %2 an example amount such as 1234.56
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The amount “%1” is not a plain number. Use digits, an optional "
                                "minus sign and a dot before the decimals, without thousands "
                                "separators, for example %2.")
                             .arg(shown, exampleAmount(*digits)),
                         QStringLiteral("Money::parse: not a decimal number"));
    }
    if (fracDigits > *digits) {
        if (*digits == 0) {
            //: %1 is the amount typed, %2 a currency code such as JPY
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("The amount “%1” has decimals, but %2 has no minor unit. "
                                    "Enter a whole number.")
                                 .arg(shown, currency),
                             QStringLiteral("Money::parse: decimals for a 0-digit currency"));
        }
        //: %1 is the amount typed, %2 a currency code such as USD
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The amount “%1” has more than %n decimal place(s) for %2. "
                                "Round it to %n decimal place(s).",
                                nullptr, *digits)
                             .arg(shown, currency),
                         QStringLiteral("Money::parse: %1 fraction digits, %2 allowed")
                             .arg(fracDigits)
                             .arg(*digits));
    }

    quint64 magnitude = 0;
    bool overflow = false;
    for (qsizetype i = intStart; i < number.size(); ++i) {
        if (number[i] == u'.') {
            continue;
        }
        const quint64 digit = quint64(number[i].unicode() - u'0');
        overflow = overflow || __builtin_mul_overflow(magnitude, quint64(10), &magnitude) ||
                   __builtin_add_overflow(magnitude, digit, &magnitude);
    }
    overflow =
        overflow ||
        __builtin_mul_overflow(magnitude, powerOfTen(*digits - int(fracDigits)), &magnitude) ||
        magnitude > (negative ? kMaxNegative : kMaxPositive);
    if (overflow) {
        //: %1 is the amount typed, %2 a currency code
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The amount “%1” is too large to record in %2. Check the number "
                                "of digits.")
                             .arg(shown, currency),
                         QStringLiteral("Money::parse: beyond the 64-bit range of minor units"));
    }
    const int minorDigits = *digits;
    return Money(fromMagnitude(magnitude, negative), std::move(currency), minorDigits);
}

Error Money::mismatchError(const Money &other) const
{
    //: %1 and %2 are currency codes such as USD and EUR
    return makeError(
        ErrorCode::InvalidInput,
        Tr::tr("Cannot combine an amount in %1 with an amount in %2. Convert one "
               "of them to the other currency first.")
            .arg(m_currency, other.m_currency),
        QStringLiteral("Money: currency mismatch %1 / %2").arg(m_currency, other.m_currency));
}

Error Money::overflowError() const
{
    //: %1 is a currency code
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("The result is too large to record in %1. Check the amounts "
                            "involved.")
                         .arg(m_currency),
                     QStringLiteral("Money: 64-bit overflow in %1").arg(m_currency));
}

Result<Money> Money::add(const Money &other) const
{
    if (!hasSameCurrency(other)) {
        return mismatchError(other);
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return overflowError();
    }
    return Money(sum, m_currency, m_minorDigits);
}

Result<Money> Money::subtract(const Money &other) const
{
    if (!hasSameCurrency(other)) {
        return mismatchError(other);
    }
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference)) {
        return overflowError();
    }
    return Money(difference, m_currency, m_minorDigits);
}

Result<Money> Money::negate() const
{
    qint64 negated = 0;
    if (__builtin_sub_overflow(qint64(0), m_minor, &negated)) {
        return overflowError();
    }
    return Money(negated, m_currency, m_minorDigits);
}

Result<Money> Money::multiply(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product)) {
        return overflowError();
    }
    return Money(product, m_currency, m_minorDigits);
}

std::optional<std::strong_ordering> Money::compare(const Money &other) const
{
    if (!hasSameCurrency(other)) {
        return std::nullopt;
    }
    return m_minor <=> other.m_minor;
}

Result<QList<Money>> Money::allocate(const QList<qint64> &ratios) const
{
    if (ratios.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("There is nothing to split the amount into. Give at least one "
                                "share."),
                         QStringLiteral("Money::allocate: no ratios"));
    }
    // Each ratio is below 2^63, so the sum of up to 2^64 of them fits in 128 bits.
    UInt128 total = 0;
    for (const qint64 ratio : ratios) {
        if (ratio < 0) {
            //: %1 is the negative share, e.g. -2
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("A share of the split is negative (%1). Shares must be zero "
                                    "or more.")
                                 .arg(ratio),
                             QStringLiteral("Money::allocate: negative ratio %1").arg(ratio));
        }
        total += UInt128(ratio);
    }
    if (total == 0) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("All shares of the split are zero. Give at least one share "
                                "above zero."),
                         QStringLiteral("Money::allocate: ratios sum to zero"));
    }

    const bool negative = m_minor < 0;
    const quint64 whole = magnitudeOf(m_minor);
    const auto count = size_t(ratios.size());
    std::vector<quint64> parts(count);
    std::vector<UInt128> remainders(count);
    quint64 assigned = 0;
    for (size_t i = 0; i < count; ++i) {
        // whole < 2^64 and ratio < 2^63: the product stays below 2^127.
        const UInt128 product = UInt128(whole) * UInt128(ratios[qsizetype(i)]);
        parts[i] = quint64(product / total); // <= whole, because ratio <= total
        remainders[i] = product % total;
        assigned += parts[i];
    }
    // The floors lose less than one unit per part, so fewer than `count` units are left.
    const quint64 leftover = whole - assigned;
    Q_ASSERT(leftover < count);

    std::vector<size_t> order(count);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&remainders](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (quint64 k = 0; k < leftover; ++k) {
        ++parts[order[size_t(k)]];
    }

    QList<Money> result;
    result.reserve(qsizetype(count));
    for (const quint64 part : parts) {
        result.append(Money(fromMagnitude(part, negative), m_currency, m_minorDigits));
    }
    return result;
}

QString Money::toPlainString() const
{
    const quint64 magnitude = magnitudeOf(m_minor);
    const quint64 scale = powerOfTen(m_minorDigits);
    QString text;
    if (m_minor < 0) {
        text += u'-';
    }
    text += QString::number(magnitude / scale);
    if (m_minorDigits > 0) {
        text += u'.';
        text += QString::number(magnitude % scale).rightJustified(m_minorDigits, u'0');
    }
    return text;
}

} // namespace FundDesk::Core
