#include "core/io/importerrors.h"

#include "core/coretr.h"

#include <utility>

namespace FundDesk::Core {

Error importRowError(int line, Error error)
{
    //: %1 is a line number of a CSV file, %2 why its record was refused
    error.message = Tr::tr("Line %1: %2").arg(QString::number(line), error.message);
    return error;
}

Error importCancelledError()
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("The import was cancelled; nothing was "
                                                     "written."));
}

} // namespace FundDesk::Core
