#pragma once

#include <QStringList>
#include <QTextStream>

namespace FundDesk::App {

// What a command gets: its own arguments (after the command name) and the two streams.
struct CommandContext
{
    QStringList arguments;
    QTextStream &out;
    QTextStream &err;
};

} // namespace FundDesk::App
