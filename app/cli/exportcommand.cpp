#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/io/csvexporter.h"
#include "core/services/fundopener.h"

#include <QDir>

namespace FundDesk::App {

int runExport(CommandContext &context)
{
    QStringList keys;
    for (const Core::ImportKind kind : Core::allImportKinds()) {
        keys.append(Core::importKindKey(kind));
    }
    CommandOptions options(QStringLiteral("export"),
                           Tr::tr("Export records to a CSV file that “funddesk import” reads "
                                  "back: KIND --output FILE.csv, KIND one of %1.")
                               .arg(keys.join(QStringLiteral(", "))));
    options.addDatabaseOption();
    options.addOption(QCommandLineOption(QStringLiteral("output"), Tr::tr("The CSV file to write."),
                                         //: placeholder for a file path in help
                                         Tr::tr("FILE")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QStringList positional = options.positionalArguments();
    const auto kind =
        positional.size() == 1 ? Core::importKindFromKey(positional.first()) : std::nullopt;
    const QString output = options.value(QStringLiteral("output"));
    if (!kind || output.isEmpty()) {
        context.err << Tr::tr(
                           "funddesk export: give the kind and the file: funddesk export KIND "
                           "--output FILE.csv; KIND is one of %1.")
                           .arg(keys.join(QStringLiteral(", ")))
                    << '\n';
        return ExitCode::Usage;
    }
    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        context.err << Tr::tr("funddesk export: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto reference = Core::ReferenceDataService::load((*database)->connection());
    if (!reference) {
        context.err << Tr::tr("funddesk export: %1").arg(reference.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto table = Core::CsvExporter((*database)->connection(), *reference).table(*kind);
    if (!table) {
        context.err << Tr::tr("funddesk export: %1").arg(table.error().message) << '\n';
        return ExitCode::Failure;
    }
    if (auto written = Core::CsvWriter::write(*table, output); !written) {
        context.err << Tr::tr("funddesk export: %1").arg(written.error().message) << '\n';
        return ExitCode::Failure;
    }
    //: %n is the number of records, %1 a file path
    context.out << Tr::tr("%n record(s) exported to %1.", nullptr, int(table->rows.size()))
                       .arg(QDir::toNativeSeparators(output))
                << '\n';
    return ExitCode::Success;
}

} // namespace FundDesk::App
