#pragma once

#include "core/domain/result.h"

#include <QString>

#include <functional>

namespace FundDesk::Core {

class Database;

// A consistent copy of an open fund (VACUUM INTO, safe while the app writes), written under a
// temporary name and renamed into place, readable by the owner only.
class BackupWriter final
{
public:
    static Result<void> write(const Database &database, const QString &targetPath);
    // The same for the fund in fundPath, through a read-only connection of its own opened and
    // closed on the calling thread (so a worker thread can copy a large fund while the window
    // answers): keepGoing is polled while SQLite copies; false stops the copy, removes the
    // partial file and gives ErrorCode::Cancelled.
    static Result<void> write(const QString &fundPath, const QString &targetPath,
                              const std::function<bool()> &keepGoing);
    // Where the copy is written until it is complete (its size shows the progress).
    static QString partialPath(const QString &targetPath);
};

} // namespace FundDesk::Core
