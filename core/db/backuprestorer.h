#pragma once

#include "core/domain/result.h"

#include <QString>

namespace FundDesk::Core {

// Puts a backup in place of a fund's file. The backup is checked first — an SQLite file that
// passes integrity_check, with a data version this FundDesk can read — and nothing is replaced
// unless it passes. The replaced file (with its WAL) is kept beside, renamed, never deleted.
class BackupRestorer final
{
public:
    struct Outcome
    {
        QString keptAs; // where the replaced file went; empty if there was none
    };

    static Result<Outcome> restore(const QString &backupPath, const QString &databasePath,
                                   int newestSchemaVersion);
};

} // namespace FundDesk::Core
