#pragma once

#include "core/domain/result.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace FundDesk::Core {

// An exact amount of money: a count of minor units (cents, fils, yen) in one ISO 4217
// currency. No floating point anywhere; every operation that could overflow checks and
// returns an error instead.
//
// Comparison is only defined within one currency. operator== is safe across currencies
// (USD 5 is not EUR 5), but there is deliberately no operator< / <=>: compare() returns
// nullopt for two currencies, so a mixed comparison cannot silently give an answer.
//
// A default-constructed Money is USD 0, the fund's book currency, so value types that hold a
// Money can be default-constructed.
class Money final
{
public:
    Money() = default;

    // Refuses a code that Currency does not know.
    static Result<Money> fromMinor(qint64 minor, QString currency);
    static Money usd(qint64 cents);

    // Reads a plain, locale-free decimal: an optional leading '+' or '-', ASCII digits, and
    // optionally a '.' followed by at least one digit ("1234.56", "-3", "0.5"). Whitespace
    // around the number is ignored. Refused: empty text, thousands separators, exponents,
    // ".5" and "5.", more decimal places than the currency has (even trailing zeros: the
    // amount is never rounded silently), and amounts beyond the qint64 range of minor units.
    // Errors are ErrorCode::InvalidInput with a translated message; `field` is left to the
    // caller.
    static Result<Money> parse(QStringView text, QString currency);

    qint64 minor() const { return m_minor; }
    QString currency() const { return m_currency; }
    int minorDigits() const { return m_minorDigits; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Overflow-checked arithmetic; mixing currencies is an InvalidInput error naming both.
    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    Result<Money> negate() const;
    Result<Money> multiply(qint64 factor) const;

    // nullopt when the currencies differ.
    std::optional<std::strong_ordering> compare(const Money &other) const;
    bool hasSameCurrency(const Money &other) const { return m_currency == other.m_currency; }

    // Splits the amount into ratios.size() parts that always sum exactly to the whole.
    //
    // Rounding rule — largest remainder (Hamilton) method: with T the sum of the ratios, part
    // i first gets floor(|amount| × ratio[i] / T) minor units (computed in 128 bits, so it
    // cannot overflow); the units still missing from the whole then go one each to the parts
    // with the largest remainders (|amount| × ratio[i] mod T), ties going to the lower index.
    // A part with ratio 0 always gets 0. A negative amount is split as the negation of
    // splitting its absolute value, so allocate(-x) == -allocate(x) part by part.
    //
    // Errors (InvalidInput): no ratios, a negative ratio, or all ratios zero.
    Result<QList<Money>> allocate(const QList<qint64> &ratios) const;

    // "1234.56", "-0.05", "100" (JPY): locale-free, for storage, CSV and tests. The UI
    // formats with QLocale.
    QString toPlainString() const;

    friend bool operator==(const Money &a, const Money &b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }

private:
    Money(qint64 minor, QString currency, int minorDigits);

    Error mismatchError(const Money &other) const;
    Error overflowError() const;

    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("USD");
    int m_minorDigits = 2;
};

} // namespace FundDesk::Core
