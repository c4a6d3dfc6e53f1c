// The crash-safety harness (issue 12): runs FundDesk's command-line write paths as child
// processes of the real binary and kills them with SIGKILL at random moments. After every kill
// the fund must open (`funddesk check`), pass PRAGMA integrity_check and `funddesk audit verify`,
// and still hold every write whose acknowledgement line was read before the kill.
//
//   funddesk_crashharness --funddesk build/dev/bin/funddesk [--kills 300] [--seed N]
//                         [--workdir DIR]
//
// Exit 0 when every check passed, 1 when one failed (the fund is kept for inspection), 2 for
// a wrong call.

#include "tools/crashharness/acknowledgedwrite.h"
#include "tools/crashharness/workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace FundDesk::CrashHarness;

namespace {

QTextStream out(stdout);

struct Run
{
    int exitCode = -1;
    bool killed = false;
    QString output;
    QString errors;
    qint64 elapsedMs = 0;
};

class Harness final
{
public:
    Harness(QString binary, QString fund, quint32 seed)
        : m_binary(std::move(binary)),
          m_fund(std::move(fund)),
          m_workload(m_fund, QFileInfo(m_fund).absolutePath(), seed),
          m_random(seed ^ 0x5eed)
    {}

    // Runs the binary; kills it after killAfterMs (never when negative).
    Run run(const QStringList &arguments, int killAfterMs = -1) const
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(m_binary, arguments + QStringList{QStringLiteral("--database"), m_fund});
        Run result;
        if (!process.waitForStarted(10'000)) {
            result.errors = process.errorString();
            return result;
        }
        const bool finished = process.waitForFinished(killAfterMs < 0 ? 120'000 : killAfterMs);
        if (!finished) {
            process.kill();                  // SIGKILL: no destructor, no flush, no unlock
            process.waitForFinished(10'000); // reaped, so its pid is free and its lock stale
            result.killed = true;
        }
        result.elapsedMs = timer.elapsed();
        result.exitCode = process.exitCode();
        result.output = QString::fromUtf8(process.readAllStandardOutput());
        result.errors = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    bool setUp()
    {
        const Run demo =
            run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")});
        if (demo.exitCode != 0) {
            out << "setting up the demo fund failed: " << demo.errors << Qt::endl;
            return false;
        }
        return true;
    }

    // One write; killed at a random moment unless it finished first.
    bool step()
    {
        PlannedWrite write = m_workload.next();
        const qint64 typical = m_typicalMs.count(write.kind) ? m_typicalMs[write.kind] : 0;
        int delay = -1;
        if (typical > 0) {
            // Half anywhere in the run, half in its last third where the transaction commits.
            delay = m_random.bounded(2) == 0
                        ? int(m_random.bounded(typical + 1))
                        : int(typical * 2 / 3 + m_random.bounded(typical / 3 + 10));
        }
        const Run result = run(write.arguments, delay);
        if (!result.killed) {
            // Learn how long this kind of write takes, to aim the next kills.
            m_typicalMs[write.kind] =
                typical == 0 ? result.elapsedMs : (typical * 3 + result.elapsedMs) / 4;
            ++m_completed;
            if (result.exitCode != 0) {
                ++m_refused;
            }
        } else {
            ++m_kills;
            ++m_killsByKind[write.kind];
        }
        if (auto acknowledged = write.acknowledged(result.output)) {
            m_acknowledged.append(*acknowledged);
        }
        if (write.invariant) {
            m_acknowledged.append(*write.invariant);
        }
        return result.killed ? verify(write.kind, write.arguments) : true;
    }

    // The fund after a kill: opens, integrity ok, audit trail intact, acknowledged writes kept.
    bool verify(const QString &kind, const QStringList &arguments)
    {
        const auto fail = [&](const QString &what) {
            out << "FAILED after killing “" << arguments.join(QLatin1Char(' ')) << "” (" << kind
                << ", kill " << m_kills << "): " << what << Qt::endl;
            return false;
        };
        const Run check = run({QStringLiteral("check")});
        if (check.exitCode != 0) {
            return fail(QStringLiteral("funddesk check: ") + check.errors);
        }
        const Run audit = run({QStringLiteral("audit"), QStringLiteral("verify")});
        if (audit.exitCode != 0) {
            return fail(QStringLiteral("funddesk audit verify: ") + audit.errors);
        }
        const QString name = QStringLiteral("verify");
        QString problem;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_fund);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                problem = QStringLiteral("the fund does not open");
            } else {
                QSqlQuery query(db);
                if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() ||
                    query.value(0).toString() != QLatin1String("ok")) {
                    problem = QStringLiteral("integrity_check: ") + query.value(0).toString();
                }
                for (const AcknowledgedWrite &write : std::as_const(m_acknowledged)) {
                    if (!problem.isEmpty()) {
                        break;
                    }
                    problem = write.check(db);
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return problem.isEmpty() ? true : fail(problem);
    }

    void report(qint64 elapsedMs) const
    {
        out << "kills: " << m_kills << ", completed runs: " << m_completed << " (" << m_refused
            << " refused by the rules), acknowledged writes checked: " << m_acknowledged.size()
            << ", time: " << elapsedMs / 1000 << " s" << Qt::endl;
        out << "kills by write path:";
        for (const auto &[kind, count] : m_killsByKind) {
            out << ' ' << kind << '=' << count;
        }
        out << Qt::endl;
    }

    int kills() const { return m_kills; }

private:
    QString m_binary;
    QString m_fund;
    Workload m_workload;
    QRandomGenerator m_random;
    std::map<QString, qint64> m_typicalMs;
    std::map<QString, int> m_killsByKind;
    QList<AcknowledgedWrite> m_acknowledged;
    int m_kills = 0;
    int m_completed = 0;
    int m_refused = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kill FundDesk's command-line writes with SIGKILL at random moments and check that the "
        "fund survives with every acknowledged write."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("funddesk"), QStringLiteral("The funddesk binary."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("kills"), QStringLiteral("How many kills (default 300)."),
                      QStringLiteral("N"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: random)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("workdir"),
                      QStringLiteral("Where to put the fund (default: a temporary folder, removed "
                                     "unless a check fails)."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const QString binary = parser.value(QStringLiteral("funddesk"));
    bool ok = false;
    const int wanted = parser.value(QStringLiteral("kills")).toInt(&ok);
    if (binary.isEmpty() || !QFile::exists(binary) || !ok || wanted < 1) {
        out << "usage: funddesk_crashharness --funddesk PATH [--kills N] [--seed N]" << Qt::endl;
        return 2;
    }
    const quint32 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toUInt()
                             : QRandomGenerator::global()->generate();
    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("workdir"))
                               ? parser.value(QStringLiteral("workdir"))
                               : temporary.path();
    QDir().mkpath(folder);
    const QString fund = QDir(folder).filePath(QStringLiteral("crash.funddesk"));
    QFile::remove(fund);
    out << "crash harness: " << wanted << " kills, seed " << seed << ", fund " << fund << Qt::endl;

    Harness harness(binary, fund, seed);
    QElapsedTimer timer;
    timer.start();
    if (!harness.setUp()) {
        return 1;
    }
    int steps = 0;
    while (harness.kills() < wanted) {
        if (!harness.step()) {
            temporary.setAutoRemove(false);
            harness.report(timer.elapsed());
            out << "the fund is kept at " << fund << " (seed " << seed << ")" << Qt::endl;
            return 1;
        }
        if (++steps > wanted * 20) {
            out << "too few kills landed: the writes finish before any kill" << Qt::endl;
            return 1;
        }
    }
    harness.report(timer.elapsed());
    out << "PASS" << Qt::endl;
    return 0;
}
