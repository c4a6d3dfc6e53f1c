#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/yearoption.h"
#include "app/cli/openfund.h"
#include "core/domain/moneyformat.h"
#include "core/services/balanceservice.h"
#include "core/services/fundopener.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/fundstatustext.h"

#include <QDate>

namespace FundDesk::App {

namespace {

void printFigures(QTextStream &out, const Core::FundBalance &balance, const Core::FundSettings &settings)
{
    const QLocale locale;
    const auto money = [&](const Core::Money &m) { return Core::MoneyFormat::format(m, locale); };
    const QList<std::pair<QString, QString>> rows{
        {Tr::tr("Received in %1").arg(balance.year), money(balance.receivedInYear)},
        {Tr::tr("Received, all years"), money(balance.received)},
        {Tr::tr("Pledged, outstanding"), money(balance.pledgedOutstanding)},
        {Tr::tr("Committed"), money(balance.committed)},
        {Tr::tr("Disbursed"), money(balance.disbursed)},
        {settings.staffCharging == Core::StaffCostCharging::Contributions
             ? Tr::tr("Staff costs (P and GS posts)")
             : Tr::tr("Staff costs (regular budget)"),
         money(balance.staffCosts)},
        {Tr::tr("Available for programmes"), money(balance.available)},
    };
    int width = 0;
    for (const auto &row : rows) {
        width = std::max(width, int(row.first.size()));
    }
    for (const auto &[label, value] : rows) {
        out << label.leftJustified(width + 2) << value << '\n';
    }
}

} // namespace

int runStatus(CommandContext &context)
{
    CommandOptions options(QStringLiteral("status"),
                           Tr::tr("Print the fund's balance and operational status for a year."));
    options.addDatabaseOption();
    addYearOption(options, Tr::tr("The year (default: this year)."));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const auto chosenYear = readYearOption(options, context, QStringLiteral("status"));
    if (!chosenYear) {
        return ExitCode::Usage;
    }
    const int year = *chosenYear;
    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        context.err << Tr::tr("funddesk status: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto settings = Core::FundSettingsService((*database)->connection()).load();
    const auto balance = Core::BalanceService((*database)->connection()).balance(year);
    if (!settings || !balance) {
        context.err << Tr::tr("funddesk status: %1")
                           .arg(!settings ? settings.error().message : balance.error().message)
                    << '\n';
        return ExitCode::Failure;
    }
    if (!settings->name.isEmpty()) {
        context.out << settings->name << '\n';
    }
    context.out << Tr::tr("Position at 31 December %1").arg(year) << '\n';
    printFigures(context.out, *balance, *settings);
    context.out << Core::FundStatusText::describe(*balance, QLocale()) << '\n';
    return ExitCode::Success;
}

} // namespace FundDesk::App
