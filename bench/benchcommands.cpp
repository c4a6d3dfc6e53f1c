#include "bench/benchcommands.h"

#include "app/cli/commandlinerunner.h"
#include "bench/benchbare.h"
#include "bench/sqltrace.h"
#include "core/db/database.h"
#include "core/domain/language.h"
#include "core/io/importer.h"
#include "core/services/slate/slatebuilder.h"
#include "core/services/slate/slateplanner.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>

namespace FundDesk::Bench {

namespace {

qint64 lastMeetingHeld(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(
               QStringLiteral("SELECT max(id) FROM meetings WHERE end_date < date('now')")) &&
                   query.next()
               ? query.value(0).toLongLong()
               : 0;
}

QString firstValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toString() : QString();
}

int run(const QStringList &arguments, QString *errors = nullptr)
{
    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    const int code = App::CommandLineRunner::run(arguments, out, err);
    if (errors) {
        err.flush();
        *errors = errText;
    }
    return code;
}

// Whether this build knows the command (its --help succeeds).
bool known(const QStringList &command)
{
    return run(command + QStringList{QStringLiteral("--help")}) == 0;
}

Figure slot(const QString &what, const QString &budget, const QStringList &command, int runs,
            double budgetMs, const QString &barePath, const QString &bareNote = {})
{
    Figure figure;
    figure.what = what;
    figure.budget = budget;
    if (!known(command.mid(0, command.indexOf(QStringLiteral("--database"))))) {
        figure.note = QStringLiteral("SLOT: `funddesk %1` is not in this build yet")
                          .arg(command.constFirst());
        return figure;
    }
    int code = 0;
    QString errors;
    figure.fundDesk = medianMs(runs, [&] { code = run(command, &errors); });
    figure.withinBudget = code == 0 && figure.fundDesk <= budgetMs;
    if (code == 0 && !barePath.isEmpty()) {
        // Bare: the SQL the command ran (every connection it opened), replayed through the C
        // API on a read-only connection of the bench's own.
        const auto statements = captureProcessStatements([&] { (void)run(command); });
        figure.bare = medianMs(runs, [&] {
            const BareConnection bare(barePath);
            replay(bare.handle(), statements);
        });
    }
    // A failed command's time is not its figure: say why it failed (its first error line).
    figure.note = code == 0 ? bareNote
                            : QStringLiteral("exit code %1: %2")
                                  .arg(code)
                                  .arg(errors.section(QLatin1Char('\n'), 0, 0).left(160));
    return figure;
}

// 100 000 rows for `funddesk import contributions`, under the header that
// `funddesk import --template contributions` writes (Importer::templateFor).
QString importFile(const QSqlDatabase &db)
{
    const QString path = QDir::tempPath() + QStringLiteral("/funddesk-bench-import.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return path;
    }
    const QString iso3 = firstValue(db, QStringLiteral("SELECT state_iso3 FROM donors WHERE kind "
                                                       "= 'member_state' ORDER BY id LIMIT 1"));
    file.write(Core::Importer::templateFor(Core::ImportKind::Contributions));
    for (int i = 0; i < 100'000; ++i) {
        file.write(QStringLiteral("%1,,member_state,%2,receipt,%3.00,USD,,publish,,IMP-%4\r\n")
                       .arg(QDate::currentDate().addDays(-(i % 300)).toString(Qt::ISODate), iso3)
                       .arg(1'000 + i % 5'000)
                       .arg(i)
                       .toUtf8());
    }
    return path;
}

} // namespace

Figure measureSlate(Core::Database &database, const Core::ReferenceDataService &reference,
                    const QString &databasePath, int runs)
{
    Figure figure;
    figure.what = QStringLiteral("Slate builder, 500 applicants, 20 seats");
    figure.budget = QStringLiteral("≤ 200 ms (issue 4)");
    Core::SlatePlanner planner(database.connection(), reference);
    const qint64 meeting = lastMeetingHeld(database.connection());
    auto candidates = planner.candidates(Core::MeetingId(meeting), Core::Language::English);
    if (!candidates) {
        figure.note = candidates.error().message;
        return figure;
    }
    const QList<Core::SlateCandidate> five = candidates->mid(0, 500);
    Core::SlateRequest request;
    request.seats = 20;
    figure.fundDesk = medianMs(runs, [&] { Core::SlateBuilder::build(five, request); });
    figure.withinBudget = figure.fundDesk <= 200;
    figure.bare = medianMs(runs, [&] {
        BareTable::read(databasePath,
                        QStringLiteral("SELECT id, estimated_minor, status, applicant_name, "
                                       "gender, state_iso3 FROM sponsorships WHERE meeting_id = "
                                       "%1 LIMIT 500")
                            .arg(meeting));
    });
    figure.note = QStringLiteral("bare: reading the 500 candidates (the builder has no SQL)");
    return figure;
}

QList<Figure> measureCommands(const QString &databasePath, int runs)
{
    QList<Figure> figures;
    const QString database = QStringLiteral("--database");
    const QString output = QStringLiteral("--output");
    const QString tmp = QDir::tempPath();
    QString activity;
    QString import;
    {
        auto opened = Core::Database::open(databasePath, Core::Database::Mode::ReadOnly);
        if (opened) {
            activity = firstValue((*opened)->connection(),
                                  QStringLiteral("SELECT reference FROM activities WHERE status = "
                                                 "'approved' ORDER BY id DESC LIMIT 1"));
            import = importFile((*opened)->connection());
        }
    }
    figures.append(slot(QStringLiteral("Dashboard refresh"),
                        QStringLiteral("≤ 100 ms and ≤ 2× its bare SQL"),
                        {QStringLiteral("dashboard"), database, databasePath}, runs, 100,
                        databasePath));
    figures.last().withinBudget =
        figures.last().withinBudget && figures.last().fundDesk <= 2 * figures.last().bare;
    figures.append(slot(QStringLiteral("One PDF approval packet"), QStringLiteral("≤ 300 ms"),
                        {QStringLiteral("packet"), database, databasePath, QStringLiteral("--item"),
                         activity, output, tmp + QStringLiteral("/funddesk-bench-packet.pdf")},
                        runs, 300, databasePath));
    figures.append(slot(QStringLiteral("Annual report (PDF)"), QStringLiteral("≤ 3 s"),
                        {QStringLiteral("report"), QStringLiteral("annual"), database, databasePath,
                         QStringLiteral("--year"), QString::number(QDate::currentDate().year() - 1),
                         output, tmp + QStringLiteral("/funddesk-bench-annual.pdf")},
                        runs, 3000, databasePath));
    // Importing writes: each run imports into a fresh copy of the fund, made before its clock
    // starts; the median of the runs.
    const QString copy = tmp + QStringLiteral("/funddesk-bench-import.funddesk");
    const auto removeCopy = [&copy] {
        // The copy is as large as the fund, on a shared disk.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(copy + suffix);
        }
    };
    const QStringList importCommand{QStringLiteral("import"), QStringLiteral("contributions"),
                                    import, database, copy};
    Figure imported;
    imported.what = QStringLiteral("Import 100 000 contribution rows");
    imported.budget = QStringLiteral("≤ 3 s per 100 000 rows");
    QList<double> times;
    int code = 0;
    QString errors;
    for (int i = 0; i < runs && code == 0; ++i) {
        removeCopy();
        QFile::copy(databasePath, copy);
        QElapsedTimer clock;
        clock.start();
        code = run(importCommand, &errors);
        times.append(double(clock.nsecsElapsed()) / 1e6);
    }
    // Bare: the same statements (the check, the reads, the inserts, the seal) replayed through
    // the C API into another fresh copy.
    if (code == 0) {
        removeCopy();
        QFile::copy(databasePath, copy);
        const auto statements = captureProcessStatements([&] { (void)run(importCommand); });
        QList<double> bareTimes;
        for (int i = 0; i < runs; ++i) {
            removeCopy();
            QFile::copy(databasePath, copy);
            QElapsedTimer clock;
            clock.start();
            {
                const BareConnection bare(copy, true);
                replay(bare.handle(), statements);
            }
            bareTimes.append(double(clock.nsecsElapsed()) / 1e6);
        }
        std::sort(bareTimes.begin(), bareTimes.end());
        imported.bare = bareTimes.at(bareTimes.size() / 2);
    }
    removeCopy();
    std::sort(times.begin(), times.end());
    imported.fundDesk = times.isEmpty() ? 0 : times.at(times.size() / 2);
    imported.withinBudget = code == 0 && imported.fundDesk <= 3000;
    imported.note = code == 0 ? QStringLiteral("each run into a fresh copy of the fund; includes "
                                               "its quick_check (overlapped with the parse)")
                              : QStringLiteral("exit code %1: %2")
                                    .arg(code)
                                    .arg(errors.section(QLatin1Char('\n'), 0, 0).left(160));
    figures.append(imported);
    QFile::remove(import);
    return figures;
}

} // namespace FundDesk::Bench
