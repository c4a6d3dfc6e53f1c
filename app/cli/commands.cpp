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
        {QStringLiteral("slate"),
         [] {
             return Tr::tr("Propose the slate of sponsored delegates for a meeting, with its "
                           "figures and reasons.");
         },
         runSlate},
        {QStringLiteral("backup"),
         [] { return Tr::tr("Write a consistent copy of a fund, even while it is open."); },
         runBackup},
        {QStringLiteral("restore"),
         [] { return Tr::tr("Replace a fund with a checked backup, keeping the replaced file."); },
         runRestore},
        {QStringLiteral("audit"),
         [] {
             return Tr::tr("Verify the fund's audit trail: “audit verify” names the first broken "
                           "entry.");
         },
         runAudit},
        {QStringLiteral("demo"),
         [] { return Tr::tr("Create a realistic demo fund to explore FundDesk."); }, runDemo},
    };
}

} // namespace FundDesk::App
