#pragma once

#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QLocale>
#include <QString>

namespace FundDesk::Core {

// Money as people read and type it, in a locale, always with its ISO code (QLocale's own
// currency symbols are ambiguous and QLocale("ar") would say EGP). No floating point.
class MoneyFormat final
{
public:
    // "USD 1,234.56" in English, "1 234,56 USD" where the translation orders it so.
    static QString format(const Money &money, const QLocale &locale);
    // The number alone with the locale's digits and separators: "1,234.56".
    static QString formatNumber(const Money &money, const QLocale &locale);
    // Accepts what a person types in the locale: group separators, the locale's decimal sign
    // or a dot, the locale's digits. Errors as Money::parse.
    static Result<Money> parse(const QString &text, const QString &currency, const QLocale &locale);
};

} // namespace FundDesk::Core
