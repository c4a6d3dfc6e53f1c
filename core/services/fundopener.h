#pragma once

#include "core/db/auditchain.h"
#include "core/db/database.h"
#include "core/domain/result.h"

#include <functional>
#include <memory>

namespace FundDesk::Core {

// The long steps of opening a fund, for a progress display.
enum class FundOpenStep {
    CheckingFile,        // PRAGMA quick_check and the data version
    VerifyingAuditTrail, // AuditChain::verify, done of total entries
    Upgrading,           // schema steps (with a copy kept) and the reference States
};

// What inspect() found in an existing file.
struct FundFileInspection
{
    bool exists = false;
    int dataVersion = 0;
    AuditVerification audit; // intact when the file has no audit trail yet
};

// The one way both front doors open a fund: check the file, upgrade its schema (keeping a copy),
// and load the reference States on first open.
//
// The command line calls open(). The window splits the same work so the long part runs off its
// thread: inspect() and prepareForWriting() on a worker thread (each on connections of its own,
// removed before it returns), then openChecked() on the window's thread, which skips the file
// check inspect() already made.
class FundOpener final
{
public:
    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  Database::Mode mode = Database::Mode::ReadWrite);
    // The same with the check of an existing file chosen (the overload above: Integrity). The
    // command line chooses per command in one place (app/cli/openfund.h).
    static Result<std::unique_ptr<Database>> open(const QString &path, Database::Mode mode,
                                                  Database::FileCheck check);

    // progress(step, done, total) is called at each step and while it runs (total 0: unknown);
    // returning false stops at the next chance with ErrorCode::Cancelled.
    using Progress = std::function<bool(FundOpenStep step, qint64 done, qint64 total)>;

    // Reads only: the file's pages (quick_check: the full integrity_check stays with
    // `funddesk check`), its data version and its audit chain. A missing file is not an error
    // (exists is false). Nothing is written, so a cancelled or refused file is untouched.
    static Result<FundFileInspection> inspect(const QString &path, const Progress &progress);

    // The writing part of a read-write open: creates a new file, upgrades an older schema and
    // loads the reference States. Cancel is honoured before it starts, not during an upgrade
    // step (each is one transaction anyway).
    static Result<void> prepareForWriting(const QString &path, const Progress &progress);

    // open() without the file check, for a file inspect() (and, read-write,
    // prepareForWriting()) handled moments ago.
    static Result<std::unique_ptr<Database>> openChecked(const QString &path, Database::Mode mode);

    // The schema version this FundDesk writes.
    static int schemaVersion();
};

} // namespace FundDesk::Core
