#include "core/db/database.h"

#include "core/coretr.h"
#include "core/db/filepermissions.h"
#include "core/db/sqlhelpers.h"
#include "core/db/sqliteinterrupt.h"
#include "core/db/writerlock.h"
#include "core/logging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>
#include <sys/stat.h>

namespace FundDesk::Core {

namespace {

constexpr int BusyTimeoutMs = 5000;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("funddesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first 16 bytes of every SQLite 3 file; an empty file is a valid new database too.
bool looksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    if (file.size() == 0) {
        return true;
    }
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

bool fundFileIsEmpty(const QString &path)
{
    return QFileInfo(path).size() == 0;
}

Error notADatabase(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::NotADatabase,
                     Tr::tr("“%1” is not a FundDesk database. Choose the fund's .funddesk file, "
                            "or create a new fund.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

Error damagedDatabase(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     Tr::tr("The fund's database “%1” is damaged and was not changed. "
                            "Restore it from a backup (File ▸ Restore…).")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

// A fund file cut down to nothing (a failed copy, a full disk): there is no fund in it to read,
// and treating it as a new fund would hide the loss, so it is refused like a damaged file.
Error emptyDatabase(const QString &path)
{
    return makeError(ErrorCode::Corrupt,
                     //: %1 is the path of the fund's file, which has 0 bytes
                     Tr::tr("The fund's database “%1” is empty: the fund it held is gone. "
                            "Restore it from a backup (File ▸ Restore…), or delete the empty "
                            "file to start a new fund there.")
                         .arg(QDir::toNativeSeparators(path)),
                     QStringLiteral("empty file"));
}

// Why a statement on the probe connection failed: the header said SQLite, so unless SQLite
// disagrees (SQLITE_NOTADB, or SQLITE_CORRUPT on a broken or cut-short page) the file could
// not be read (no room for its -shm file, no permission), which is not the file's fault.
Error probeReadFailure(const QSqlQuery &query, const QString &path)
{
    const int primaryCode = query.lastError().nativeErrorCode().toInt() & 0xff;
    if (primaryCode == SQLITE_NOTADB) {
        return notADatabase(path, query.lastError().text());
    }
    if (primaryCode == SQLITE_CORRUPT) {
        return damagedDatabase(path, query.lastError().text());
    }
    return makeError(ErrorCode::Io,
                     Tr::tr("The fund's database “%1” could not be read: check that you may "
                            "read it and that the disk is not full.")
                         .arg(QDir::toNativeSeparators(path)),
                     query.lastError().text());
}

// A WAL database on a read-only disk (a locked USB stick, a read-only share) cannot get its
// -shm file; SQLite reads it as immutable there, which is safe since nobody can write it.
bool onReadOnlyDisk(const QString &path)
{
    return !QFileInfo(QFileInfo(path).absolutePath()).isWritable()
           && !QFileInfo::exists(path + QStringLiteral("-shm"));
}

// The database name and options of a read-only connection to path.
std::pair<QString, QString> readOnlyConnection(const QString &path)
{
    if (onReadOnlyDisk(path)) {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        url.setQuery(QStringLiteral("immutable=1"));
        return {url.toString(QUrl::FullyEncoded),
                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")};
    }
    return {path, QStringLiteral("QSQLITE_OPEN_READONLY")};
}

// RAII for a QSqlDatabase connection name: removed when the scope ends.
class ScopedConnection final
{
public:
    explicit ScopedConnection(const QString &path, const QString &options)
        : m_name(nextConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

// The authorizer of a connection whose file is gone: every change to the fund is refused
// (SQLITE_DENY: "not authorized"); reads, temp tables and VACUUM INTO still run.
int refuseChangesToMain(void *, int action, const char *, const char *, const char *database,
                        const char *)
{
    const bool change = action == SQLITE_INSERT || action == SQLITE_UPDATE
                        || action == SQLITE_DELETE || action == SQLITE_ALTER_TABLE
                        || action == SQLITE_REINDEX || action == SQLITE_ANALYZE
                        || (action >= SQLITE_CREATE_INDEX && action <= SQLITE_DROP_VIEW);
    return change && database != nullptr && qstrcmp(database, "main") == 0 ? SQLITE_DENY
                                                                            : SQLITE_OK;
}

// integrity_check or quick_check on the probe connection; "ok" or the file is refused.
Result<void> runFileCheck(const QSqlDatabase &db, QSqlQuery &query, const QString &path,
                          Database::FileCheck check, const std::function<bool()> &keepGoing)
{
    bool ran = false;
    {
        const SqliteInterrupt interrupt(db, keepGoing);
        ran = query.exec(check == Database::FileCheck::Integrity
                             ? QStringLiteral("PRAGMA integrity_check")
                             : QStringLiteral("PRAGMA quick_check"))
              && query.next();
    }
    if (keepGoing && !keepGoing()) {
        return makeError(ErrorCode::Cancelled,
                         Tr::tr("Opening the fund was cancelled; the file was not changed."),
                         QStringLiteral("check interrupted"));
    }
    if (!ran) {
        return probeReadFailure(query, path);
    }
    if (const QString verdict = query.value(0).toString(); verdict != QLatin1String("ok")) {
        return damagedDatabase(path, verdict);
    }
    return {};
}

// FileCheck::Header: what opening reads anyway, made to fail here rather than mid-command.
// Reading the schema makes SQLite check page 1 (a header promising more pages than the file
// holds is SQLITE_CORRUPT) and walk the schema's pages; it costs the same at any size.
Result<void> runHeaderCheck(QSqlQuery &query, const QString &path)
{
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        return probeReadFailure(query, path);
    }
    return {};
}

// Reads the file through a read-only connection, so a damaged or too-new file is never written.
Result<int> probeExistingFile(const QString &path, Database::FileCheck check,
                              int newestSchemaVersion, const std::function<bool()> &keepGoing)
{
    if (!looksLikeSqlite(path)) {
        return notADatabase(path, QStringLiteral("missing SQLite header"));
    }
    if (check != Database::FileCheck::None && fundFileIsEmpty(path)) {
        return emptyDatabase(path);
    }
    const auto [name, options] = readOnlyConnection(path);
    ScopedConnection probe(name, options);
    QSqlDatabase db = probe.db();
    if (!db.open()) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The fund's database “%1” could not be opened: check that the "
                                "file exists and that you may read it.")
                             .arg(QDir::toNativeSeparators(path)),
                         db.lastError().text());
    }
    QSqlQuery query(db);
    if (check == Database::FileCheck::Header) {
        if (auto checked = runHeaderCheck(query, path); !checked) {
            return checked.error();
        }
    } else if (check != Database::FileCheck::None) {
        if (auto checked = runFileCheck(db, query, path, check, keepGoing); !checked) {
            return checked.error();
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return probeReadFailure(query, path);
    }
    const int version = query.value(0).toInt();
    if (newestSchemaVersion >= 0 && version > newestSchemaVersion) {
        return makeError(ErrorCode::VersionTooNew,
                         Tr::tr("“%1” was written by a newer FundDesk (data version %2); this "
                                "FundDesk reads data versions up to %3. The file was not "
                                "changed: update FundDesk to open it.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(newestSchemaVersion),
                         QStringLiteral("user_version %1 > %2").arg(version).arg(newestSchemaVersion));
    }
    return version;
}

Result<void> createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    if (!FilePermissions::ensurePrivateDirectory(info.absolutePath())) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The folder “%1” could not be created. Choose another place for "
                                "the fund's database.")
                             .arg(QDir::toNativeSeparators(info.absolutePath())));
    }
    if (!FilePermissions::createPrivateFile(path)) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The file “%1” could not be created. Check that the folder is "
                                "writable and the disk is not full.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

Result<void> applyConnectionPragmas(QSqlDatabase &db, bool inMemory, bool readOnly)
{
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs)};
    if (!inMemory && !readOnly) {
        // WAL lets a backup read while the app writes; FULL keeps every acknowledged commit.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (auto done = Sql::exec(db, pragma); !done) {
            return done.error();
        }
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, Mode mode)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_mode(mode)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Database::checkFileInPlace() const
{
    if (isInMemory()) {
        return {};
    }
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) == 0
        && quint64(info.st_dev) == m_device && quint64(info.st_ino) == m_inode) {
        return {};
    }
    return makeError(ErrorCode::Io,
                     Tr::tr("The fund's database “%1” was deleted, moved or replaced while "
                            "FundDesk had it open. Nothing more is saved to it: back up now to "
                            "keep what is open, then open the fund again.")
                         .arg(QDir::toNativeSeparators(m_path)),
                     QStringLiteral("file identity changed"));
}

void Database::stopWriting()
{
    if (m_writingStopped) {
        return;
    }
    // An authorizer rather than PRAGMA query_only, which would refuse VACUUM INTO (the backup
    // the message asks for) too. Setting it re-prepares every statement, so none slips by.
    auto *handle = static_cast<sqlite3 *>(SqliteInterrupt::handleOf(connection()));
    if (handle == nullptr || sqlite3_set_authorizer(handle, &refuseChangesToMain, nullptr) != SQLITE_OK) {
        qCWarning(lcDb) << "could not stop writing" << m_path;
    }
    m_writingStopped = true;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<int> Database::probe(const QString &path, FileCheck check, int newestSchemaVersion,
                           const std::function<bool()> &keepGoing)
{
    return probeExistingFile(path, check, newestSchemaVersion, keepGoing);
}

Result<std::shared_ptr<WriterLock>> Database::reserveForWriting(const QString &path)
{
    if (QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
        // A write-protected file, or one on a read-only disk: say so before trying anything.
        return makeError(ErrorCode::Io,
                         Tr::tr("The fund's database “%1” is read-only: FundDesk cannot save "
                                "changes to it. Open it read-only, or make the file writable.")
                             .arg(QDir::toNativeSeparators(path)),
                         QStringLiteral("file not writable"));
    }
    // The lock file lives beside the database, so its folder must exist first.
    FilePermissions::ensurePrivateDirectory(QFileInfo(path).absolutePath());
    return WriterLock::acquire(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 int newestSchemaVersion)
{
    return open(path, mode, newestSchemaVersion, FileCheck::Integrity);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 int newestSchemaVersion, FileCheck check)
{
    const bool inMemory = path == QLatin1String(InMemory);
    const bool readOnly = mode == Mode::ReadOnly;
    const bool exists = !inMemory && QFileInfo::exists(path);
    if (exists && check != FileCheck::None) {
        if (auto probed = probeExistingFile(path, check, newestSchemaVersion, {}); !probed) {
            return probed.error();
        }
    }
    std::shared_ptr<WriterLock> writerLock;
    if (!inMemory && !readOnly) {
        auto reserved = reserveForWriting(path);
        if (!reserved) {
            return reserved.error();
        }
        writerLock = *reserved;
    }
    if (!inMemory && !exists) {
        if (readOnly) {
            return makeError(ErrorCode::NotFound,
                             Tr::tr("The fund's database “%1” does not exist.")
                                 .arg(QDir::toNativeSeparators(path)));
        }
        if (auto created = createPrivateFile(path); !created) {
            return created.error();
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, mode));
    database->m_writerLock = std::move(writerLock);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs);
    if (readOnly && !inMemory) {
        const auto [uri, readOnlyOptions] = readOnlyConnection(path);
        db.setDatabaseName(uri);
        options += QLatin1Char(';') + readOnlyOptions;
    } else if (readOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        return makeError(ErrorCode::Io,
                         Tr::tr("The fund's database “%1” could not be opened: check that the "
                                "file exists and that you may read and write it.")
                             .arg(QDir::toNativeSeparators(path)),
                         db.lastError().text());
    }
    if (auto pragmas = applyConnectionPragmas(db, inMemory, readOnly); !pragmas) {
        return pragmas.error();
    }
    if (struct stat info {}; !inMemory && ::stat(QFile::encodeName(path).constData(), &info) == 0) {
        database->m_device = quint64(info.st_dev);
        database->m_inode = quint64(info.st_ino);
    }
    qCDebug(lcDb) << "opened" << path << (readOnly ? "read-only" : "read-write");
    return database;
}

} // namespace FundDesk::Core
