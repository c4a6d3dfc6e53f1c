#include "app/cli/commandoptions.h"

#include "app/apptr.h"
#include "core/db/databaselocation.h"

namespace FundDesk::App {

CommandOptions::CommandOptions(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          Tr::tr("Show this help.")));
}

void CommandOptions::addDatabaseOption()
{
    m_parser.addOption(QCommandLineOption(
        QStringLiteral("database"),
        Tr::tr("The fund's database file (default: %1).")
            .arg(Core::DatabaseLocation::defaultPath()),
        //: placeholder for a file path in command-line help
        Tr::tr("PATH")));
}

void CommandOptions::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

bool CommandOptions::parse(CommandContext &context)
{
    QStringList arguments{QStringLiteral("funddesk ") + m_command};
    arguments += context.arguments;
    if (!m_parser.parse(arguments)) {
        context.err << Tr::tr("funddesk %1: %2").arg(m_command, m_parser.errorText()) << '\n'
                    << Tr::tr("Run “funddesk %1 --help” for the options.").arg(m_command) << '\n';
        return false;
    }
    return true;
}

QString CommandOptions::databasePath() const
{
    const QString chosen = m_parser.value(QStringLiteral("database"));
    return chosen.isEmpty() ? Core::DatabaseLocation::defaultPath() : chosen;
}

} // namespace FundDesk::App
