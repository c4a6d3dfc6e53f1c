// The document commands of issue 8: packet, report annual, publish. They render with Qt Gui,
// so main.cpp runs them under a QGuiApplication (offscreen); see Command::needsGui.
#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/yearoption.h"
#include "app/cli/openfund.h"
#include "core/db/database.h"
#include "core/services/fundopener.h"
#include "core/services/referencedataservice.h"
#include "ui/documents/documentfactory.h"
#include "ui/documents/documentrenderer.h"

#include <QDate>
#include <QGuiApplication>

#include <memory>

namespace FundDesk::App {

namespace {

// What every document command shares: the fund opened read-only, the language and paper.
struct DocumentRun
{
    std::unique_ptr<Core::Database> database;
    std::optional<Core::ReferenceDataService> reference;
    Core::Language language = Core::Language::English;
    Ui::Paper paper = Ui::Paper::A4;
};

void addDocumentOptions(CommandOptions &options, bool withLanguage)
{
    options.addDatabaseOption();
    options.addOption(QCommandLineOption(QStringLiteral("output"),
                                         Tr::tr("The file (or, for publish, the folder) to write."),
                                         //: placeholder for a file path in command-line help
                                         Tr::tr("PATH")));
    if (withLanguage) {
        options.addOption(QCommandLineOption(
            QStringLiteral("lang"),
            Tr::tr("The document's language: ar, zh, en, fr, ru or es (default: en)."),
            //: placeholder for a language code in command-line help
            Tr::tr("LANG"), QStringLiteral("en")));
        options.addOption(QCommandLineOption(QStringLiteral("paper"),
                                             Tr::tr("The paper: a4 or letter (default: a4)."),
                                             //: placeholder for a paper size in help
                                             Tr::tr("PAPER"), QStringLiteral("a4")));
    }
}

// Nullopt (after saying why on err) when an option is wrong or the fund does not open.
std::optional<DocumentRun> prepare(const QString &command, CommandOptions &options,
                                   CommandContext &context, bool withLanguage, int &exitCode)
{
    exitCode = ExitCode::Usage;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        context.err << Tr::tr("funddesk %1: documents need the graphical libraries; run it as "
                              "“funddesk %1 …”.")
                           .arg(command)
                    << '\n';
        exitCode = ExitCode::Failure;
        return std::nullopt;
    }
    if (options.value(QStringLiteral("output")).isEmpty()) {
        context.err << Tr::tr("funddesk %1: say where to write with --output PATH.").arg(command)
                    << '\n';
        return std::nullopt;
    }
    DocumentRun run;
    if (withLanguage) {
        const auto language = Core::languageFromCode(options.value(QStringLiteral("lang")));
        if (!language) {
            context.err << Tr::tr("funddesk %1: --lang takes ar, zh, en, fr, ru or es, not “%2”.")
                               .arg(command, options.value(QStringLiteral("lang")))
                        << '\n';
            return std::nullopt;
        }
        const auto paper = Ui::paperFromKey(options.value(QStringLiteral("paper")));
        if (!paper) {
            context.err << Tr::tr("funddesk %1: --paper takes a4 or letter, not “%2”.")
                               .arg(command, options.value(QStringLiteral("paper")))
                        << '\n';
            return std::nullopt;
        }
        run.language = *language;
        run.paper = *paper;
    }
    exitCode = ExitCode::Failure;
    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        context.err << Tr::tr("funddesk %1: %2").arg(command, database.error().message) << '\n';
        return std::nullopt;
    }
    auto reference = Core::ReferenceDataService::load((*database)->connection());
    if (!reference) {
        context.err << Tr::tr("funddesk %1: %2").arg(command, reference.error().message) << '\n';
        return std::nullopt;
    }
    run.database = std::move(database).value();
    run.reference = std::move(reference).value();
    return run;
}

int writeDocument(const QString &command, const Core::Result<Core::ReportDocument> &document,
                  const DocumentRun &run, const QString &output, CommandContext &context)
{
    if (!document) {
        context.err << Tr::tr("funddesk %1: %2").arg(command, document.error().message) << '\n';
        return ExitCode::Failure;
    }
    if (auto written = Ui::DocumentRenderer::writePdf(*document, output, run.paper); !written) {
        context.err << Tr::tr("funddesk %1: %2").arg(command, written.error().message) << '\n';
        return ExitCode::Failure;
    }
    context.out << Tr::tr("Wrote %1 (record SHA-256 %2).").arg(output, document->checksum) << '\n';
    return ExitCode::Success;
}

int optionsOrHelp(CommandOptions &options, CommandContext &context)
{
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    return -1;
}

} // namespace

int runPacket(CommandContext &context)
{
    const QString command = QStringLiteral("packet");
    CommandOptions options(command,
                           Tr::tr("Write the approval packet of an item, or of a meeting's "
                                  "slate, as a PDF for the High Representative's signature."));
    addDocumentOptions(options, true);
    options.addOption(QCommandLineOption(
        QStringLiteral("item"), Tr::tr("The item: an activity's reference or SP-<number>."),
        Tr::tr("REF")));
    options.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                         Tr::tr("The meeting whose slate to put in one packet."),
                                         Tr::tr("REF")));
    if (const int done = optionsOrHelp(options, context); done >= 0) {
        return done;
    }
    const QString item = options.value(QStringLiteral("item")).trimmed();
    const QString meeting = options.value(QStringLiteral("meeting")).trimmed();
    if (item.isEmpty() == meeting.isEmpty()) {
        context.err << Tr::tr("funddesk packet: give either --item REF or --meeting REF.") << '\n';
        return ExitCode::Usage;
    }
    int exitCode = ExitCode::Failure;
    auto run = prepare(command, options, context, true, exitCode);
    if (!run) {
        return exitCode;
    }
    const Ui::DocumentFactory factory(run->database->connection(), *run->reference);
    const auto document = item.isEmpty() ? factory.slatePacket(meeting, run->language)
                                         : factory.packet(item, run->language);
    return writeDocument(command, document, *run, options.value(QStringLiteral("output")),
                         context);
}

int runReport(CommandContext &context)
{
    const QString command = QStringLiteral("report");
    CommandOptions options(command, Tr::tr("Write a report: “report annual” writes the annual "
                                           "report to donors (¶27) as a PDF."));
    addDocumentOptions(options, true);
    addYearOption(options, Tr::tr("The year reported on."));
    if (const int done = optionsOrHelp(options, context); done >= 0) {
        return done;
    }
    if (options.positionalArguments() != QStringList{QStringLiteral("annual")}) {
        context.err << Tr::tr("funddesk report: say which report: “funddesk report annual "
                              "--year YEAR --output FILE.pdf”.")
                    << '\n';
        return ExitCode::Usage;
    }
    const auto year = readYearOption(options, context, command, true);
    if (!year) {
        return ExitCode::Usage;
    }
    int exitCode = ExitCode::Failure;
    auto run = prepare(command, options, context, true, exitCode);
    if (!run) {
        return exitCode;
    }
    const Ui::DocumentFactory factory(run->database->connection(), *run->reference);
    return writeDocument(command, factory.annualReport(*year, run->language), *run,
                         options.value(QStringLiteral("output")), context);
}

int runPublish(CommandContext &context)
{
    const QString command = QStringLiteral("publish");
    CommandOptions options(command, Tr::tr("Write the public contributions list of a year (¶17) "
                                           "as an HTML page and a CSV file."));
    addDocumentOptions(options, false);
    addYearOption(options, Tr::tr("The year to publish."));
    if (const int done = optionsOrHelp(options, context); done >= 0) {
        return done;
    }
    const auto year = readYearOption(options, context, command, true);
    if (!year) {
        return ExitCode::Usage;
    }
    int exitCode = ExitCode::Failure;
    auto run = prepare(command, options, context, false, exitCode);
    if (!run) {
        return exitCode;
    }
    const Ui::DocumentFactory factory(run->database->connection(), *run->reference);
    const auto written = factory.publish(*year, options.value(QStringLiteral("output")));
    if (!written) {
        context.err << Tr::tr("funddesk publish: %1").arg(written.error().message) << '\n';
        return ExitCode::Failure;
    }
    for (const QString &path : *written) {
        context.out << Tr::tr("Wrote %1.").arg(path) << '\n';
    }
    return ExitCode::Success;
}

} // namespace FundDesk::App
