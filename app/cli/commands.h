#pragma once

#include "app/cli/commandcontext.h"

#include <QList>
#include <QString>

#include <functional>

namespace FundDesk::App {

struct Command
{
    QString name;
    std::function<QString()> summary; // translated when asked, so a language switch applies
    std::function<int(CommandContext &)> run;
};

// Every command of the command line, in the order `funddesk --help` lists them.
QList<Command> allCommands();

int runCheck(CommandContext &context);
int runDemo(CommandContext &context);
int runStatus(CommandContext &context);
int runSlate(CommandContext &context);
int runBackup(CommandContext &context);
int runRestore(CommandContext &context);
int runAudit(CommandContext &context);

} // namespace FundDesk::App
