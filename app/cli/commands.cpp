#include "app/cli/commands.h"

#include "app/apptr.h"

namespace FundDesk::App {

QList<Command> allCommands()
{
    return {
        {QStringLiteral("check"),
         [] { return Tr::tr("Check a fund's database: integrity and data version."); }, runCheck},
        {QStringLiteral("status"),
         [] { return Tr::tr("Print the fund's balance and operational status for a year."); },
         runStatus},
        {QStringLiteral("demo"),
         [] { return Tr::tr("Create a realistic demo fund to explore FundDesk."); }, runDemo},
    };
}

} // namespace FundDesk::App
