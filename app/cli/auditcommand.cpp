#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/db/auditchain.h"
#include "core/services/fundopener.h"

#include <QDir>

namespace FundDesk::App {

namespace {

QString auditSummary()
{
    return Tr::tr("Verify the fund's hash-chained audit trail and name the first broken entry.");
}

int runVerify(CommandContext &context)
{
    CommandOptions options(QStringLiteral("audit verify"), auditSummary());
    options.addDatabaseOption();
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    // Read-only: the evidence of tampering must stay exactly as it was found.
    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        context.err << Tr::tr("funddesk audit: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto result = Core::AuditChain::verify((*database)->connection());
    if (!result) {
        context.err << Tr::tr("funddesk audit: %1").arg(result.error().message) << '\n';
        return ExitCode::Failure;
    }
    if (!result->intact) {
        //: %1 is the number of the first broken entry, %2 says what is wrong with it
        context.err << Tr::tr("audit trail broken at entry %1: %2")
                           .arg(result->firstBrokenSeq)
                           .arg(result->message)
                    << '\n';
        return ExitCode::Failure;
    }
    // An intact trail has no unsealed entry: verify() reports one as tampering.
    context.out << Tr::tr("audit trail intact: %n entries", nullptr, int(result->entries))
                << '\n';
    return ExitCode::Success;
}

} // namespace

int runAudit(CommandContext &context)
{
    const QString sub = context.arguments.value(0);
    if (sub == QLatin1String("verify")) {
        CommandContext rest{context.arguments.mid(1), context.out, context.err};
        return runVerify(rest);
    }
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out << Tr::tr("Usage: funddesk audit verify [--database PATH]") << '\n'
                    << auditSummary() << '\n';
        return ExitCode::Success;
    }
    context.err << Tr::tr(
                       "funddesk audit: unknown or missing action “%1”. Usage: funddesk audit "
                       "verify [--database PATH]")
                       .arg(sub)
                << '\n';
    return ExitCode::Usage;
}

} // namespace FundDesk::App
