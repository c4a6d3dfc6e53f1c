#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/moneyoptions.h"
#include "app/cli/writesupport.h"
#include "core/services/disbursementservice.h"

namespace FundDesk::App {

int runDisburse(CommandContext &context)
{
    const QString command = QStringLiteral("disburse");
    CommandOptions options(command,
                           Tr::tr("Record a payment against an approved item, or a refund of "
                                  "one."));
    options.addDatabaseOption();
    options.addOption({QStringLiteral("item"),
                       Tr::tr("The activity's reference (CB-2026-014), or activity:N or "
                              "sponsorship:N."),
                       Tr::tr("REF")});
    WriteSupport::addMoneyOnDayOptions(options, Tr::tr("The amount paid, such as 1250.00."));
    options.addOption({QStringLiteral("payee"), Tr::tr("Who was paid."), Tr::tr("NAME")});
    options.addOption(
        {QStringLiteral("reference"), Tr::tr("The payment's reference."), Tr::tr("REF")});
    options.addOption({QStringLiteral("refund"), Tr::tr("Record a refund of earlier payments.")});
    options.addOption(
        {QStringLiteral("reason"), Tr::tr("Why the money was refunded."), Tr::tr("TEXT")});
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
    const auto money = WriteSupport::readMoneyOnDay(options);
    if (!money) {
        return WriteSupport::failure(context, command, money.error());
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
    Core::Disbursement disbursement;
    disbursement.date = money->date;
    disbursement.amount = money->amount;
    disbursement.usdRate = money->usdRate;
    disbursement.payee = options.value(QStringLiteral("payee")).trimmed();
    disbursement.reference = options.value(QStringLiteral("reference")).trimmed();
    disbursement.item = *item;
    disbursement.refund = options.isSet(QStringLiteral("refund"));
    disbursement.refundReason = options.value(QStringLiteral("reason")).trimmed();
    const auto id = Core::DisbursementService(db).record(disbursement, *profile);
    if (!id) {
        return WriteSupport::failure(context, command, id.error());
    }
    //: acknowledgement of a write, printed after it is on disk; %1 is the record's number
    return WriteSupport::acknowledge(context, command, **database,
                                     disbursement.refund
                                         ? Tr::tr("recorded refund %1").arg(id->value())
                                         : Tr::tr("recorded disbursement %1").arg(id->value()));
}

} // namespace FundDesk::App
