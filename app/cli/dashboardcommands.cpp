#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/yearoption.h"
#include "app/cli/openfund.h"
#include "core/domain/moneyformat.h"
#include "core/reports/dashboardcatalog.h"
#include "core/services/fundopener.h"
#include "core/services/referencedataservice.h"

#include <QDate>

namespace FundDesk::App {

namespace {

// Builds one dashboard table on the fund at `path`, read-only.
Core::Result<Core::ReportTable> buildTable(const QString &path, const Core::DashboardChart &chart,
                                     int year)
{
    auto database = openFund(path, FundUse::Read);
    if (!database) {
        return database.error();
    }
    const auto reference = Core::ReferenceDataService::load((*database)->connection());
    if (!reference) {
        return reference.error();
    }
    Core::ReportInput input;
    input.db = (*database)->connection();
    input.reference = &*reference;
    input.year = year;
    input.language = Core::languageForLocale(QLocale());
    return chart.build(input);
}

QString chartList()
{
    QString list;
    for (const Core::DashboardChart &chart : Core::DashboardCatalog::charts()) {
        list += QStringLiteral("  %1  %2\n").arg(chart.name.leftJustified(28), chart.description());
    }
    return list;
}

} // namespace

int runDashboard(CommandContext &context)
{
    CommandOptions options(QStringLiteral("dashboard"),
                           Tr::tr("Print the dashboard's key figures for a year."));
    options.addDatabaseOption();
    addYearOption(options, Tr::tr("The year (default: this year)."));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const auto year = readYearOption(options, context, QStringLiteral("dashboard"));
    if (!year) {
        return ExitCode::Usage;
    }
    const auto table = buildTable(options.databasePath(),
                                  *Core::DashboardCatalog::find(QStringLiteral("key-figures")),
                                  *year);
    if (!table) {
        context.err << Tr::tr("funddesk dashboard: %1").arg(table.error().message) << '\n';
        return ExitCode::Failure;
    }
    context.out << table->title << '\n';
    const QLocale locale;
    const int label = table->columnIndex(u"figure");
    const int amount = table->columnIndex(u"amount");
    const int status = table->columnIndex(u"status");
    int width = 0;
    for (const QVariantList &row : table->rows) {
        width = std::max(width, int(row.value(label).toString().size()));
    }
    for (const QVariantList &row : table->rows) {
        const QVariant value = row.value(amount);
        const QString shown = value.isNull() || !value.isValid()
                                  ? row.value(status).toString()
                                  : Core::MoneyFormat::format(Core::Money::usd(value.toLongLong()),
                                                              locale);
        context.out << "  " << row.value(label).toString().leftJustified(width + 2) << shown
                    << '\n';
    }
    return ExitCode::Success;
}

int runChart(CommandContext &context)
{
    //: %1 is the list of chart names with what each shows
    CommandOptions options(QStringLiteral("chart"),
                           Tr::tr("Write the table behind a dashboard chart as CSV.\n\n"
                                  "Charts:\n%1")
                               .arg(chartList()));
    options.addDatabaseOption();
    addYearOption(options, Tr::tr("The year (default: this year)."));
    options.addOption(QCommandLineOption(QStringLiteral("output"),
                                         Tr::tr("The CSV file to write."),
                                         //: placeholder for a file name in command-line help
                                         Tr::tr("FILE.csv")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QStringList names = options.positionalArguments();
    if (names.size() != 1) {
        context.err << Tr::tr("funddesk chart: name one chart, such as spending-by-region. "
                              "“funddesk chart --help” lists them.")
                    << '\n';
        return ExitCode::Usage;
    }
    const auto chart = Core::DashboardCatalog::find(names.first());
    if (!chart) {
        //: %1 is what was typed
        context.err << Tr::tr("funddesk chart: there is no chart “%1”. These are:\n%2")
                           .arg(names.first(), chartList());
        return ExitCode::Usage;
    }
    const QString output = options.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        context.err << Tr::tr("funddesk chart: give the file to write with --output FILE.csv.")
                    << '\n';
        return ExitCode::Usage;
    }
    const auto year = readYearOption(options, context, QStringLiteral("chart"));
    if (!year) {
        return ExitCode::Usage;
    }
    const auto table = buildTable(options.databasePath(), *chart, *year);
    if (!table) {
        context.err << Tr::tr("funddesk chart: %1").arg(table.error().message) << '\n';
        return ExitCode::Failure;
    }
    if (auto written = Core::CsvWriter::write(table->toCsv(), output); !written) {
        context.err << Tr::tr("funddesk chart: %1").arg(written.error().message) << '\n';
        return ExitCode::Failure;
    }
    //: %1 is a table's title, %2 a file path
    context.out << Tr::tr("Wrote “%1” to %2.").arg(table->title, output) << '\n';
    return ExitCode::Success;
}

} // namespace FundDesk::App
