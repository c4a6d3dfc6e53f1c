#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Begins a transaction in the constructor; rolls back in the destructor unless commit()
// succeeded. Every write path holds one, so nothing is ever half-written.
//
// Guards nest: inside another guard on the same connection, a guard is a SAVEPOINT, so a
// service that guards its own writes can run inside a larger all-or-nothing unit (an import,
// the demo fund). An inner rollback undoes only the inner work; an outer rollback undoes all.
class TransactionGuard final
{
public:
    explicit TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    // False when BEGIN failed; beginError() says why.
    bool isActive() const { return m_active; }
    const Error &beginError() const { return m_beginError; }
    bool isNested() const { return m_depth > 0; }

    Result<void> commit();

private:
    void rollback();

    QSqlDatabase m_db;
    Error m_beginError;
    int m_depth = 0; // guards already open on this connection when this one began
    bool m_active = false;
};

} // namespace FundDesk::Core
