#pragma once

#include <QSqlDatabase>

#include <functional>

namespace FundDesk::Core {

// While alive, a long statement on the connection (a check, VACUUM INTO) asks keepGoing every
// few thousand SQLite steps and is interrupted when it says false (the statement then fails).
// Through the handle of the same libsqlite3 as Qt's QSQLITE driver; no-op without keepGoing.
class SqliteInterrupt final
{
public:
    SqliteInterrupt(const QSqlDatabase &connection, const std::function<bool()> &keepGoing);
    ~SqliteInterrupt();
    SqliteInterrupt(const SqliteInterrupt &) = delete;
    SqliteInterrupt &operator=(const SqliteInterrupt &) = delete;

    // The connection's sqlite3* (as void*, so callers need no sqlite3.h), or null when the
    // driver is not SQLite.
    static void *handleOf(const QSqlDatabase &connection);

    // Whether keepGoing said stop (so a failed statement was cancelled, not broken).
    bool interrupted() const { return m_keepGoing && !m_keepGoing(); }

private:
    void *m_handle = nullptr;
    std::function<bool()> m_keepGoing;
};

} // namespace FundDesk::Core
