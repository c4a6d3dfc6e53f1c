#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/writesupport.h"
#include "core/db/auditactor.h"
#include "core/db/transactionguard.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::App {

namespace {

const QString command = QStringLiteral("donor add");

QString kindKeys()
{
    QStringList keys;
    const auto kinds = Core::allDonorKinds();
    for (const Core::DonorKind kind : kinds) {
        keys << Core::donorKindKey(kind).replace(QLatin1Char('_'), QLatin1Char('-'));
    }
    return keys.join(QStringLiteral(", "));
}

int runAdd(CommandContext &context)
{
    CommandOptions options(command, Tr::tr("Add a donor."));
    options.addDatabaseOption();
    options.addOption({QStringLiteral("name"),
                       Tr::tr("The donor's name (for a State, the reference name is used)."),
                       Tr::tr("NAME")});
    //: %1 lists the kinds
    options.addOption(
        {QStringLiteral("kind"), Tr::tr("One of: %1.").arg(kindKeys()), Tr::tr("KIND")});
    options.addOption({QStringLiteral("country"),
                       Tr::tr("ISO3 code: the State itself, or the seat of another donor."),
                       Tr::tr("ISO3")});
    options.addOption(
        {QStringLiteral("cleared"), Tr::tr("The UN's due diligence has cleared the donor (¶14).")});
    options.addOption({QStringLiteral("as"),
                       Tr::tr("The profile recorded in the audit trail (name or number)."),
                       Tr::tr("PROFILE")});
    if (const auto done = WriteSupport::parseOrHelp(options, context)) {
        return *done;
    }
    const auto kind =
        Core::donorKindFromKey(WriteSupport::optionKey(options.value(QStringLiteral("kind"))));
    if (!kind) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("--kind takes one of %1, not “%2”.")
                                       .arg(kindKeys(), options.value(QStringLiteral("kind"))));
    }
    Core::Donor donor;
    donor.kind = *kind;
    donor.name = options.value(QStringLiteral("name")).trimmed();
    const QString country = options.value(QStringLiteral("country")).trimmed().toUpper();
    if (Core::isStateDonor(*kind)) {
        donor.stateIso3 = country;
    } else {
        donor.countryIso3 = country;
    }
    if (Core::needsDueDiligence(*kind)) {
        donor.dueDiligence.status = options.isSet(QStringLiteral("cleared"))
                                        ? Core::DueDiligenceStatus::Cleared
                                        : Core::DueDiligenceStatus::Pending;
        if (options.isSet(QStringLiteral("cleared"))) {
            donor.dueDiligence.date = QDate::currentDate();
        }
    }

    auto database = WriteSupport::openForWriting(options);
    if (!database) {
        return WriteSupport::failure(context, command, database.error());
    }
    const QSqlDatabase db = (*database)->connection();
    const auto reference = Core::ReferenceDataService::load(db);
    if (!reference) {
        return WriteSupport::failure(context, command, reference.error());
    }
    Core::TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return WriteSupport::failure(context, command, transaction.beginError());
    }
    std::optional<Core::AuditActor::Scope> actor;
    if (options.isSet(QStringLiteral("as"))) {
        const auto profile = WriteSupport::findProfile(db, options.value(QStringLiteral("as")));
        if (!profile) {
            return WriteSupport::failure(context, command, profile.error());
        }
        actor.emplace(db, *profile);
        if (!actor->isActive()) {
            return WriteSupport::failure(context, command, actor->error());
        }
    }
    const auto id = Core::DonorService(db, *reference).add(donor);
    if (!id) {
        return WriteSupport::failure(context, command, id.error());
    }
    actor.reset();
    if (auto committed = transaction.commit(); !committed) {
        return WriteSupport::failure(context, command, committed.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 is the record's number
    return WriteSupport::acknowledge(context, command, **database,
                                     Tr::tr("added donor %1").arg(id->value()));
}

} // namespace

int runDonor(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    if (action == QLatin1String("add")) {
        CommandContext rest{context.arguments.mid(1), context.out, context.err};
        return runAdd(rest);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out << Tr::tr(
                           "Usage: funddesk donor add --name NAME --kind KIND [--country ISO3] "
                           "[--cleared] [--database PATH]")
                    << '\n';
        return ExitCode::Success;
    }
    return WriteSupport::usage(
        context, QStringLiteral("donor"),
        Tr::tr("unknown or missing action “%1”; “funddesk donor add --help” lists the options.")
            .arg(action));
}

} // namespace FundDesk::App
