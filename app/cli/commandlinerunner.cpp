#include "app/cli/commandlinerunner.h"

#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"

#include <algorithm>

namespace FundDesk::App {

namespace {

bool isHelp(const QString &argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h")
           || argument == QLatin1String("help");
}

bool isVersion(const QString &argument)
{
    return argument == QLatin1String("--version") || argument == QLatin1String("-v")
           || argument == QLatin1String("version");
}

void printHelp(QTextStream &out)
{
    out << Tr::tr("FundDesk %1 — the fund manager's desktop for the UN Voluntary Fund for "
                  "ICT-security capacity building.")
               .arg(QStringLiteral(FUNDDESK_VERSION))
        << "\n\n"
        << Tr::tr("Usage:") << '\n'
        << "  funddesk [--database " << Tr::tr("PATH") << "]    " << Tr::tr("open the window")
        << '\n'
        << "  funddesk " << Tr::tr("<command> [options]") << "    "
        << Tr::tr("work headless; “funddesk <command> --help” lists the options") << "\n\n"
        << Tr::tr("Commands:") << '\n';
    const auto commands = allCommands();
    // One column for the names, two spaces wider than the longest ("contribution").
    qsizetype width = QStringLiteral("--version").size();
    for (const Command &command : commands) {
        width = std::max(width, command.name.size());
    }
    width += 2;
    for (const Command &command : commands) {
        out << "  " << command.name.leftJustified(width) << command.summary() << '\n';
    }
    out << "  " << QStringLiteral("--help").leftJustified(width) << Tr::tr("Show this help.")
        << '\n'
        << "  " << QStringLiteral("--version").leftJustified(width)
        << Tr::tr("Show the version of FundDesk.") << '\n';
}

} // namespace

bool CommandLineRunner::wantsCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return false;
    }
    const QString &first = arguments.constFirst();
    // `funddesk --database PATH` opens the window; any other word is a command (or a typo).
    return !first.startsWith(QLatin1String("--database"))
           && (isHelp(first) || isVersion(first) || !first.startsWith(QLatin1Char('-')));
}

bool CommandLineRunner::needsGui(const QStringList &arguments)
{
    if (arguments.isEmpty()) {
        return false;
    }
    const auto commands = allCommands();
    return std::any_of(commands.cbegin(), commands.cend(), [&](const Command &command) {
        return command.needsGui && command.name == arguments.constFirst();
    });
}

int CommandLineRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.isEmpty() || isHelp(arguments.constFirst())) {
        printHelp(out);
        return arguments.isEmpty() ? ExitCode::Usage : ExitCode::Success;
    }
    const QString &name = arguments.constFirst();
    if (isVersion(name)) {
        out << "FundDesk " << FUNDDESK_VERSION << '\n';
        return ExitCode::Success;
    }
    const auto commands = allCommands();
    const auto found = std::find_if(commands.cbegin(), commands.cend(),
                                    [&](const Command &command) { return command.name == name; });
    if (found == commands.cend()) {
        err << Tr::tr("funddesk: unknown command “%1”. Run “funddesk --help” for the list of "
                      "commands.")
                   .arg(name)
            << '\n';
        return ExitCode::Usage;
    }
    CommandContext context{arguments.mid(1), out, err};
    return found->run(context);
}

} // namespace FundDesk::App
