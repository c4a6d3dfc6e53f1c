#pragma once

#include "core/domain/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace FundDesk::Core {

// One writer per fund file: a lock file beside the database ("<file>.lock", QLockFile) held for
// as long as a read-write Database is open. A second FundDesk (window or command line) that
// wants to write the same file is refused with a message naming the holder; a lock left by a
// process that died (a crash, a kill) is detected as stale and taken over. Read-only opens
// take no lock. Within one process the lock is shared: opening the same file twice is SQLite's
// business, not another FundDesk's.
class WriterLock final
{
public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since; // UTC
    };

    ~WriterLock();
    WriterLock(const WriterLock &) = delete;
    WriterLock &operator=(const WriterLock &) = delete;

    // Takes (or shares, within this process) the lock of the database at path. Refused with
    // ErrorCode::Conflict naming the holder, or Io when the folder does not allow a lock file.
    static Result<std::shared_ptr<WriterLock>> acquire(const QString &databasePath);

    static QString lockPathFor(const QString &databasePath);
    // Who holds the lock now, if anyone (a stale lock still names its dead holder).
    static std::optional<Holder> holder(const QString &databasePath);
    // "user on host, process 123, since 2026-11-25 14:03 UTC"
    static QString describe(const Holder &holder);

private:
    explicit WriterLock(QString key, std::unique_ptr<QLockFile> file);

    QString m_key;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace FundDesk::Core
