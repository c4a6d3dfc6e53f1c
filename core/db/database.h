#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>


namespace FundDesk::Core {

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
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                                  int newestSchemaVersion = -1);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(InMemory); }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }

private:
    Database(QString path, QString connectionName, Mode mode);

    QString m_path;
    QString m_connectionName;
    Mode m_mode;
};

} // namespace FundDesk::Core
