#include "core/services/inputchecks.h"

#include "core/coretr.h"

namespace FundDesk::Core::InputChecks {

bool isBlank(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool invisible = QChar::isSpace(c) || category == QChar::Other_Format ||
                               category == QChar::Other_Control;
        if (!invisible) {
            return false;
        }
    }
    return true;
}

std::optional<Error> tooLong(const QString &text, qsizetype max, const QString &field)
{
    if (text.size() <= max) {
        return std::nullopt;
    }
    //: %1 is the length of the text entered, such as 100000; %n the longest allowed
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("This text is %1 characters long. Shorten it to at most %n "
                            "characters.",
                            nullptr, int(max))
                         .arg(text.size()),
                     QStringLiteral("%1: %2 characters").arg(field).arg(text.size()), field);
}

std::optional<Error> implausibleDate(const QDate &date, const QString &field)
{
    if (!date.isValid() || (date >= kEarliestDate && date <= kLatestDate)) {
        return std::nullopt;
    }
    const QString iso = date.toString(Qt::ISODate);
    const QString message =
        date < kEarliestDate
            //: %1 is a date such as 1999-12-31
            ? Tr::tr("The date %1 is before 1 January 2000. Check the year.").arg(iso)
            //: %1 is a date such as 2100-01-01
            : Tr::tr("The date %1 is after 31 December 2099. Check the year.").arg(iso);
    return makeError(ErrorCode::InvalidInput, message,
                     QStringLiteral("%1: date %2").arg(field, iso), field);
}

std::optional<Error> implausibleUsd(const Money &usd, const QString &field)
{
    if (usd.minor() <= kMaxUsdMinor && usd.minor() >= -kMaxUsdMinor) {
        return std::nullopt;
    }
    const Money cap = Money::usd(kMaxUsdMinor);
    //: %1 is the amount entered in US dollars; %2 the largest allowed, such as 10000000000.00
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 USD is beyond what a single entry of the fund can hold (at most "
                            "%2 USD). Check the amount.")
                         .arg(usd.toPlainString(), cap.toPlainString()),
                     QStringLiteral("%1: %2 minor units of USD").arg(field).arg(usd.minor()),
                     field);
}

} // namespace FundDesk::Core::InputChecks
