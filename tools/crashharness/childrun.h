#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace FundDesk::CrashHarness {

// When to SIGKILL a child: never; `delayMs` after it started; `delayMs` after it was first
// seen inside a write transaction (the WAL write lock held); or `delayMs` into a stretch of
// the lock held, skipping to the next stretch when one ends sooner, so the kill lands inside
// the write (or not at all when the process ends first).
struct KillPlan
{
    enum class Anchor { Never, ProcessStart, WriteStart, InsideWrite };
    Anchor anchor = Anchor::Never;
    qint64 delayMs = 0;
};

// What one run of the binary did, with its timeline in milliseconds from its start (-1: never).
struct ChildRun
{
    int exitCode = -1;
    bool killed = false;
    bool killedDuringWrite = false; // the WAL write lock was held when the SIGKILL was sent
    bool crashed = false;           // it died of a signal the harness did not send
    QString output;
    QString errors;
    qint64 elapsedMs = 0;
    qint64 writeStartMs = -1;   // first seen holding the WAL write lock
    qint64 writeEndMs = -1;     // last seen holding it (the commit ends soon after)
    qint64 acknowledgedMs = -1; // its acknowledgement line read
};

// Runs `binary arguments --database fund` with the harness's environment, watching its output
// and its locks every millisecond; `isAcknowledged` tells when the output so far holds the
// acknowledgement line. Watching the locks costs a read of /proc/locks per millisecond, so
// read-only runs (`check`, `audit verify`) pass watchLocks = false.
ChildRun runChild(const QString &binary, const QString &fund, const QStringList &arguments,
                  const KillPlan &plan,
                  const std::function<bool(const QString &output)> &isAcknowledged,
                  bool watchLocks);

} // namespace FundDesk::CrashHarness
