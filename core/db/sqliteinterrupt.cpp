#include "core/db/sqliteinterrupt.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace FundDesk::Core {

namespace {

int interruptWhenStopped(void *keepGoing)
{
    return (*static_cast<const std::function<bool()> *>(keepGoing))() ? 0 : 1;
}

} // namespace

void *SqliteInterrupt::handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteInterrupt::SqliteInterrupt(const QSqlDatabase &connection,
                                 const std::function<bool()> &keepGoing)
    : m_keepGoing(keepGoing)
{
    if (!m_keepGoing) {
        return;
    }
    auto *handle = static_cast<sqlite3 *>(handleOf(connection));
    if (handle != nullptr) {
        sqlite3_progress_handler(handle, 10000, &interruptWhenStopped, &m_keepGoing);
        m_handle = handle;
    }
}

SqliteInterrupt::~SqliteInterrupt()
{
    if (m_handle != nullptr) {
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
    }
}

} // namespace FundDesk::Core
