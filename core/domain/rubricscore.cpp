#include "core/domain/rubricscore.h"

namespace FundDesk::Core {

RubricScore::RubricScore(qint64 numerator, qint64 denominator)
    : m_numerator(numerator), m_denominator(denominator > 0 ? denominator : 1)
{
}

qint64 RubricScore::scaled100() const
{
    const qint64 scaled = m_numerator * 100;
    qint64 quotient = scaled / m_denominator;
    const qint64 twiceRemainder = 2 * (scaled % m_denominator);
    if (twiceRemainder > m_denominator
        || (twiceRemainder == m_denominator && quotient % 2 != 0)) {
        ++quotient;
    }
    return quotient;
}

QString RubricScore::toPlainString() const
{
    const qint64 hundredths = scaled100();
    return QStringLiteral("%1.%2")
        .arg(hundredths / 100)
        .arg(hundredths % 100, 2, 10, QLatin1Char('0'));
}

std::strong_ordering operator<=>(const RubricScore &a, const RubricScore &b)
{
    // Numerators are at most 5 × the denominator, and denominators are bounded by the weights
    // and the number of reviewers, so the products stay inside qint64.
    return a.m_numerator * b.m_denominator <=> b.m_numerator * a.m_denominator;
}

} // namespace FundDesk::Core
