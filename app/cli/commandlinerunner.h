#pragma once

#include <QStringList>
#include <QTextStream>

namespace FundDesk::App {

// The headless front door: `funddesk <command> [options]`. Calls the same core services as the
// window. Returns the process exit code (see ExitCode).
class CommandLineRunner final
{
public:
    // True when the arguments (without the program name) ask for headless mode.
    static bool wantsCommandLine(const QStringList &arguments);
    // True when the command draws documents and so needs a QGuiApplication.
    static bool needsGui(const QStringList &arguments);

    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace FundDesk::App
