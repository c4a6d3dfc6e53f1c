#pragma once

#include "app/cli/commandoptions.h"
#include "core/domain/exchangerate.h"
#include "core/domain/money.h"
#include "core/domain/result.h"

#include <QDate>

namespace FundDesk::App::WriteSupport {

// The money of a write on its day, as `contribution add` and `disburse` take it:
// --amount, --currency, --usd-rate (required unless USD) and --date (YYYY-MM-DD).
struct MoneyOnDay
{
    Core::Money amount;
    Core::ExchangeRate usdRate;
    QDate date;
};

// Adds --amount (with the command's own help text), --currency, --usd-rate and --date.
void addMoneyOnDayOptions(CommandOptions &options, const QString &amountHelp);

// Reads them; a wrong or missing value is an Error with ErrorCode::Usage whose message names
// the option and the fix (WriteSupport::failure prints it and returns the usage exit code).
Core::Result<MoneyOnDay> readMoneyOnDay(const CommandOptions &options);

} // namespace FundDesk::App::WriteSupport
