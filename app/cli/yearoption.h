#pragma once

#include "app/cli/commandcontext.h"
#include "app/cli/commandoptions.h"

#include <optional>

namespace FundDesk::App {

// --year as every command that reports on a year takes it (status, dashboard, chart, report,
// publish): a year from 2000 to 2200.
void addYearOption(CommandOptions &options, const QString &help);

// The year asked for; when --year is absent, this year, or (when `required`) a usage message.
// nullopt after writing why to err (the caller returns ExitCode::Usage).
std::optional<int> readYearOption(const CommandOptions &options, CommandContext &context,
                                  const QString &command, bool required = false);

} // namespace FundDesk::App
