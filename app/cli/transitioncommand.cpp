#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/writesupport.h"
#include "core/services/workflowservice.h"

namespace FundDesk::App {

int runTransition(CommandContext &context)
{
    const QString command = QStringLiteral("transition");
    CommandOptions options(command,
                           Tr::tr("Move a sponsorship or an activity to its next status (¶18), "
                                  "with who and why."));
    options.addDatabaseOption();
    options.addOption({QStringLiteral("item"),
                       Tr::tr("The activity's reference (CB-2026-014), or activity:N or "
                              "sponsorship:N."),
                       Tr::tr("REF")});
    options.addOption({QStringLiteral("to"),
                       Tr::tr("The new status, such as submitted, eligible, under-review, "
                              "recommended, approved."),
                       Tr::tr("STATUS")});
    options.addOption({QStringLiteral("note"),
                       Tr::tr("Why: required for recommendations and decisions."), Tr::tr("TEXT")});
    options.addOption({QStringLiteral("amount"),
                       Tr::tr("The approved amount in USD (default: what was requested)."),
                       Tr::tr("USD")});
    options.addOption(
        {QStringLiteral("as"), Tr::tr("The acting profile (name or number)."), Tr::tr("PROFILE")});
    if (const auto done = WriteSupport::parseOrHelp(options, context)) {
        return *done;
    }
    if (options.value(QStringLiteral("item")).trimmed().isEmpty()) {
        return WriteSupport::usage(context, command, Tr::tr("give the item with --item REF."));
    }
    if (options.value(QStringLiteral("as")).trimmed().isEmpty()) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("give the acting profile with --as PROFILE."));
    }
    const auto to = Core::applicationStatusFromKey(
        WriteSupport::optionKey(options.value(QStringLiteral("to"))));
    if (!to) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("--to takes a status such as submitted or approved, "
                                          "not “%1”.")
                                       .arg(options.value(QStringLiteral("to"))));
    }
    std::optional<Core::Money> amount;
    if (options.isSet(QStringLiteral("amount"))) {
        const auto parsed =
            Core::Money::parse(options.value(QStringLiteral("amount")), QStringLiteral("USD"));
        if (!parsed) {
            return WriteSupport::usage(context, command,
                                       Tr::tr("--amount: %1").arg(parsed.error().message));
        }
        amount = *parsed;
    }

    auto database = WriteSupport::openForWriting(options);
    if (!database) {
        return WriteSupport::failure(context, command, database.error());
    }
    const QSqlDatabase db = (*database)->connection();
    const auto profile = WriteSupport::findProfile(db, options.value(QStringLiteral("as")));
    if (!profile) {
        return WriteSupport::failure(context, command, profile.error());
    }
    const auto item = WriteSupport::findItem(db, options.value(QStringLiteral("item")));
    if (!item) {
        return WriteSupport::failure(context, command, item.error());
    }
    if (auto moved = Core::WorkflowService(db).transition(
            *item, *to, options.value(QStringLiteral("note")), *profile, amount);
        !moved) {
        return WriteSupport::failure(context, command, moved.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 the item, %2 a status key
    return WriteSupport::acknowledge(
        context, command, **database,
        Tr::tr("moved %1 to %2")
            .arg(WriteSupport::itemReference(db, *item), Core::applicationStatusKey(*to)));
}

} // namespace FundDesk::App
