#pragma once

#include "core/db/database.h"
#include "core/domain/result.h"

#include <QString>

#include <memory>

namespace FundDesk::App {

// What a command does with the fund. The one place the command line decides how much of an
// existing file is checked before a command uses it (issue 11: the full integrity_check was
// 2.5 s of a 2.9 s `funddesk dashboard` at scale 100).
enum class FundUse {
    Read,   // reads only (dashboard, chart, status, slate, packet, report, publish, export,
            // audit, profile list): the header, schema pages and data version, opened
            // read-only; damage further in is reported by the read that reaches it
    Backup, // copies the fund (backup): every page is checked (quick_check) so a damaged
            // file is refused rather than copied into a backup that looks sound; read-only
    Write, // changes the fund (demo, import, the add and workflow commands, period): every
           // page is checked (quick_check) before anything is written
    Check, // `funddesk check`: the full integrity_check, read-only
};

Core::Database::FileCheck fileCheckFor(FundUse use);

// Opens the fund at path for the use: read-only for Read, Backup and Check, read-write (upgrading the
// schema, taking the single-writer lock) for Write.
Core::Result<std::unique_ptr<Core::Database>> openFund(const QString &path, FundUse use);

} // namespace FundDesk::App
