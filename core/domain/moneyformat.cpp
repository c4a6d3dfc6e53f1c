#include "core/domain/moneyformat.h"

#include "core/coretr.h"

#include <QRegularExpression>

namespace FundDesk::Core {

QString MoneyFormat::formatNumber(const Money &money, const QLocale &locale)
{
    const int digits = money.minorDigits();
    qint64 divisor = 1;
    for (int i = 0; i < digits; ++i) {
        divisor *= 10;
    }
    // Work on the magnitude as unsigned so INT64_MIN cannot overflow.
    const quint64 magnitude = money.isNegative() ? 0 - quint64(money.minor()) : quint64(money.minor());
    const quint64 major = magnitude / quint64(divisor);
    const quint64 minor = magnitude % quint64(divisor);
    QString text = locale.toString(qulonglong(major));
    if (digits > 0) {
        QString fraction = locale.toString(qulonglong(minor));
        fraction = fraction.rightJustified(digits, locale.zeroDigit().front());
        text += locale.decimalPoint() + fraction;
    }
    if (money.isNegative()) {
        text.prepend(locale.negativeSign());
    }
    return text;
}

QString MoneyFormat::format(const Money &money, const QLocale &locale)
{
    //: %1 is the ISO currency code (USD), %2 the amount; reorder if your language puts the
    //: code after the amount
    return Tr::tr("%1 %2").arg(money.currency(), formatNumber(money, locale));
}

Result<Money> MoneyFormat::parse(const QString &text, const QString &currency,
                                 const QLocale &locale)
{
    QString plain;
    plain.reserve(text.size());
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    const QString zero = locale.zeroDigit();
    const char32_t zeroCode = zero.isEmpty() ? U'0' : zero.toUcs4().value(0, U'0');
    const auto codepoints = text.trimmed().toUcs4();
    int digitsSinceGroup = -1; // -1: no group separator seen in the integer part yet
    bool inFraction = false;
    bool badGrouping = false;
    for (const char32_t c : codepoints) {
        const QString ch = QString::fromUcs4(&c, 1);
        const bool isDigit = (c >= zeroCode && c <= zeroCode + 9) || (c >= U'0' && c <= U'9');
        if (ch == group || c == U'\u00A0' || c == U'\u202F' || c == U' ' || c == U'\u066C') {
            // "1,5" must not silently become 15: a group separator needs three digits after it.
            badGrouping = badGrouping || inFraction || (digitsSinceGroup >= 0 && digitsSinceGroup != 3);
            digitsSinceGroup = 0;
            continue;
        }
        if (isDigit && digitsSinceGroup >= 0 && !inFraction) {
            ++digitsSinceGroup;
        }
        if (ch == decimal || c == U'\u066B' || c == U'.') {
            badGrouping = badGrouping || (digitsSinceGroup >= 0 && digitsSinceGroup != 3);
            inFraction = true;
            plain += QLatin1Char('.');
        } else if (c >= zeroCode && c <= zeroCode + 9 && zeroCode != U'0') {
            plain += QLatin1Char(char('0' + (c - zeroCode)));
        } else if (ch == locale.negativeSign()) {
            plain += QLatin1Char('-');
        } else {
            plain += ch;
        }
    }
    if (badGrouping || (!inFraction && digitsSinceGroup >= 0 && digitsSinceGroup != 3)) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The amount “%1” has its thousands grouped wrongly: use groups of three digits, as in %2.")
                             .arg(text, formatNumber(Money::usd(123456789), locale)));
    }
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (!number.match(plain).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The amount “%1” is not a number. Type it like %2.")
                             .arg(text.trimmed(), formatNumber(Money::usd(123456), locale)));
    }
    return Money::parse(plain, currency);
}

} // namespace FundDesk::Core
