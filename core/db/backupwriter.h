#pragma once

#include "core/domain/result.h"

#include <QString>

namespace FundDesk::Core {

class Database;

// A consistent copy of an open fund (VACUUM INTO, safe while the app writes), written under a
// temporary name and renamed into place, readable by the owner only.
class BackupWriter final
{
public:
    static Result<void> write(const Database &database, const QString &targetPath);
};

} // namespace FundDesk::Core
