// The crash-safety harness (issue 12): runs FundDesk's command-line write paths as child
// processes of the real binary and kills them with SIGKILL at random moments, most of them
// aimed inside a write: the harness watches each child's SQLite write lock (/proc/locks) and
// learns, per kind of write, how long it holds it before the acknowledgement. After every kill
// the fund must open (`funddesk check`), pass PRAGMA integrity_check and `funddesk audit verify`,
// and still hold every write whose acknowledgement line was read before the kill.
//
//   funddesk_crashharness --funddesk build/dev/bin/funddesk [--kills 300] [--seed N]
//                         [--workdir DIR]
//
// Exit 0 when every check passed, 1 when one failed (the fund is kept for inspection), 2 for
// a wrong call.

#include "tools/crashharness/acknowledgedwrite.h"
#include "tools/crashharness/childrun.h"
#include "tools/crashharness/workload.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <map>

using namespace FundDesk::CrashHarness;

namespace {

QTextStream out(stdout);

// The last few timings of one kind of write, to aim the next kills at it.
struct WriteTiming
{
    QList<qint64> acknowledgedMs; // from the process's start
    QList<qint64> writeWindowMs;  // from the write lock's first sighting to the acknowledgement
    QList<qint64> lockHeldMs;     // from its first sighting to its last (the write itself)

    static qint64 median(QList<qint64> values)
    {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? -1 : values.at(values.size() / 2);
    }
    static void remember(QList<qint64> &values, qint64 value)
    {
        values.append(value);
        if (values.size() > 9) {
            values.removeFirst();
        }
    }
    void learn(const ChildRun &run)
    {
        if (run.killed || run.acknowledgedMs < 0) {
            return;
        }
        remember(acknowledgedMs, run.acknowledgedMs);
        if (run.writeStartMs >= 0) {
            remember(writeWindowMs, std::max<qint64>(1, run.acknowledgedMs - run.writeStartMs));
            remember(lockHeldMs, run.writeEndMs - run.writeStartMs + 1);
        }
    }
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

    ChildRun run(const QStringList &arguments) const
    {
        return runChild(m_binary, m_fund, arguments, {}, {}, false);
    }

    bool setUp()
    {
        const ChildRun demo =
            run({QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("7")});
        if (demo.exitCode != 0) {
            out << "setting up the demo fund failed: " << demo.errors << Qt::endl;
            return false;
        }
        return true;
    }

    // Where to kill this write. Until a kind's timing is known, and for 3 runs in 10 after
    // that, the write runs to its end: it is acknowledged and checked at every later kill. Of
    // the kills, 5 in 7 are aimed uniformly inside the write itself (while the child holds the
    // WAL write lock, up to its usual hold), 1 in 7 anywhere from the write's start to its
    // acknowledgement (so also after the commit, before the acknowledgement), and 1 in 7
    // anywhere from the process's start to the acknowledgement (opening, locking, startup).
    KillPlan aim(const QString &kind)
    {
        const WriteTiming &timing = m_timing[kind];
        const qint64 acknowledged = WriteTiming::median(timing.acknowledgedMs);
        const qint64 window = WriteTiming::median(timing.writeWindowMs);
        const qint64 held = WriteTiming::median(timing.lockHeldMs);
        const int roll = int(m_random.bounded(10));
        const auto upTo = [this](qint64 limit) {
            return qint64(m_random.bounded(quint64(std::max<qint64>(limit, 0)) + 1));
        };
        if (acknowledged < 0 || roll < 3) {
            return {};
        }
        if (window > 0 && roll >= 5) {
            return {KillPlan::Anchor::InsideWrite, upTo(held)};
        }
        if (window > 0 && roll == 4) {
            return {KillPlan::Anchor::WriteStart, upTo(window)};
        }
        return {KillPlan::Anchor::ProcessStart, upTo(acknowledged)};
    }

    // One write; killed where aim() says unless it finished first.
    bool step()
    {
        PlannedWrite write = m_workload.next();
        // Parsed once: acknowledged() counts what it sees (a year closed twice).
        std::optional<AcknowledgedWrite> acknowledged;
        const auto isAcknowledged = [&write, &acknowledged](const QString &output) {
            if (!acknowledged && write.acknowledged) {
                acknowledged = write.acknowledged(output);
            }
            return acknowledged.has_value();
        };
        const ChildRun result =
            runChild(m_binary, m_fund, write.arguments, aim(write.kind), isAcknowledged, true);
        if (!result.killed && result.exitCode < 0) {
            out << "FAILED: “" << write.arguments.join(QLatin1Char(' '))
                << (result.crashed ? "” crashed: " : "” did not run: ") << result.errors
                << Qt::endl;
            return false;
        }
        m_timing[write.kind].learn(result);
        ++m_runs;
        if (result.killed) {
            ++m_kills;
            ++m_killsByKind[write.kind];
            if (result.killedDuringWrite) {
                ++m_killsDuringWrite;
            } else if (result.writeStartMs < 0) {
                ++m_killsBeforeWrite;
            }
        } else if (result.exitCode != 0) {
            ++m_refused;
            ++m_refusedByKind[write.kind];
            if (m_verbose) {
                out << "refused: " << write.arguments.join(QLatin1Char(' ')) << ": "
                    << result.errors.trimmed() << Qt::endl;
            }
        }
        if (acknowledged) {
            m_acknowledged.append(*acknowledged);
        }
        if (write.invariant) {
            m_invariants.append(*write.invariant);
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
        ++m_verifications;
        const ChildRun check = run({QStringLiteral("check")});
        if (check.exitCode != 0) {
            return fail(QStringLiteral("funddesk check: ") + check.errors);
        }
        ++m_checksPassed;
        const ChildRun audit = run({QStringLiteral("audit"), QStringLiteral("verify")});
        if (audit.exitCode != 0) {
            return fail(QStringLiteral("funddesk audit verify: ") + audit.errors);
        }
        ++m_auditsPassed;
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
                } else {
                    ++m_integrityPassed;
                }
                for (const auto *writes : {&m_acknowledged, &m_invariants}) {
                    for (const AcknowledgedWrite &write : *writes) {
                        if (!problem.isEmpty()) {
                            break;
                        }
                        problem = write.check(db);
                    }
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (!problem.isEmpty()) {
            return fail(problem);
        }
        m_verifiedPresent = m_acknowledged.size();
        return true;
    }

    void report(qint64 elapsedMs) const
    {
        const int afterCommit = m_kills - m_killsDuringWrite - m_killsBeforeWrite;
        out << "kills: " << m_kills << " (during a write in progress: " << m_killsDuringWrite
            << ", before the write began: " << m_killsBeforeWrite
            << ", after its commit: " << afterCommit << ")" << Qt::endl;
        out << "runs: " << m_runs << " (" << m_runs - m_kills << " ran to the end, " << m_refused
            << " of them refused by the rules), time: " << elapsedMs / 1000 << " s" << Qt::endl;
        out << "writes acknowledged and verified present: " << m_verifiedPresent << " of "
            << m_acknowledged.size() << "; imports all-or-nothing: " << m_invariants.size()
            << Qt::endl;
        out << "passed (after every kill and at the end): funddesk check " << m_checksPassed << "/"
            << m_verifications << ", integrity_check " << m_integrityPassed << "/"
            << m_verifications << ", audit verify " << m_auditsPassed << "/" << m_verifications
            << Qt::endl;
        out << "kills by write path:";
        for (const auto &[kind, count] : m_killsByKind) {
            out << ' ' << kind << '=' << count;
        }
        out << Qt::endl << "refused by write path:";
        for (const auto &[kind, count] : m_refusedByKind) {
            out << ' ' << kind << '=' << count;
        }
        out << Qt::endl
            << "median ms from the start to the write lock, its release, the acknowledgement:";
        for (const auto &[kind, timing] : m_timing) {
            const qint64 acknowledged = WriteTiming::median(timing.acknowledgedMs);
            const qint64 window = WriteTiming::median(timing.writeWindowMs);
            const qint64 start = window < 0 ? -1 : acknowledged - window;
            const qint64 held = WriteTiming::median(timing.lockHeldMs);
            out << ' ' << kind << '=' << start << '/' << (window < 0 ? -1 : start + held) << '/'
                << acknowledged;
        }
        out << Qt::endl;
    }

    int kills() const { return m_kills; }
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    QString m_binary;
    QString m_fund;
    Workload m_workload;
    QRandomGenerator m_random;
    std::map<QString, WriteTiming> m_timing;
    std::map<QString, int> m_killsByKind;
    std::map<QString, int> m_refusedByKind;
    QList<AcknowledgedWrite> m_acknowledged;
    QList<AcknowledgedWrite> m_invariants;
    int m_runs = 0;
    int m_kills = 0;
    int m_killsDuringWrite = 0;
    int m_killsBeforeWrite = 0;
    int m_refused = 0;
    int m_verifications = 0;
    int m_checksPassed = 0;
    int m_integrityPassed = 0;
    int m_auditsPassed = 0;
    qsizetype m_verifiedPresent = 0;
    bool m_verbose = false;
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
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("Print why each refused write "
                                                                "was refused.")});
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
    // A fresh fund: with no leftovers of an earlier run's (its WAL would be replayed into it).
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        QFile::remove(fund + QLatin1String(suffix));
    }
    out << "crash harness: " << wanted << " kills, seed " << seed << ", fund " << fund << Qt::endl;

    Harness harness(binary, fund, seed);
    harness.setVerbose(parser.isSet(QStringLiteral("verbose")));
    QElapsedTimer timer;
    timer.start();
    if (!harness.setUp()) {
        return 1;
    }
    int steps = 0;
    int reported = 0;
    while (harness.kills() < wanted) {
        if (!harness.step()) {
            temporary.setAutoRemove(false);
            harness.report(timer.elapsed());
            out << "the fund is kept at " << fund << " (seed " << seed << ")" << Qt::endl;
            return 1;
        }
        if (harness.kills() % 50 == 0 && harness.kills() > reported) {
            reported = harness.kills(); // a sign of life in long runs
            out << "… " << reported << " kills, " << timer.elapsed() / 1000 << " s" << Qt::endl;
        }
        if (++steps > wanted * 20) {
            out << "too few kills landed: the writes finish before any kill" << Qt::endl;
            return 1;
        }
    }
    // The writes acknowledged after the last kill are checked too.
    if (!harness.verify(QStringLiteral("end"), {QStringLiteral("(none: the final check)")})) {
        temporary.setAutoRemove(false);
        harness.report(timer.elapsed());
        return 1;
    }
    harness.report(timer.elapsed());
    out << "PASS" << Qt::endl;
    return 0;
}
