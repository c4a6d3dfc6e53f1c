#include "bench/sqltrace.h"

#include "core/db/sqliteinterrupt.h"

#include <sqlite3.h>

#include <mutex>

namespace FundDesk::Bench {

namespace {

std::mutex g_traceMutex;
std::vector<TracedStatement> *g_processStatements = nullptr;

int traceStatement(unsigned type, void *context, void *statement, void *nanoseconds)
{
    if (type != SQLITE_TRACE_PROFILE) {
        return 0;
    }
    auto *statements = static_cast<std::vector<TracedStatement> *>(context);
    const std::lock_guard<std::mutex> lock(g_traceMutex); // connections of several threads
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    statements->push_back(
        {sql ? std::string(sql) : std::string(),
         double(*static_cast<sqlite3_int64 *>(nanoseconds)) / 1e6});
    sqlite3_free(sql);
    return 0;
}

// Every new connection: traced into the capture running.
int traceNewConnection(sqlite3 *db, const char **, const struct sqlite3_api_routines *)
{
    if (g_processStatements != nullptr) {
        sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, traceStatement, g_processStatements);
    }
    return SQLITE_OK;
}

} // namespace

std::vector<TracedStatement> captureProcessStatements(const std::function<void()> &work)
{
    std::vector<TracedStatement> statements;
    g_processStatements = &statements;
    using Entry = void (*)();
    sqlite3_auto_extension(reinterpret_cast<Entry>(&traceNewConnection));
    work();
    sqlite3_cancel_auto_extension(reinterpret_cast<Entry>(&traceNewConnection));
    const std::lock_guard<std::mutex> lock(g_traceMutex);
    g_processStatements = nullptr;
    return statements;
}

std::vector<TracedStatement> captureStatements(const QSqlDatabase &db,
                                               const std::function<void()> &work)
{
    std::vector<TracedStatement> statements;
    auto *handle = static_cast<sqlite3 *>(Core::SqliteInterrupt::handleOf(db));
    if (!handle) {
        work();
        return statements;
    }
    sqlite3_trace_v2(handle, SQLITE_TRACE_PROFILE, traceStatement, &statements);
    work();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
}

void replay(sqlite3 *db, const std::vector<TracedStatement> &statements)
{
    for (const TracedStatement &statement : statements) {
        sqlite3_stmt *prepared = nullptr;
        if (sqlite3_prepare_v2(db, statement.sql.c_str(), int(statement.sql.size()), &prepared,
                               nullptr) != SQLITE_OK) {
            qWarning("bare replay cannot prepare: %s", sqlite3_errmsg(db));
            continue;
        }
        const int columns = sqlite3_column_count(prepared);
        while (sqlite3_step(prepared) == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c) {
                if (sqlite3_column_type(prepared, c) == SQLITE_TEXT) {
                    sqlite3_column_text(prepared, c);
                } else {
                    sqlite3_column_int64(prepared, c);
                }
            }
        }
        sqlite3_finalize(prepared);
    }
}

BareConnection::BareConnection(const QString &path, bool writable)
{
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

BareConnection::~BareConnection()
{
    sqlite3_close(m_db);
}

} // namespace FundDesk::Bench
