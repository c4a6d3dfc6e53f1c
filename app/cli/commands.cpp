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
        {QStringLiteral("dashboard"),
         [] { return Tr::tr("Print the dashboard's key figures for a year."); }, runDashboard},
        {QStringLiteral("chart"),
         [] { return Tr::tr("Write the table behind a dashboard chart as CSV."); }, runChart},
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
        {QStringLiteral("contribution"),
         [] { return Tr::tr("Record a pledge or a receipt: “contribution add”."); },
         runContribution},
        {QStringLiteral("donor"), [] { return Tr::tr("Add a donor: “donor add”."); }, runDonor},
        {QStringLiteral("transition"),
         [] { return Tr::tr("Move a sponsorship or an activity to its next status."); },
         runTransition},
        {QStringLiteral("disburse"),
         [] { return Tr::tr("Record a payment against an approved item, or a refund."); },
         runDisburse},
        {QStringLiteral("period"),
         [] { return Tr::tr("Close or reopen a year: “period close”, “period reopen”."); },
         runPeriod},
        {QStringLiteral("profile"),
         [] { return Tr::tr("Add or list the local profiles: “profile add”, “profile list”."); },
         runProfile},
        {QStringLiteral("packet"),
         [] {
             return Tr::tr("Write an approval packet (PDF) for an item or a meeting's slate.");
         },
         runPacket, true},
        {QStringLiteral("report"),
         [] { return Tr::tr("Write the annual report to donors (PDF): “report annual”."); },
         runReport, true},
        {QStringLiteral("publish"),
         [] { return Tr::tr("Write the public contributions list of a year (HTML and CSV)."); },
         runPublish, true},
        {QStringLiteral("import"),
         [] {
             return Tr::tr("Import donors, contributions or applications from a CSV file, all "
                           "or nothing.");
         },
         runImport},
        {QStringLiteral("export"),
         [] { return Tr::tr("Export donors, contributions or applications to a CSV file."); },
         runExport},
        {QStringLiteral("demo"),
         [] { return Tr::tr("Create a realistic demo fund to explore FundDesk."); }, runDemo},
    };
}

} // namespace FundDesk::App
