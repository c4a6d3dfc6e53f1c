#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/db/backuprestorer.h"
#include "core/db/backupwriter.h"
#include "core/services/fundopener.h"

#include <QDir>

namespace FundDesk::App {

int runBackup(CommandContext &context)
{
    CommandOptions options(QStringLiteral("backup"),
                           Tr::tr("Write a consistent copy of a fund, even while it is open."));
    options.addDatabaseOption();
    options.addOption(QCommandLineOption(QStringLiteral("output"), Tr::tr("The backup file to write."),
                                         //: placeholder for a file path in command-line help
                                         Tr::tr("FILE")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << Tr::tr("funddesk backup: give the file to write with --output FILE.") << '\n';
        return ExitCode::Usage;
    }
    // Read-only: a backup never changes the fund it copies.
    auto database = openFund(options.databasePath(), FundUse::Backup);
    if (!database) {
        context.err << Tr::tr("funddesk backup: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    if (auto written = Core::BackupWriter::write(**database, output); !written) {
        context.err << Tr::tr("funddesk backup: %1").arg(written.error().message) << '\n';
        return ExitCode::Failure;
    }
    context.out << Tr::tr("Backed up to %1.").arg(QDir::toNativeSeparators(output)) << '\n';
    return ExitCode::Success;
}

int runRestore(CommandContext &context)
{
    CommandOptions options(QStringLiteral("restore"),
                           Tr::tr("Replace a fund with a backup, after checking the backup. The "
                                  "replaced file is kept beside it."));
    options.addDatabaseOption();
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QStringList files = options.positionalArguments();
    if (files.size() != 1) {
        context.err << Tr::tr("funddesk restore: name one backup file: funddesk restore FILE.")
                    << '\n';
        return ExitCode::Usage;
    }
    const auto restored = Core::BackupRestorer::restore(files.constFirst(), options.databasePath(),
                                                        Core::FundOpener::schemaVersion());
    if (!restored) {
        context.err << Tr::tr("funddesk restore: %1").arg(restored.error().message) << '\n';
        return ExitCode::Failure;
    }
    context.out << Tr::tr("Restored %1 from %2.")
                       .arg(QDir::toNativeSeparators(options.databasePath()),
                            QDir::toNativeSeparators(files.constFirst()))
                << '\n';
    if (!restored->keptAs.isEmpty()) {
        context.out << Tr::tr("The replaced file was kept as %1.")
                           .arg(QDir::toNativeSeparators(restored->keptAs))
                    << '\n';
    }
    return ExitCode::Success;
}

} // namespace FundDesk::App
