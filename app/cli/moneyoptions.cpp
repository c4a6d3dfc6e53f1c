#include "app/cli/moneyoptions.h"

#include "app/apptr.h"
#include "app/cli/writesupport.h"

namespace FundDesk::App::WriteSupport {

namespace {

Core::Error usageError(const QString &message, const QString &option)
{
    return Core::makeError(Core::ErrorCode::Usage, message, {}, option);
}

} // namespace

void addMoneyOnDayOptions(CommandOptions &options, const QString &amountHelp)
{
    //: placeholders in command-line help are in capitals
    options.addOption({QStringLiteral("amount"), amountHelp, Tr::tr("AMOUNT")});
    options.addOption(
        {QStringLiteral("currency"), Tr::tr("The ISO 4217 code, such as EUR."), Tr::tr("CODE")});
    options.addOption({QStringLiteral("usd-rate"),
                       Tr::tr("USD per unit of the currency on the day (required unless USD)."),
                       Tr::tr("RATE")});
    options.addOption({QStringLiteral("date"), Tr::tr("The date, YYYY-MM-DD."), Tr::tr("DATE")});
}

Core::Result<MoneyOnDay> readMoneyOnDay(const CommandOptions &options)
{
    const QString currency = options.value(QStringLiteral("currency")).trimmed().toUpper();
    if (currency.isEmpty()) {
        return usageError(Tr::tr("give the currency with --currency CODE."),
                          QStringLiteral("currency"));
    }
    MoneyOnDay money;
    const auto amount = Core::Money::parse(options.value(QStringLiteral("amount")), currency);
    if (!amount) {
        return usageError(Tr::tr("--amount: %1").arg(amount.error().message),
                          QStringLiteral("amount"));
    }
    money.amount = *amount;
    if (options.isSet(QStringLiteral("usd-rate"))) {
        const auto rate = Core::ExchangeRate::parse(options.value(QStringLiteral("usd-rate")));
        if (!rate) {
            return usageError(Tr::tr("--usd-rate: %1").arg(rate.error().message),
                              QStringLiteral("usd-rate"));
        }
        money.usdRate = *rate;
    } else if (currency != QLatin1String("USD")) {
        return usageError(
            Tr::tr("give the USD rate of %1 on the day with --usd-rate RATE.").arg(currency),
            QStringLiteral("usd-rate"));
    }
    const auto date = parseIsoDate(options.value(QStringLiteral("date")));
    if (!date) {
        return usageError(Tr::tr("--date takes a date as YYYY-MM-DD, not “%1”.")
                              .arg(options.value(QStringLiteral("date"))),
                          QStringLiteral("date"));
    }
    money.date = *date;
    return money;
}

} // namespace FundDesk::App::WriteSupport
