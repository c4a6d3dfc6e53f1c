#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/io/csvreader.h"
#include "core/io/importer.h"
#include "core/services/fundopener.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <future>

namespace FundDesk::App {

namespace {

QString kinds()
{
    QStringList keys;
    for (const Core::ImportKind kind : Core::allImportKinds()) {
        keys.append(Core::importKindKey(kind));
    }
    return keys.join(QStringLiteral(", "));
}

int fail(CommandContext &context, const QString &message)
{
    context.err << Tr::tr("funddesk import: %1").arg(message) << '\n';
    return ExitCode::Failure;
}

int writeTemplate(CommandContext &context, const QString &kindKey, const QString &output)
{
    const auto kind = Core::importKindFromKey(kindKey);
    if (!kind || output.isEmpty()) {
        context.err << Tr::tr(
                           "funddesk import: write a template with --template KIND --output "
                           "FILE.csv; KIND is one of %1.")
                           .arg(kinds())
                    << '\n';
        return ExitCode::Usage;
    }
    QSaveFile file(output);
    const QByteArray bytes = Core::Importer::templateFor(*kind);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 is a file path
        return fail(context, Tr::tr("“%1” could not be written. Check that the folder exists "
                                    "and that you may write to it.")
                                 .arg(QDir::toNativeSeparators(output)));
    }
    context.out << Tr::tr("Template written to %1.").arg(QDir::toNativeSeparators(output)) << '\n';
    return ExitCode::Success;
}

void printIssues(CommandContext &context, const Core::ImportIssues &issues)
{
    for (const Core::ImportIssue &issue : issues) {
        if (issue.line == 0) {
            context.err << issue.message << '\n';
        } else if (issue.column.isEmpty()) {
            //: %1 is a line number of the CSV file, %2 the problem
            context.err << Tr::tr("Line %1: %2").arg(QString::number(issue.line), issue.message)
                        << '\n';
        } else {
            //: %1 is a line number of the CSV file, %2 a column name, %3 the problem
            context.err << Tr::tr("Line %1, column %2: %3")
                               .arg(QString::number(issue.line), issue.column, issue.message)
                        << '\n';
        }
    }
}

} // namespace

int runImport(CommandContext &context)
{
    CommandOptions options(
        QStringLiteral("import"),
        Tr::tr("Import records from a CSV file, all or nothing: KIND FILE.csv, KIND one of %1.")
            .arg(kinds()));
    options.addDatabaseOption();
    options.addOption(
        QCommandLineOption(QStringLiteral("dry-run"),
                           Tr::tr("Check the file and print its problems; write nothing.")));
    options.addOption(QCommandLineOption(
        QStringLiteral("confirm-conditions"),
        Tr::tr("Confirm that no receipt's conditions restrict its use to specific activities "
               "(no earmarking, ¶19).")));
    options.addOption(QCommandLineOption(QStringLiteral("template"),
                                         Tr::tr("Write an empty file of that kind instead."),
                                         //: placeholder for a kind of records in help
                                         Tr::tr("KIND")));
    options.addOption(QCommandLineOption(QStringLiteral("output"),
                                         Tr::tr("Where --template writes."),
                                         //: placeholder for a file path in help
                                         Tr::tr("FILE")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    if (options.isSet(QStringLiteral("template"))) {
        return writeTemplate(context, options.value(QStringLiteral("template")),
                             options.value(QStringLiteral("output")));
    }
    const QStringList positional = options.positionalArguments();
    const auto kind =
        positional.size() == 2 ? Core::importKindFromKey(positional.at(0)) : std::nullopt;
    if (!kind) {
        context.err << Tr::tr(
                           "funddesk import: give the kind and the file: funddesk import "
                           "KIND FILE.csv; KIND is one of %1.")
                           .arg(kinds())
                    << '\n';
        return ExitCode::Usage;
    }
    QFile file(positional.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file path
        return fail(context, Tr::tr("“%1” could not be opened. Check its name and that you may "
                                    "read it.")
                                 .arg(QDir::toNativeSeparators(positional.at(1))));
    }
    const QByteArray bytes = file.read(Core::CsvReader::maxBytes + 1);
    const bool dryRun = options.isSet(QStringLiteral("dry-run"));
    // A dry run into a fund that does not exist yet checks against an empty one in memory.
    const QString path = options.databasePath();
    const bool fresh = !QFileInfo::exists(path);
    // A large import parses and checks its rows while a second thread checks every page of the
    // fund (quick_check, ~0.7 s at scale 100): the two overlap on two cores. Nothing is written
    // before the check has passed, and only a file already at this build's schema is opened
    // so (its open writes nothing); any other goes through the Write open, checked first.
    std::future<Core::Result<int>> pageCheck;
    Core::Result<std::unique_ptr<Core::Database>> database =
        Core::makeError(Core::ErrorCode::NotFound, QString());
    const int schema = Core::FundOpener::schemaVersion();
    const auto header = dryRun || fresh
                            ? Core::Result<int>(-1)
                            : Core::Database::probe(path, Core::Database::FileCheck::Header, schema);
    if (header && *header == schema) {
        pageCheck = std::async(std::launch::async, [path, schema] {
            return Core::Database::probe(path, Core::Database::FileCheck::Quick, schema);
        });
        database = Core::FundOpener::open(path, Core::Database::Mode::ReadWrite,
                                          Core::Database::FileCheck::None);
    } else {
        database = openFund(dryRun && fresh ? QString::fromLatin1(Core::Database::InMemory) : path,
                            FundUse::Write);
    }
    if (!database) {
        return fail(context, database.error().message);
    }
    const auto reference = Core::ReferenceDataService::load((*database)->connection());
    if (!reference) {
        return fail(context, reference.error().message);
    }
    Core::ImportOptions importOptions;
    importOptions.receiptConditionsConfirmed = options.isSet(QStringLiteral("confirm-conditions"));
    const Core::Importer importer((*database)->connection(), *reference, importOptions);
    const auto preview = importer.preview(*kind, bytes);
    if (!preview) {
        return fail(context, preview.error().message);
    }
    if (!preview->issues.isEmpty()) {
        printIssues(context, preview->issues);
        //: %n is the number of problems
        return fail(context, Tr::tr("%n problem(s) found; nothing was imported.", nullptr,
                                    int(preview->issues.size())));
    }
    if (dryRun) {
        //: %n is the number of rows
        context.out << Tr::tr(
                           "%n row(s) checked: the file can be imported. Nothing was "
                           "written (--dry-run).",
                           nullptr, int(preview->rowCount()))
                    << '\n';
        return ExitCode::Success;
    }
    if (pageCheck.valid()) {
        if (const auto checked = pageCheck.get(); !checked) {
            return fail(context, checked.error().message);
        }
    }
    const auto written = importer.apply(*preview);
    if (!written) {
        return fail(context, written.error().message);
    }
    //: %n is the number of records, %1 a file path
    context.out << Tr::tr("%n record(s) imported into %1.", nullptr, *written)
                       .arg(QDir::toNativeSeparators(path))
                << '\n';
    return ExitCode::Success;
}

} // namespace FundDesk::App
