#include "core/db/transactionguard.h"

#include "core/db/auditchain.h"
#include "core/db/sqlhelpers.h"
#include "core/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace FundDesk::Core {

namespace {

// Open guards per connection. Connections are used from the thread that made them, so the
// count is per thread as well.
QHash<QString, int> &openGuards()
{
    thread_local QHash<QString, int> depths;
    return depths;
}

QString savepointName(int depth)
{
    return QStringLiteral("funddesk_sp%1").arg(depth);
}

bool execRaw(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

} // namespace

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = openGuards()[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        m_active = m_db.transaction();
    } else {
        m_active = execRaw(m_db, QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    }
    if (m_active) {
        ++depth;
    } else {
        m_beginError = Sql::storageError(m_db, m_depth == 0 ? QStringLiteral("BEGIN")
                                                            : QStringLiteral("SAVEPOINT"));
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active) {
        rollback();
    }
}

void TransactionGuard::rollback()
{
    bool undone = false;
    if (m_depth == 0) {
        undone = m_db.rollback();
    } else {
        // ROLLBACK TO keeps the savepoint open; RELEASE then closes it with nothing in it.
        const QString name = savepointName(m_depth);
        undone = execRaw(m_db, QStringLiteral("ROLLBACK TO ") + name)
                 && execRaw(m_db, QStringLiteral("RELEASE ") + name);
    }
    if (!undone) {
        qCWarning(lcDb).noquote() << "rollback failed:" << m_db.lastError().text();
    }
    m_active = false;
    --openGuards()[m_db.connectionName()];
}

Result<void> TransactionGuard::commit()
{
    if (!m_active) {
        return m_beginError;
    }
    if (m_depth == 0) {
        // Every write path commits here, so the audit trail is hash-sealed in the same
        // transaction as the change it records (a no-op before schema step 5).
        if (auto sealed = AuditChain::seal(m_db); !sealed) {
            return sealed;
        }
    }
    const bool done = m_depth == 0
                          ? m_db.commit()
                          : execRaw(m_db, QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!done) {
        return Sql::storageError(m_db, m_depth == 0 ? QStringLiteral("COMMIT")
                                                    : QStringLiteral("RELEASE"));
    }
    m_active = false;
    --openGuards()[m_db.connectionName()];
    return {};
}

} // namespace FundDesk::Core
