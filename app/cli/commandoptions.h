#pragma once

#include "app/cli/commandcontext.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace FundDesk::App {

// Parses one command's options without ever exiting the process (QCommandLineParser::process
// would). On a bad call it writes the reason to err and returns nullopt.
class CommandOptions final
{
public:
    CommandOptions(const QString &command, const QString &description);

    void addDatabaseOption();
    void addOption(const QCommandLineOption &option);
    bool parse(CommandContext &context);

    QString value(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    QString helpText() const { return m_parser.helpText(); }

    // --database, or the default fund file.
    QString databasePath() const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};

} // namespace FundDesk::App
