#include "core/db/transactionguard.h"

#include "core/db/sqlhelpers.h"
#include "core/logging.h"

#include <QSqlError>

namespace FundDesk::Core {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active) {
        m_beginError = Sql::storageError(m_db, QStringLiteral("BEGIN"));
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active && !m_db.rollback()) {
        qCWarning(lcDb).noquote() << "ROLLBACK failed:" << m_db.lastError().text();
    }
}

Result<void> TransactionGuard::commit()
{
    if (!m_active) {
        return m_beginError;
    }
    if (!m_db.commit()) {
        return Sql::storageError(m_db, QStringLiteral("COMMIT"));
    }
    m_active = false;
    return {};
}

} // namespace FundDesk::Core
