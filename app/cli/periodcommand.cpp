#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/writesupport.h"
#include "core/services/periodservice.h"

namespace FundDesk::App {

int runPeriod(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    const bool closing = action == QLatin1String("close");
    if (!closing && action != QLatin1String("reopen")) {
        if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
            context.out << Tr::tr(
                               "Usage: funddesk period close|reopen --year YEAR [--reason "
                               "TEXT] --as PROFILE [--database PATH]")
                        << '\n';
            return ExitCode::Success;
        }
        return WriteSupport::usage(
            context, QStringLiteral("period"),
            Tr::tr("unknown or missing action “%1”; use close or reopen.").arg(action));
    }
    const QString command = QStringLiteral("period ") + action;
    CommandContext rest{context.arguments.mid(1), context.out, context.err};
    CommandOptions options(command, closing
                                        ? Tr::tr("Close a year: its records can no longer change.")
                                        : Tr::tr("Reopen a closed year, with the reason."));
    options.addDatabaseOption();
    options.addOption({QStringLiteral("year"), Tr::tr("The year, such as 2025."), Tr::tr("YEAR")});
    options.addOption(
        {QStringLiteral("reason"), Tr::tr("Why the year is reopened (required)."), Tr::tr("TEXT")});
    options.addOption(
        {QStringLiteral("as"), Tr::tr("The acting profile (name or number)."), Tr::tr("PROFILE")});
    if (const auto done = WriteSupport::parseOrHelp(options, rest)) {
        return *done;
    }
    bool ok = false;
    const int year = options.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 1900 || year > 9999) {
        return WriteSupport::usage(rest, command,
                                   Tr::tr("--year takes a year such as 2025, not “%1”.")
                                       .arg(options.value(QStringLiteral("year"))));
    }
    if (options.value(QStringLiteral("as")).trimmed().isEmpty()) {
        return WriteSupport::usage(rest, command,
                                   Tr::tr("give the acting profile with --as PROFILE."));
    }
    auto database = WriteSupport::openForWriting(options);
    if (!database) {
        return WriteSupport::failure(rest, command, database.error());
    }
    const QSqlDatabase db = (*database)->connection();
    const auto profile = WriteSupport::findProfile(db, options.value(QStringLiteral("as")));
    if (!profile) {
        return WriteSupport::failure(rest, command, profile.error());
    }
    Core::PeriodService periods(db);
    const auto done = closing
                          ? periods.close(year, *profile)
                          : periods.reopen(year, options.value(QStringLiteral("reason")), *profile);
    if (!done) {
        return WriteSupport::failure(rest, command, done.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 is a year
    return WriteSupport::acknowledge(
        rest, command, **database,
        closing ? Tr::tr("closed %1").arg(year) : Tr::tr("reopened %1").arg(year));
}

} // namespace FundDesk::App
