#include "core/db/writerlock.h"

#include "core/coretr.h"
#include "core/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>

namespace FundDesk::Core {

namespace {

constexpr int UnreadableLockSecs = 10;

// The locks this process holds, by lock file path, so a second open in the same process shares.
QMutex registryMutex;
QHash<QString, std::weak_ptr<WriterLock>> &registry()
{
    static QHash<QString, std::weak_ptr<WriterLock>> locks;
    return locks;
}

} // namespace

WriterLock::WriterLock(QString key, std::unique_ptr<QLockFile> file)
    : m_key(std::move(key)), m_file(std::move(file))
{}

WriterLock::~WriterLock()
{
    m_file->unlock();
    const QMutexLocker locker(&registryMutex);
    const auto found = registry().constFind(m_key);
    if (found != registry().cend() && found->expired()) {
        registry().remove(m_key);
    }
}

QString WriterLock::lockPathFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<WriterLock::Holder> WriterLock::holder(const QString &databasePath)
{
    const QString path = lockPathFor(databasePath);
    QLockFile file(path);
    Holder holder;
    QString host;
    QString application;
    if (!file.getLockInfo(&holder.pid, &host, &application)) {
        return std::nullopt;
    }
    holder.host = host;
    const QFileInfo info(path);
    holder.user = info.owner();
    if (holder.user.isEmpty()) {
        holder.user = QString::number(info.ownerId());
    }
    holder.since = info.lastModified().toUTC();
    return holder;
}

QString WriterLock::describe(const Holder &holder)
{
    //: who holds a fund open: %1 user name, %2 computer name, %3 process number, %4 date and time
    return Tr::tr("%1 on %2, process %3, since %4 UTC")
        .arg(holder.user, holder.host)
        .arg(holder.pid)
        .arg(holder.since.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Result<std::shared_ptr<WriterLock>> WriterLock::acquire(const QString &databasePath)
{
    const QString key = lockPathFor(databasePath);
    const QMutexLocker locker(&registryMutex);
    if (auto shared = registry().value(key).lock()) {
        return shared;
    }
    auto file = std::make_unique<QLockFile>(key);
    // Never stale by age: a window may stay open for days. Stale only when its process is gone.
    file->setStaleLockTime(0);
    bool locked = file->tryLock(0);
    if (!locked && file->error() == QLockFile::LockFailedError && !holder(databasePath) &&
        QFileInfo(key).lastModified().secsTo(QDateTime::currentDateTime()) > UnreadableLockSecs) {
        // A holder killed while writing the lock file leaves it empty: QLockFile cannot tell
        // whose it is, so after a while it is taken over.
        file->removeStaleLockFile();
        locked = file->tryLock(0);
    }
    if (!locked) {
        const QString fund = QDir::toNativeSeparators(databasePath);
        if (file->error() == QLockFile::LockFailedError) {
            const auto holder = WriterLock::holder(databasePath);
            const QString who = holder ? describe(*holder) : Tr::tr("unknown");
            //: %1 the fund's file, %2 who has it open (user, computer, process, since when)
            return makeError(ErrorCode::Conflict,
                             Tr::tr("“%1” is already open for changes in another FundDesk (%2). "
                                    "Close it there first, or open the fund read-only.")
                                 .arg(fund, who),
                             QStringLiteral("lock held: ") + key);
        }
        return makeError(
            ErrorCode::Io,
            Tr::tr("FundDesk could not write its lock file beside “%1”. Check that "
                   "the folder is writable and the disk is not full, or open the "
                   "fund read-only.")
                .arg(fund),
            QStringLiteral("QLockFile error %1 on %2").arg(int(file->error())).arg(key));
    }
    std::shared_ptr<WriterLock> lock(new WriterLock(key, std::move(file)));
    registry().insert(key, lock);
    qCDebug(lcDb) << "took the writer lock" << key;
    return lock;
}

} // namespace FundDesk::Core
