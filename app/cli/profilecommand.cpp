#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/writesupport.h"
#include "app/cli/openfund.h"
#include "core/services/fundopener.h"
#include "core/services/profileservice.h"

namespace FundDesk::App {

namespace {

// fund-manager, finance-assistant, hr-office (the High Representative's office).
std::optional<Core::ProfileRole> roleFromOption(const QString &text)
{
    const QString key = WriteSupport::optionKey(text);
    if (key == QLatin1String("hr_office") || key == QLatin1String("hr")) {
        return Core::ProfileRole::HighRepresentativeOffice;
    }
    return Core::profileRoleFromKey(key);
}

QString roleOption(Core::ProfileRole role)
{
    return role == Core::ProfileRole::HighRepresentativeOffice
               ? QStringLiteral("hr-office")
               : Core::profileRoleKey(role).replace(QLatin1Char('_'), QLatin1Char('-'));
}

int runAdd(CommandContext &context)
{
    const QString command = QStringLiteral("profile add");
    CommandOptions options(command, Tr::tr("Add a local profile (¶15, ¶18)."));
    options.addDatabaseOption();
    options.addOption({QStringLiteral("name"), Tr::tr("The person's name."), Tr::tr("NAME")});
    options.addOption({QStringLiteral("role"),
                       Tr::tr("fund-manager, finance-assistant or hr-office (the High "
                              "Representative's office)."),
                       Tr::tr("ROLE")});
    if (const auto done = WriteSupport::parseOrHelp(options, context)) {
        return *done;
    }
    const auto role = roleFromOption(options.value(QStringLiteral("role")));
    if (!role) {
        return WriteSupport::usage(
            context, command,
            Tr::tr("--role takes fund-manager, finance-assistant or hr-office, not “%1”.")
                .arg(options.value(QStringLiteral("role"))));
    }
    auto database = WriteSupport::openForWriting(options);
    if (!database) {
        return WriteSupport::failure(context, command, database.error());
    }
    Core::Profile profile;
    profile.name = options.value(QStringLiteral("name"));
    profile.role = *role;
    const auto id = Core::ProfileService((*database)->connection()).add(profile);
    if (!id) {
        return WriteSupport::failure(context, command, id.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 is the record's number
    return WriteSupport::acknowledge(context, command, **database,
                                     Tr::tr("added profile %1").arg(id->value()));
}

int runList(CommandContext &context)
{
    const QString command = QStringLiteral("profile list");
    CommandOptions options(command, Tr::tr("List the local profiles: number, role, name."));
    options.addDatabaseOption();
    if (const auto done = WriteSupport::parseOrHelp(options, context)) {
        return *done;
    }
    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        return WriteSupport::failure(context, command, database.error());
    }
    const auto profiles = Core::ProfileService((*database)->connection()).list();
    if (!profiles) {
        return WriteSupport::failure(context, command, profiles.error());
    }
    for (const Core::Profile &profile : *profiles) {
        context.out << profile.id.value() << '\t' << roleOption(profile.role) << '\t'
                    << profile.name << '\n';
    }
    return ExitCode::Success;
}

} // namespace

int runProfile(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    CommandContext rest{context.arguments.mid(1), context.out, context.err};
    if (action == QLatin1String("add")) {
        return runAdd(rest);
    }
    if (action == QLatin1String("list")) {
        return runList(rest);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out << Tr::tr(
                           "Usage: funddesk profile add --name NAME --role ROLE | funddesk "
                           "profile list [--database PATH]")
                    << '\n';
        return ExitCode::Success;
    }
    return WriteSupport::usage(
        context, QStringLiteral("profile"),
        Tr::tr("unknown or missing action “%1”; use add or list.").arg(action));
}

} // namespace FundDesk::App
