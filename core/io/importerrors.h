#pragma once

#include "core/domain/result.h"

namespace FundDesk::Core {

// A service refused the record of one line while an import wrote it: the same error, its
// message prefixed with the line so the manager finds the row.
Error importRowError(int line, Error error);
// Progress said stop while an import wrote; the caller's transaction rolls back.
Error importCancelledError();

} // namespace FundDesk::Core
