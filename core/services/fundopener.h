#pragma once

#include "core/db/database.h"
#include "core/domain/result.h"

#include <memory>

namespace FundDesk::Core {

// The one way both front doors open a fund: check the file, upgrade its schema (keeping a copy),
// and load the reference States on first open.
class FundOpener final
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Database::Mode mode = Database::Mode::ReadWrite);

    // The schema version this FundDesk writes.
    static int schemaVersion();
};

} // namespace FundDesk::Core
