#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/moneyoptions.h"
#include "app/cli/writesupport.h"
#include "core/db/auditactor.h"
#include "core/db/transactionguard.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataservice.h"

namespace FundDesk::App {

namespace {

const QString contributionAddCommand = QStringLiteral("contribution add");

// The donor by number, by name (any case), or a State by its ISO3 code (created on first use).
Core::Result<Core::DonorId> findDonor(const QSqlDatabase &db, const CommandOptions &options)
{
    const auto reference = Core::ReferenceDataService::load(db);
    if (!reference) {
        return reference.error();
    }
    Core::DonorService donors(db, *reference);
    const auto all = donors.all();
    if (!all) {
        return all.error();
    }
    if (options.isSet(QStringLiteral("donor-id"))) {
        bool ok = false;
        const qint64 id = options.value(QStringLiteral("donor-id")).toLongLong(&ok);
        for (const Core::Donor &donor : *all) {
            if (ok && donor.id.value() == id) {
                return donor.id;
            }
        }
        return Core::makeError(
            Core::ErrorCode::NotFound,
            Tr::tr("no donor has the number “%1”.").arg(options.value(QStringLiteral("donor-id"))),
            {}, QStringLiteral("donor"));
    }
    const QString name = options.value(QStringLiteral("donor")).trimmed();
    for (const Core::Donor &donor : *all) {
        if (donor.name.compare(name, Qt::CaseInsensitive) == 0) {
            return donor.id;
        }
    }
    if (reference->contains(name.toUpper())) {
        const auto state = donors.stateDonor(name.toUpper());
        if (!state) {
            return state.error();
        }
        return state->id;
    }
    return Core::makeError(Core::ErrorCode::NotFound,
                           Tr::tr("no donor is named “%1”. Add it with “funddesk donor add”, or "
                                  "give a State's ISO3 code.")
                               .arg(name),
                           {}, QStringLiteral("donor"));
}

int runContributionAdd(CommandContext &context)
{
    CommandOptions options(contributionAddCommand, Tr::tr("Record a pledge or a receipt."));
    options.addDatabaseOption();
    //: placeholders in command-line help are in capitals
    options.addOption({QStringLiteral("donor"), Tr::tr("The donor's name, or a State's ISO3 code."),
                       Tr::tr("NAME")});
    options.addOption({QStringLiteral("donor-id"), Tr::tr("The donor's number."), Tr::tr("ID")});
    options.addOption({QStringLiteral("type"), Tr::tr("pledge or receipt."), Tr::tr("TYPE")});
    WriteSupport::addMoneyOnDayOptions(
        options, Tr::tr("The amount in the contribution's currency, such as 123.45."));
    options.addOption(
        {QStringLiteral("reference"), Tr::tr("The donor's or bank's reference."), Tr::tr("REF")});
    options.addOption({QStringLiteral("as"),
                       Tr::tr("The profile recorded in the audit trail (name or number)."),
                       Tr::tr("PROFILE")});
    if (const auto done = WriteSupport::parseOrHelp(options, context)) {
        return *done;
    }
    if (options.isSet(QStringLiteral("donor")) == options.isSet(QStringLiteral("donor-id"))) {
        return WriteSupport::usage(context, contributionAddCommand,
                                   Tr::tr("give the donor with --donor NAME or --donor-id ID."));
    }
    const auto type = Core::contributionTypeFromKey(
        WriteSupport::optionKey(options.value(QStringLiteral("type"))));
    if (!type) {
        return WriteSupport::usage(context, contributionAddCommand,
                                   Tr::tr("--type takes pledge or receipt, not “%1”.")
                                       .arg(options.value(QStringLiteral("type"))));
    }
    const auto money = WriteSupport::readMoneyOnDay(options);
    if (!money) {
        return WriteSupport::failure(context, contributionAddCommand, money.error());
    }

    auto database = WriteSupport::openForWriting(options);
    if (!database) {
        return WriteSupport::failure(context, contributionAddCommand, database.error());
    }
    const QSqlDatabase db = (*database)->connection();
    Core::TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return WriteSupport::failure(context, contributionAddCommand, transaction.beginError());
    }
    std::optional<Core::AuditActor::Scope> actor;
    if (options.isSet(QStringLiteral("as"))) {
        const auto profile = WriteSupport::findProfile(db, options.value(QStringLiteral("as")));
        if (!profile) {
            return WriteSupport::failure(context, contributionAddCommand, profile.error());
        }
        actor.emplace(db, *profile);
        if (!actor->isActive()) {
            return WriteSupport::failure(context, contributionAddCommand, actor->error());
        }
    }
    const auto donor = findDonor(db, options);
    if (!donor) {
        return WriteSupport::failure(context, contributionAddCommand, donor.error());
    }
    Core::Contribution contribution;
    contribution.donorId = *donor;
    contribution.type = *type;
    contribution.date = money->date;
    contribution.amount = money->amount;
    contribution.usdRate = money->usdRate;
    contribution.reference = options.value(QStringLiteral("reference")).trimmed();
    const auto id = Core::ContributionService(db).record(contribution);
    if (!id) {
        return WriteSupport::failure(context, contributionAddCommand, id.error());
    }
    actor.reset(); // puts the previous actor back inside the transaction
    if (auto committed = transaction.commit(); !committed) {
        return WriteSupport::failure(context, contributionAddCommand, committed.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 is the record's number
    return WriteSupport::acknowledge(context, contributionAddCommand, **database,
                                     Tr::tr("recorded contribution %1").arg(id->value()));
}

} // namespace

int runContribution(CommandContext &context)
{
    const QString action = context.arguments.value(0);
    if (action == QLatin1String("add")) {
        CommandContext rest{context.arguments.mid(1), context.out, context.err};
        return runContributionAdd(rest);
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out << Tr::tr(
                           "Usage: funddesk contribution add --donor NAME --type pledge|receipt "
                           "--amount AMOUNT --currency CODE [--usd-rate RATE] --date DATE "
                           "[--reference REF] [--database PATH]")
                    << '\n';
        return ExitCode::Success;
    }
    return WriteSupport::usage(
        context, QStringLiteral("contribution"),
        Tr::tr("unknown or missing action “%1”; “funddesk contribution add --help” lists the "
               "options.")
            .arg(action));
}

} // namespace FundDesk::App
