#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

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

    static constexpr auto InMemory = ":memory:";

    // path may be InMemory for tests. The returned object owns the connection. A file whose
    // user_version is above newestSchemaVersion is refused before anything is written to it.
    // ReadWrite takes the file's WriterLock first: a file another FundDesk is changing is
    // refused (Conflict) naming that FundDesk, and a write-protected file is refused (Io).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                  int newestSchemaVersion = -1);

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

private:
    Database(QString path, QString connectionName, Mode mode);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    std::shared_ptr<WriterLock> m_writerLock;
    quint64 m_device = 0; // the file's identity when opened
    quint64 m_inode = 0; // read-write files: one FundDesk writes at a time
};

} // namespace FundDesk::Core
