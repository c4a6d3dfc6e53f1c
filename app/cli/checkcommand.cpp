#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/services/fundopener.h"

#include <QDir>

namespace FundDesk::App {

// Reads only: a damaged file must stay exactly as it is for the person who will repair it.
int runCheck(CommandContext &context)
{
    CommandOptions options(QStringLiteral("check"),
                           Tr::tr("Check a fund's database: integrity and data version."));
    options.addDatabaseOption();
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QString path = options.databasePath();
    auto database = openFund(path, FundUse::Check);
    if (!database) {
        context.err << Tr::tr("funddesk check: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto version = Core::Migrator::currentVersion((*database)->connection());
    if (!version) {
        context.err << Tr::tr("funddesk check: %1").arg(version.error().message) << '\n';
        return ExitCode::Failure;
    }
    const int latest = Core::FundOpener::schemaVersion();
    const QString file = QDir::toNativeSeparators(path);
    if (*version < latest) {
        context.out << Tr::tr("%1: integrity ok; data version %2, upgraded to %3 when FundDesk "
                              "next opens it.")
                           .arg(file)
                           .arg(*version)
                           .arg(latest)
                    << '\n';
    } else {
        context.out << Tr::tr("%1: integrity ok; data version %2 (current).").arg(file).arg(*version)
                    << '\n';
    }
    return ExitCode::Success;
}

} // namespace FundDesk::App
