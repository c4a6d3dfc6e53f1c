#pragma once

#include <QString>
#include <QtGlobal>

#include <compare>

namespace FundDesk::Core {

// An exact score on the 0–5 scale as a fraction, so weighted means never pass through floating
// point: two applications that tie really tie, and the rounding shown is stated.
class RubricScore final
{
public:
    RubricScore() = default;
    // denominator > 0; numerator >= 0.
    RubricScore(qint64 numerator, qint64 denominator);

    qint64 numerator() const { return m_numerator; }
    qint64 denominator() const { return m_denominator; }

    // The score × 100 rounded to the nearest integer, halves to the even neighbour
    // (banker's rounding): 3.125 → 312, 3.135 → 314. 3.2 → 320.
    qint64 scaled100() const;
    // "3.20": locale-free, two decimals, for CSV and tests.
    QString toPlainString() const;

    // Exact: compares the fractions by cross-multiplication.
    friend std::strong_ordering operator<=>(const RubricScore &a, const RubricScore &b);
    friend bool operator==(const RubricScore &a, const RubricScore &b)
    {
        return (a <=> b) == std::strong_ordering::equal;
    }

private:
    qint64 m_numerator = 0;
    qint64 m_denominator = 1;
};

} // namespace FundDesk::Core
