#include "bench/dashboardbench.h"

#include "bench/sqltrace.h"

#include "core/db/database.h"
#include "core/domain/language.h"
#include "core/reports/dashboardcatalog.h"
#include "core/services/fundservices.h"
#include "ui/pages/dashboardpage.h"

#include <QApplication>
#include <QDate>
#include <QSpinBox>
#include <QSqlDriver>
#include <QTabWidget>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <string>
#include <vector>

namespace FundDesk::Bench {

namespace {

struct WallAndCpu
{
    double wallMs = 0;
    double cpuMs = 0;
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Medians of wall clock and thread CPU time, taken separately (each sorted on its own).
WallAndCpu medianWallAndCpu(int runs, const std::function<void()> &work,
                            const std::function<void()> &prepare = {})
{
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int run = 0; run < runs; ++run) {
        if (prepare) {
            prepare();
        }
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        work();
        cpus.push_back(threadCpuMs() - cpu);
        walls.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls.at(walls.size() / 2), cpus.at(cpus.size() / 2)};
}

QString shortSql(const std::string &sql)
{
    QString text = QString::fromStdString(sql).simplified();
    return text.size() > 150 ? text.left(147) + QStringLiteral("...") : text;
}

// One figure: FundDesk's `work` beside the replay of the statements it ran.
Figure measure(const QString &what, const QSqlDatabase &db, sqlite3 *bare, int runs,
               const std::function<void()> &work, const std::function<void()> &prepare,
               bool printStatements)
{
    if (prepare) {
        prepare();
    }
    const std::vector<TracedStatement> statements = captureStatements(db, work);
    const WallAndCpu fundDesk = medianWallAndCpu(runs, work, prepare);
    const WallAndCpu bareTime = medianWallAndCpu(runs, [&] { replay(bare, statements); });
    Figure figure;
    figure.what = what;
    figure.fundDesk = fundDesk.wallMs;
    figure.bare = bareTime.wallMs;
    figure.note = QStringLiteral("CPU %1 ms / bare %2 ms; %3 statements")
                      .arg(fundDesk.cpuMs, 0, 'f', 1)
                      .arg(bareTime.cpuMs, 0, 'f', 1)
                      .arg(statements.size());
    if (printStatements) {
        QTextStream out(stdout);
        out << "  " << what << ": " << figure.note << Qt::endl;
        for (const TracedStatement &statement : statements) {
            out << QStringLiteral("    %1 ms  ").arg(statement.ms, 7, 'f', 2)
                << shortSql(statement.sql) << Qt::endl;
        }
    }
    return figure;
}

} // namespace

QList<Figure> measureDashboard(Core::FundServices &services, const QString &databasePath,
                               int runs, int year, bool statements)
{
    QList<Figure> figures;
    const QSqlDatabase db = services.database().connection();
    const BareConnection bare(databasePath);
    if (!bare.handle()) {
        Figure failed;
        failed.what = QStringLiteral("Dashboard");
        failed.note = QStringLiteral("cannot open %1 for the bare SQL").arg(databasePath);
        return {failed};
    }
    Core::ReportInput input;
    input.db = db;
    input.reference = &services.reference();
    input.year = year > 0 ? year : QDate::currentDate().year();
    input.language = Core::Language::English;

    // The page the fund manager sees, refreshed as after a change elsewhere in the fund.
    Ui::DashboardPage page(services);
    page.yearBox()->setValue(input.year);
    page.resize(1200, 860);
    page.show();
    QApplication::processEvents();
    for (int tab = 0; tab < page.tabs()->count(); ++tab) {
        const QString name = page.tabs()->tabText(tab).remove(u'&');
        Figure figure = measure(
            QStringLiteral("Dashboard refresh, tab “%1”").arg(name), db, bare.handle(), runs,
            [&] {
                page.reload(); // what a change on another page does
                QApplication::processEvents();
            },
            [&] {
                page.tabs()->setCurrentIndex(tab);
                QApplication::processEvents();
            },
            statements);
        if (tab == 0) {
            figure.budget = QStringLiteral("≤ 100 ms and ≤ 2× its bare SQL");
            figure.withinBudget = figure.fundDesk <= 100 && figure.fundDesk <= 2 * figure.bare;
        }
        figures.append(figure);
    }

    for (const Core::DashboardChart &chart : Core::DashboardCatalog::charts()) {
        figures.append(measure(QStringLiteral("Dashboard table %1").arg(chart.name), db,
                               bare.handle(), runs, [&] { (void)chart.build(input); }, {},
                               statements));
    }
    return figures;
}

} // namespace FundDesk::Bench
