#pragma once

#include "core/domain/result.h"
#include "core/domain/state.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringView>

#include <optional>

namespace FundDesk::Core {

// The `states` table: the reference list of UN Member and observer States. The only place
// with SQL for it. Writes do not open a transaction: the caller holds a TransactionGuard.
class StateRepository final
{
public:
    explicit StateRepository(QSqlDatabase db);

    Result<int> count() const;
    // A State whose iso3 or m49 is already stored is refused with ErrorCode::Conflict.
    Result<void> insert(const State &state);
    // Every State, ordered by iso3.
    Result<QList<State>> all() const;
    // Nullopt when no State has that code.
    Result<std::optional<State>> find(QStringView iso3) const;

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
