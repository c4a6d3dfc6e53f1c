#include "tools/crashharness/childrun.h"

#include "tools/crashharness/walwritelock.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

namespace FundDesk::CrashHarness {

namespace {

constexpr int startTimeoutMs = 10'000;
constexpr qint64 runTimeoutMs = 120'000;

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

} // namespace

ChildRun runChild(const QString &binary, const QString &fund, const QStringList &arguments,
                  const KillPlan &plan,
                  const std::function<bool(const QString &output)> &isAcknowledged, bool watchLocks)
{
    ChildRun result;
    QProcess process;
    process.setProcessEnvironment(childEnvironment());
    QElapsedTimer timer;
    timer.start();
    process.start(binary, arguments + QStringList{QStringLiteral("--database"), fund});
    if (!process.waitForStarted(startTimeoutMs)) {
        result.errors = process.errorString();
        return result;
    }
    const qint64 pid = process.processId();
    QByteArray output;
    qint64 heldSince = -1; // the write lock held at every poll since then
    while (process.state() != QProcess::NotRunning) {
        // Wakes on output or after a millisecond; the child's exit ends the loop.
        if (process.waitForReadyRead(1)) {
            output += process.readAllStandardOutput();
            if (result.acknowledgedMs < 0 && isAcknowledged &&
                isAcknowledged(QString::fromUtf8(output))) {
                result.acknowledgedMs = timer.elapsed();
            }
        }
        const qint64 now = timer.elapsed();
        // SQLite takes the write lock for a moment when it opens a WAL fund too; a write
        // transaction is the lock seen on two polls in a row.
        const bool held = watchLocks && holdsWalWriteLock(pid, fund);
        if (held && heldSince >= 0 && result.writeStartMs < 0) {
            result.writeStartMs = heldSince;
        }
        if (held && result.writeStartMs >= 0) {
            result.writeEndMs = now;
        }
        heldSince = held ? (heldSince < 0 ? now : heldSince) : -1;
        qint64 killAt = -1;
        if (plan.anchor == KillPlan::Anchor::ProcessStart) {
            killAt = plan.delayMs;
        } else if (plan.anchor == KillPlan::Anchor::WriteStart && result.writeStartMs >= 0) {
            killAt = result.writeStartMs + plan.delayMs;
        } else if (plan.anchor == KillPlan::Anchor::InsideWrite && result.writeStartMs >= 0 &&
                   heldSince >= 0) {
            killAt = heldSince + plan.delayMs;
        }
        if (killAt >= 0 && now >= killAt && process.state() != QProcess::NotRunning) {
            result.killedDuringWrite = holdsWalWriteLock(pid, fund);
            process.kill();                          // SIGKILL: no destructor, no flush, no unlock
            process.waitForFinished(startTimeoutMs); // reaped: its pid is free, its lock stale
            result.killed = true;
            break;
        }
        if (now > runTimeoutMs) {
            process.kill();
            process.waitForFinished(startTimeoutMs);
            result.errors = QStringLiteral("timed out after %1 s").arg(runTimeoutMs / 1000);
            return result;
        }
    }
    process.waitForFinished(startTimeoutMs);
    result.elapsedMs = timer.elapsed();
    output += process.readAllStandardOutput();
    result.output = QString::fromUtf8(output);
    if (!result.killed && result.acknowledgedMs < 0 && isAcknowledged &&
        isAcknowledged(result.output)) {
        result.acknowledgedMs = result.elapsedMs; // the line came with the exit
    }
    result.crashed = !result.killed && process.exitStatus() == QProcess::CrashExit;
    result.exitCode = result.killed || result.crashed ? -1 : process.exitCode();
    result.errors += QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace FundDesk::CrashHarness
