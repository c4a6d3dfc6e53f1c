#include "bench/dashboardbench.h"

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

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct TracedStatement
{
    std::string sql; // bound values expanded
    double ms = 0;   // as SQLite measured it, inside FundDesk's run
};

int traceStatement(unsigned type, void *context, void *statement, void *nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    auto *statements = static_cast<std::vector<TracedStatement> *>(context);
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    statements->push_back(
        {sql ? std::string(sql) : std::string(),
         double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6});
    sqlite3_free(sql);
    return 0;
}

// The statements `work` runs on `db`, in order.
std::vector<TracedStatement> captureStatements(const QSqlDatabase &db,
                                               const std::function<void()> &work)
{
    std::vector<TracedStatement> statements;
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        work();
        return statements;
    }
    sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, traceStatement, &statements);
    work();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
}

// The bare limit: each statement prepared, stepped through every row (reading each column as
// an integer or text, as a caller would) and finalized on a connection of its own.
void replay(sqlite3 *db, const std::vector<TracedStatement> &statements)
{
    for (const TracedStatement &statement : statements) {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v2(db, statement.sql.c_str(), int(statement.sql.size()), &prepared,
                               nullptr) != SQLITE_OK) {
            qWarning("bare replay cannot prepare: %s", sqlite3_errmsg(db));
            continue;
        }
        const int columns = sqlite3_column_count(prepared);
        while (sqlite3_step(prepared) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(prepared, c) == SQLITE_TEXT) {
                    sqlite3_column_text(prepared, c);
                } else {
                    sqlite3_column_int64(prepared, c);
                }
            }
        }
        sqlite3_finalize(prepared);
    }
}

class BareConnection final
{
public:
    explicit BareConnection(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
    }
    ~BareConnection() { sqlite3_close(m_db); }
    BareConnection(const BareConnection &) = delete;
    BareConnection &operator=(const BareConnection &) = delete;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
};

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
