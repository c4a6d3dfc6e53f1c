#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/demo/scalefundgenerator.h"
#include "core/services/fundopener.h"

#include <QDir>
#include <QFileInfo>

namespace FundDesk::App {

int runDemo(CommandContext &context)
{
    CommandOptions options(QStringLiteral("demo"),
                           Tr::tr("Create a realistic demo fund to explore FundDesk."));
    options.addDatabaseOption();
    options.addOption(QCommandLineOption(
        QStringLiteral("seed"), Tr::tr("Seed of the generator: the same seed gives the same fund."),
        //: placeholder for a number in command-line help
        Tr::tr("N"), QStringLiteral("1")));
    options.addOption(QCommandLineOption(
        QStringLiteral("scale"),
        Tr::tr("Size of the fund: 1 is the demo fund; N above 1 is N times the medium scale of "
               "the report (¶20) over ten years, for measuring FundDesk at volume."),
        Tr::tr("N"), QStringLiteral("1")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    bool seedOk = false;
    const uint seed = options.value(QStringLiteral("seed")).toUInt(&seedOk);
    if (!seedOk) {
        context.err << Tr::tr("funddesk demo: --seed takes a whole number from 0 to %1, not “%2”.")
                           .arg(std::numeric_limits<uint>::max())
                           .arg(options.value(QStringLiteral("seed")))
                    << '\n';
        return ExitCode::Usage;
    }
    bool scaleOk = false;
    const int scale = options.value(QStringLiteral("scale")).toInt(&scaleOk);
    if (!scaleOk || scale < 1 || scale > 1000) {
        context.err << Tr::tr("funddesk demo: --scale takes a whole number from 1 to 1000, not "
                              "“%1”.")
                           .arg(options.value(QStringLiteral("scale")))
                    << '\n';
        return ExitCode::Usage;
    }
    const QString path = options.databasePath();
    if (QFileInfo::exists(path)) {
        context.err << Tr::tr("funddesk demo: “%1” already exists. Give a new file with "
                              "--database PATH; an existing fund is never overwritten.")
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
        return ExitCode::Failure;
    }
    auto database = openFund(path, FundUse::Write);
    if (!database) {
        context.err << Tr::tr("funddesk demo: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto described = [&]() -> Core::Result<QString> {
        if (scale > 1) {
            const auto summary = Core::ScaleFundGenerator(scale, seed).generate(**database);
            return summary ? Core::Result<QString>(summary->describe()) : summary.error();
        }
        const auto summary = Core::DemoFundGenerator(seed).generate(**database);
        return summary ? Core::Result<QString>(summary->describe()) : summary.error();
    }();
    if (!described) {
        context.err << Tr::tr("funddesk demo: %1").arg(described.error().message) << '\n';
        return ExitCode::Failure;
    }
    context.out << Tr::tr("Demo fund created in %1.").arg(QDir::toNativeSeparators(path)) << '\n'
                << *described << '\n';
    return ExitCode::Success;
}

} // namespace FundDesk::App
