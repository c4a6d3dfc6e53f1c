// The benchmark of issue 11: on a scale-N fund, each figure of FundDesk beside its bare limit
// measured in the same run (the same rows through the SQLite C API into a plain vector, an
// empty QMainWindow shown offscreen, a process showing only that window), as the median of
// several runs, printed as a markdown table and written to a results file with the machine's
// description and the date. The first paint and the peak memory are whole-process figures:
// each is measured in a child (`--probe`, see benchprobe.h).
//
//   build/release/bin/funddesk_bench --scale 100 --runs 5 --output bench/results.md
#include "bench/benchbare.h"
#include "bench/benchcommands.h"
#include "bench/benchmeasure.h"
#include "bench/benchprobe.h"
#include "bench/benchreport.h"
#include "bench/benchtables.h"
#include "bench/benchwindow.h"
#include "bench/dashboardbench.h"
#include "core/domain/language.h"
#include "core/services/demo/scalefundgenerator.h"
#include "core/services/fundopener.h"
#include "ui/mainwindow/languageswitcher.h"
#include "ui/models/activitytablemodel.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/models/donortablemodel.h"
#include "ui/models/sponsorshiptablemodel.h"
#include "ui/pages/activitiespanel.h"
#include "ui/pages/contributionspanel.h"
#include "ui/pages/disbursementspage.h"
#include "ui/pages/donorspanel.h"
#include "ui/pages/sponsorshipspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QTextStream>

#include <algorithm>

using namespace FundDesk;
using namespace FundDesk::Bench;

namespace {

QString ensureFund(int scale, const QString &requested, QTextStream &out)
{
    const QString path =
        requested.isEmpty()
            ? QDir::tempPath() + QStringLiteral("/funddesk-bench-scale-%1.funddesk").arg(scale)
            : requested;
    if (QFileInfo::exists(path)) {
        return path;
    }
    out << "generating the scale-" << scale << " fund in " << path << " …" << Qt::endl;
    auto database = Core::FundOpener::open(path);
    if (!database) {
        qFatal("%s", qPrintable(database.error().message));
    }
    const auto summary = Core::ScaleFundGenerator(scale, 1).generate(**database);
    if (!summary) {
        qFatal("%s", qPrintable(summary.error().message));
    }
    out << summary->describe() << Qt::endl;
    return path;
}

// The median of a list of figures (the list is sorted).
double benchMedian(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

// The first paint as a user sees it: each side a whole process, timed from just before it is
// started (loading the libraries, the QApplication, the app's language and fonts included).
Figure firstPaintOfAProcess(const QString &path, int runs)
{
    QList<double> fundWall;
    QList<double> fundCpu;
    QList<double> fundMain;
    QList<double> fundApp;
    QList<double> emptyWall;
    QList<double> emptyCpu;
    QList<double> emptyMain;
    QList<double> emptyApp;
    for (int run = 0; run < runs; ++run) {
        const ProcessTiming fund =
            probeFirstPaint({QStringLiteral("--probe"), QStringLiteral("first-paint"),
                             QStringLiteral("--database"), path});
        const ProcessTiming empty =
            probeFirstPaint({QStringLiteral("--probe"), QStringLiteral("empty-paint")});
        fundWall.append(fund.wallMs);
        fundCpu.append(fund.cpuMs);
        fundMain.append(fund.mainMs);
        fundApp.append(fund.appMs);
        emptyWall.append(empty.wallMs);
        emptyCpu.append(empty.cpuMs);
        emptyMain.append(empty.mainMs);
        emptyApp.append(empty.appMs);
    }
    Figure figure;
    figure.what = QStringLiteral(
        "Open the fund to the first painted main window (process start "
        "to paint; bare: a process showing an empty QMainWindow)");
    figure.fundDesk = benchMedian(fundWall);
    figure.bare = benchMedian(emptyWall);
    figure.budget = QStringLiteral("≤ 300 ms and ≤ 3× empty window");
    figure.withinBudget =
        figure.fundDesk >= 0 && figure.fundDesk <= 300 && figure.fundDesk <= 3 * figure.bare;
    // Where the time goes, each a median: main() entered (exec and the libraries), the
    // QApplication made, then the window until its paint.
    figure.note = QStringLiteral(
                      "CPU (user+sys, all threads) %1 ms / bare %2 ms; main() at "
                      "%3 / %4 ms, QApplication at %5 / %6 ms; the fund's checks "
                      "still run on the worker thread")
                      .arg(benchMedian(fundCpu), 0, 'f', 1)
                      .arg(benchMedian(emptyCpu), 0, 'f', 1)
                      .arg(benchMedian(fundMain), 0, 'f', 1)
                      .arg(benchMedian(emptyMain), 0, 'f', 1)
                      .arg(benchMedian(fundApp), 0, 'f', 1)
                      .arg(benchMedian(emptyApp), 0, 'f', 1);
    return figure;
}

// The window paints at once and checks the fund on a worker thread: the first figures are the
// time to that first paint (a whole process, then in a process already running), the last the
// time until the pages' rows are in (not budgeted: it is the quick_check and the audit chain
// walk, with progress and Cancel meanwhile, then the pages' reads on pool threads), with the
// window's thread's longest stall over that whole time.
QList<Figure> firstWindow(const QString &path, int runs)
{
    const Figure process = firstPaintOfAProcess(path, runs);
    QList<double> firstPaint;
    QList<double> usable;
    QList<double> adopt;
    QList<double> stalls;
    QMap<QString, QList<double>> pageBuilds;
    for (int run = 0; run < runs; ++run) {
        const OpenWindow open = openLikeTheApp(path);
        for (const auto &[page, ms] : open.pageBuildMs) {
            pageBuilds[page].append(ms);
        }
        firstPaint.append(open.firstPaintMs);
        usable.append(open.usableMs);
        adopt.append(open.adoptMs);
        stalls.append(open.longestStallMs);
    }
    Figure inProcess;
    inProcess.what = QStringLiteral(
        "Open the fund to the first painted main window, in a process "
        "already running (bare: an empty QMainWindow there)");
    inProcess.fundDesk = benchMedian(firstPaint);
    inProcess.bare = medianMs(runs, [] { showEmptyWindow(); });
    inProcess.note = QStringLiteral("the QApplication, libraries and fonts already loaded");
    Figure ready;
    ready.what = QStringLiteral(
        "Open the fund until its pages' rows are in (checks on a worker "
        "thread, reads on pool threads)");
    ready.fundDesk = benchMedian(usable);
    ready.note = QStringLiteral(
                     "the window's thread's longest stall from the first paint until "
                     "the rows are in: %1 ms (median; worst run %2 ms), building "
                     "the pages on it %3 ms")
                     .arg(benchMedian(stalls), 0, 'f', 1)
                     .arg(*std::max_element(stalls.begin(), stalls.end()), 0, 'f', 1)
                     .arg(benchMedian(adopt), 0, 'f', 1);
    // Which pages those are: the ones over 20 ms, each a median.
    QStringList slowPages;
    for (auto page = pageBuilds.cbegin(); page != pageBuilds.cend(); ++page) {
        if (const double ms = benchMedian(page.value()); ms > 20) {
            slowPages.append(QStringLiteral("%1 %2 ms").arg(page.key()).arg(ms, 0, 'f', 0));
        }
    }
    if (!slowPages.isEmpty()) {
        ready.note += QStringLiteral(" (%1)").arg(slowPages.join(QStringLiteral(", ")));
    }
    return {process, inProcess, ready};
}

} // namespace

int main(int argc, char **argv)
{
    ProbeClock probeClock;
    probeClock.mainNs = monotonicNs();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    probeClock.appNs = monotonicNs();
    QCoreApplication::setOrganizationName(QStringLiteral("FundDeskBench"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Scale of the fund."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("The fund to measure (generated when missing)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("output"), QStringLiteral("Markdown results file."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("skip-commands"),
         QStringLiteral("Leave the dashboard, packet, report and import slots empty.")});
    parser.addOption({QStringLiteral("only-dashboard"),
                      QStringLiteral("Measure the dashboard alone (issue 7).")});
    parser.addOption({QStringLiteral("dashboard-statements"),
                      QStringLiteral("Print each SQL statement the dashboard runs, timed.")});
    parser.addOption(
        {QStringLiteral("only-tables"),
         QStringLiteral("Measure the pages' tables and peak memory alone (issue 11).")});
    parser.addOption({QStringLiteral("only-commands"),
                      QStringLiteral("Measure the dashboard, packet, report and import commands "
                                     "alone.")});
    parser.addOption({QStringLiteral("window-only"),
                      QStringLiteral("Measure opening the window only, then print the figures.")});
    parser.addOption({QStringLiteral("probe"),
                      QStringLiteral("internal: a whole-process probe (first-paint, empty-paint, "
                                     "fund, empty)"),
                      QStringLiteral("WHAT")});
    parser.addOption({QStringLiteral("started-ns"),
                      QStringLiteral("internal: CLOCK_MONOTONIC when the probe was started"),
                      QStringLiteral("NS")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("probe"))) {
        probeClock.startedNs = parser.value(QStringLiteral("started-ns")).toLongLong();
        return runProbe(parser.value(QStringLiteral("probe")),
                        parser.value(QStringLiteral("database")), probeClock);
    }
    // As the app does before its window: language, fonts (the probes do the same).
    Ui::LanguageSwitcher languages;
    setUpLikeTheApp(languages);
    QTextStream out(stdout);
    const int scale = parser.value(QStringLiteral("scale")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString path = ensureFund(scale, parser.value(QStringLiteral("database")), out);

    QList<Figure> figures;
    const bool statements = parser.isSet(QStringLiteral("dashboard-statements"));
    if (parser.isSet(QStringLiteral("only-dashboard"))) {
        auto database = Core::FundOpener::open(path);
        if (!database) {
            qFatal("%s", qPrintable(database.error().message));
        }
        auto services = Core::FundServices::create(**database);
        if (!services) {
            qFatal("%s", qPrintable(services.error().message));
        }
        figures.append(measureDashboard(**services, path, runs, 0, statements));
        out << resultsMarkdown(figures, scale, runs, path) << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("only-commands"))) {
        figures.append(measureCommands(path, runs));
        out << resultsMarkdown(figures, scale, runs, path) << Qt::endl;
        return 0;
    }
    const bool onlyTables = parser.isSet(QStringLiteral("only-tables"));
    if (!onlyTables) {
        figures.append(firstWindow(path, runs));
    }
    out << "first window done" << Qt::endl;
    if (parser.isSet(QStringLiteral("window-only"))) {
        out << resultsMarkdown(figures, scale, runs, path) << Qt::endl;
        return 0;
    }
    {
        const OpenWindow open = openLikeTheApp(path);
        QWidget *window = open.window.get();
        const QString states = QStringLiteral("JOIN states s ON s.iso3 = ");
        auto *contributions = window->findChild<Ui::ContributionsPanel *>();
        auto *donors = window->findChild<Ui::DonorsPanel *>();
        auto *activities = window->findChild<Ui::ActivitiesPanel *>();
        auto *sponsorships = window->findChild<Ui::SponsorshipsPanel *>();
        auto *disbursements = window->findChild<Ui::DisbursementsPage *>();
        QList<TableCase> tables{
            {QStringLiteral("Contributions"), [contributions] { contributions->reload(); },
             contributions->table(), Ui::ContributionTableModel::Donor, QStringLiteral("fou"),
             QStringLiteral("SELECT c.id, c.usd_minor, c.date, d.name, c.type, c.currency, "
                            "c.amount_minor, c.publication, c.conditions, c.reference "
                            "FROM contributions c JOIN donors d ON d.id = c.donor_id "
                            "ORDER BY c.date DESC, c.id DESC")},
            {QStringLiteral("Donors"), [donors] { donors->reload(); }, donors->table(),
             Ui::DonorTableModel::Name, QStringLiteral("fou"),
             QStringLiteral("SELECT d.id, (SELECT COALESCE(sum(usd_minor), 0) FROM contributions "
                            "c WHERE c.donor_id = d.id AND c.type = 'receipt'), "
                            "d.due_diligence_date, d.name, d.kind, s.name_en, s.region, "
                            "d.due_diligence FROM donors d LEFT ") +
                 states + QStringLiteral("COALESCE(d.state_iso3, d.country_iso3)")},
            {QStringLiteral("Activities"), [activities] { activities->reload(); },
             activities->table(), Ui::ActivityTableModel::Title, QStringLiteral("prog"),
             QStringLiteral("SELECT a.id, (SELECT sum(amount_minor) FROM activity_amounts x "
                            "WHERE x.activity_id = a.id), a.start_date, a.reference, a.title, "
                            "s.name_en, s.region, a.status FROM activities a ") +
                 states + QStringLiteral("a.applicant_iso3")},
            {QStringLiteral("Sponsorships (one meeting)"),
             [sponsorships] { sponsorships->reload(); }, sponsorships->table(),
             Ui::SponsorshipTableModel::Applicant, QStringLiteral("mar"),
             QStringLiteral("SELECT sp.id, sp.estimated_minor, sp.status, sp.applicant_name, "
                            "s.name_en, sp.ministry, sp.title FROM sponsorships sp ") +
                 states +
                 QStringLiteral("sp.state_iso3 WHERE sp.meeting_id = (SELECT max(meeting_id) "
                                "FROM sponsorships)")},
        };
        if (disbursements) {
            tables.append({QStringLiteral("Disbursements (page)"),
                           [disbursements] { disbursements->reload(); }, disbursements->table(),
                           Ui::DisbursementTableModel::Payee, QStringLiteral("dia"),
                           QStringLiteral("SELECT d.id, d.usd_minor, d.date, d.payee, d.reference, "
                                          "d.refund_reason, s.name_en FROM disbursements d ") +
                               states + QStringLiteral("d.recipient_iso3")});
        }
        for (const TableCase &table : tables) {
            figures.append(measureTable(table, path, runs));
            out << table.name << " done" << Qt::endl;
        }
        if (!onlyTables) {
            figures.append(measureSlate(*open.database, open.services->reference(), path, runs));
        }
        figures.append(measureDashboard(*open.services, path, runs, 0, statements));
        out << "dashboard done" << Qt::endl;
    }
    Figure memory;
    memory.what = QStringLiteral("Peak memory with the fund open and every page visited (VmHWM)");
    memory.unit = QStringLiteral("MB");
    memory.fundDesk = probeMemory(
        {QStringLiteral("--probe"), QStringLiteral("fund"), QStringLiteral("--database"), path});
    memory.bare = probeMemory({QStringLiteral("--probe"), QStringLiteral("empty")});
    memory.budget = QStringLiteral("≤ 250 MB");
    memory.withinBudget = memory.fundDesk >= 0 && memory.fundDesk <= 250;
    memory.note = QStringLiteral(
        "a process of its own: its reads in, then every page and every "
        "tab shown once");
    figures.append(memory);
    if (!onlyTables && !parser.isSet(QStringLiteral("skip-commands"))) {
        figures.append(measureCommands(path, runs));
    }

    const QString table = resultsMarkdown(figures, scale, runs, path);
    out << table << Qt::endl;
    if (parser.isSet(QStringLiteral("output"))) {
        writeResults(parser.value(QStringLiteral("output")), table);
    }
    return 0;
}
