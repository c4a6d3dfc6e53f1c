#include "app/cli/yearoption.h"

#include "app/apptr.h"

#include <QDate>

namespace FundDesk::App {

void addYearOption(CommandOptions &options, const QString &help)
{
    options.addOption(QCommandLineOption(QStringLiteral("year"), help,
                                         //: placeholder for a year in command-line help
                                         Tr::tr("YEAR")));
}

std::optional<int> readYearOption(const CommandOptions &options, CommandContext &context,
                                  const QString &command, bool required)
{
    if (!options.isSet(QStringLiteral("year")) && !required) {
        return QDate::currentDate().year();
    }
    bool ok = false;
    const int year = options.value(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2200) {
        //: %1 is the command, %2 an example year, %3 what was typed
        context.err << Tr::tr("funddesk %1: --year takes a year such as %2, not “%3”.")
                           .arg(command)
                           .arg(QDate::currentDate().year())
                           .arg(options.value(QStringLiteral("year")))
                    << '\n';
        return std::nullopt;
    }
    return year;
}

} // namespace FundDesk::App
