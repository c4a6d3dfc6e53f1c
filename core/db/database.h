#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>


namespace FundDesk::Core {

class WriterLock;

// The fund's SQLite file on its own named QSQLITE connection. open() checks the file before
// anything writes to it (a damaged or foreign file is refused untouched), then sets WAL,
// foreign keys and a busy timeout. A new file is created readable by its owner only.
class Database final
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // How an existing file is read before it is used.
    enum class FileCheck {
        Integrity, // PRAGMA integrity_check: every page, and every index against its table
        Quick,     // PRAGMA quick_check: every page, without the index cross-check (~3× faster)
        Header,    // the SQLite header, the schema pages and the data version only (a few pages
                   // whatever the size): a foreign, empty, cut-short or too-new file is refused;
                   // damage further in shows only when a read reaches it
        None,      // already checked in this session (the window checks in a worker thread)
    };

    static constexpr auto InMemory = ":memory:";

    // path may be InMemory for tests. The returned object owns the connection. A file whose
    // user_version is above newestSchemaVersion is refused before anything is written to it.
    // ReadWrite takes the file's WriterLock first: a file another FundDesk is changing is
    // refused (Conflict) naming that FundDesk, and a write-protected file is refused (Io).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                  int newestSchemaVersion = -1);
    // The same with the check of an existing file chosen (the overload above: Integrity).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode,
                                                  int newestSchemaVersion, FileCheck check);

    // Reads an existing file through a read-only connection of its own, removed afterwards
    // (so it runs in any thread): the SQLite header, `check` and the data version, which is
    // returned. keepGoing is polled while the check runs; false interrupts it
    // (ErrorCode::Cancelled). Nothing is written.
    static Result<int> probe(const QString &path, FileCheck check, int newestSchemaVersion,
                             const std::function<bool()> &keepGoing = {});

    // What a read-write open takes first, cheap enough to ask before any long check: a
    // write-protected file is refused (Io) and the file's WriterLock taken (Conflict naming
    // the FundDesk that holds it). Holding the result keeps the lock for this process.
    static Result<std::shared_ptr<WriterLock>> reserveForWriting(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(InMemory); }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

    // Whether the file at path() is still the one this connection opened: an error (Io) naming
    // the file when it was deleted, moved or replaced by another file while open. Changes made
    // after that would go to a file nobody can open again, so callers stop writing and offer a
    // backup (which still reads the open connection).
    Result<void> checkFileInPlace() const;
    // After checkFileInPlace() failed: SQLite refuses every further change to the fund on this
    // connection (an authorizer); reading and backing up (VACUUM INTO) go on.
    void stopWriting();
    bool writingStopped() const { return m_writingStopped; }

private:
    Database(QString path, QString connectionName, Mode mode);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    std::shared_ptr<WriterLock> m_writerLock;
    quint64 m_device = 0; // the file's identity when opened
    quint64 m_inode = 0; // read-write files: one FundDesk writes at a time
    bool m_writingStopped = false;
};

} // namespace FundDesk::Core
