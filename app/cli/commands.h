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
    bool needsGui = false; // renders documents: main.cpp starts a QGuiApplication (offscreen)
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
int runDashboard(CommandContext &context);
int runChart(CommandContext &context);
int runImport(CommandContext &context);
int runExport(CommandContext &context);
int runPacket(CommandContext &context);
int runReport(CommandContext &context);
int runPublish(CommandContext &context);
int runContribution(CommandContext &context);
int runDonor(CommandContext &context);
int runTransition(CommandContext &context);
int runDisburse(CommandContext &context);
int runPeriod(CommandContext &context);
int runProfile(CommandContext &context);

} // namespace FundDesk::App
