#pragma once

#include "app/cli/commandlinerunner.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace FundDesk::Test {

// One in-process run of the command line: its exit code and both streams.
struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

inline Outcome run(const QStringList &arguments)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    outcome.code = App::CommandLineRunner::run(arguments, out, err);
    out.flush();
    err.flush();
    return outcome;
}

} // namespace FundDesk::Test
