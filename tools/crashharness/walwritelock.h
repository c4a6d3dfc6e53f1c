#pragma once

#include <QString>

namespace FundDesk::CrashHarness {

// Whether process `pid` is inside an SQLite write transaction on the WAL-mode fund at
// `fundPath`: SQLite holds the WAL write lock (an exclusive POSIX lock on byte 120 of
// "<fund>-shm") from a transaction's first write until its COMMIT or ROLLBACK ends. Read from
// /proc/locks, so the harness can see a write in progress from outside the process.
bool holdsWalWriteLock(qint64 pid, const QString &fundPath);

} // namespace FundDesk::CrashHarness
