#pragma once

#include "app/cli/commandcontext.h"
#include "app/cli/commandoptions.h"
#include "core/db/database.h"
#include "core/domain/profile.h"
#include "core/domain/result.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace FundDesk::App::WriteSupport {

// What the write commands share: parsing their call, opening the fund for writing, finding the
// acting profile and the item, and reporting errors the same way (exit 1 for refused work, 2
// for a wrong call). A write's acknowledgement is printed only after its COMMIT and flushed at
// once, so a script (or the crash harness) that reads it knows the write is on disk.

// Parses the options; returns the exit code when the command is done already (a wrong call,
// or --help printed), nothing when it should go on.
std::optional<int> parseOrHelp(CommandOptions &options, CommandContext &context);

// Writes "funddesk <command>: message" to err and returns ExitCode::Usage.
int usage(CommandContext &context, const QString &command, const QString &message);
// Writes "funddesk <command>: message" to err; Usage for ErrorCode::Usage, Failure otherwise.
int failure(CommandContext &context, const QString &command, const Core::Error &error);
// Prints the acknowledgement line and flushes it, returning ExitCode::Success; but when the
// fund's file was deleted or replaced while the command ran, the write is lost with it: that is
// reported instead (ExitCode::Failure) and nothing is acknowledged.
int acknowledge(CommandContext &context, const QString &command, const Core::Database &database,
                const QString &line);

// Opens the fund read-write (after quick_check; upgrading it, taking the single-writer lock).
Core::Result<std::unique_ptr<Core::Database>> openForWriting(const CommandOptions &options);

// YYYY-MM-DD only, so a script's date never depends on the locale.
std::optional<QDate> parseIsoDate(const QString &text);

// A profile by its name (any case) or its number.
Core::Result<Core::Profile> findProfile(const QSqlDatabase &db, const QString &nameOrId);

// An item reference as the command line writes it: an activity's own reference
// ("CB-2026-014"), or the kind and row number ("activity:7", "sponsorship:42"), since
// sponsorships have no reference of their own.
Core::Result<Core::WorkflowItem> findItem(const QSqlDatabase &db, const QString &reference);
// How the acknowledgement names an item: its reference for an activity, "sponsorship:42".
QString itemReference(const QSqlDatabase &db, const Core::WorkflowItem &item);

// The option keys accept '-' for '_' ("under-review"), as command lines usually spell them.
QString optionKey(const QString &text);

} // namespace FundDesk::App::WriteSupport
