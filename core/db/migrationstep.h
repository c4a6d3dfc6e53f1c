#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace FundDesk::Core {

// One forward-only schema step: brings the file from version - 1 to version. Released steps
// are never edited; a change to the schema is a new step.
struct MigrationStep
{
    int version = 0;
    QString description;
    std::function<Result<void>(QSqlDatabase &)> apply;
};

} // namespace FundDesk::Core
