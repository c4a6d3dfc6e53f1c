#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Begins a transaction in the constructor; rolls back in the destructor unless commit()
// succeeded. Every write path holds one, so nothing is ever half-written.
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

    Result<void> commit();

private:
    QSqlDatabase m_db;
    Error m_beginError;
    bool m_active = false;
};

} // namespace FundDesk::Core
