#pragma once

#include "core/domain/result.h"
#include "core/services/scenarioplanner.h"

#include <QList>
#include <QSqlDatabase>

namespace FundDesk::Core {

// The planner's saved scenarios, in the fund's settings table so they travel with the file.
class ScenarioStore final
{
public:
    explicit ScenarioStore(QSqlDatabase db);

    // Empty when none was saved; a damaged entry is skipped, not fatal.
    Result<QList<ScenarioInputs>> load() const;
    // Adds the scenario, or replaces the one with the same name. Error::field "name" when the
    // name is empty.
    Result<void> save(const ScenarioInputs &scenario);
    Result<void> remove(const QString &name);

private:
    Result<void> write(const QList<ScenarioInputs> &scenarios);

    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
