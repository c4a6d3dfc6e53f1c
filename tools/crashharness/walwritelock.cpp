#include "tools/crashharness/walwritelock.h"

#include <QFile>

#include <sys/stat.h>

namespace FundDesk::CrashHarness {

namespace {

// sqlite3's unix VFS: shared-memory locks start at byte 120; the WAL write lock is the first.
constexpr qint64 walWriteLockByte = 120;

} // namespace

bool holdsWalWriteLock(qint64 pid, const QString &fundPath)
{
    struct stat shm = {};
    if (::stat(QFile::encodeName(fundPath + QStringLiteral("-shm")).constData(), &shm) != 0) {
        return false; // no -shm file: nobody has the fund open in WAL mode
    }
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly)) {
        return false;
    }
    // "3: POSIX  ADVISORY  WRITE 4242 fd:00:1234567 120 120"
    const QByteArray wantedPid = QByteArray::number(pid);
    const QByteArray wantedInode = ':' + QByteArray::number(quint64(shm.st_ino));
    const QByteArray wantedByte = QByteArray::number(walWriteLockByte);
    for (const QByteArray &line : locks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields.at(1) != "POSIX" || fields.at(3) != "WRITE") {
            continue;
        }
        if (fields.at(4) == wantedPid && fields.at(5).endsWith(wantedInode) &&
            fields.at(6) == wantedByte && fields.at(7) == wantedByte) {
            return true;
        }
    }
    return false;
}

} // namespace FundDesk::CrashHarness
