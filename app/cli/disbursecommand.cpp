#include "app/apptr.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
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
    options.addOption(
        {QStringLiteral("amount"), Tr::tr("The amount paid, such as 1250.00."), Tr::tr("AMOUNT")});
    options.addOption(
        {QStringLiteral("currency"), Tr::tr("The ISO 4217 code, such as EUR."), Tr::tr("CODE")});
    options.addOption({QStringLiteral("usd-rate"),
                       Tr::tr("USD per unit of the currency on the day (required unless USD)."),
                       Tr::tr("RATE")});
    options.addOption({QStringLiteral("payee"), Tr::tr("Who was paid."), Tr::tr("NAME")});
    options.addOption(
        {QStringLiteral("reference"), Tr::tr("The payment's reference."), Tr::tr("REF")});
    options.addOption({QStringLiteral("date"), Tr::tr("The date, YYYY-MM-DD."), Tr::tr("DATE")});
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
    const QString currency = options.value(QStringLiteral("currency")).trimmed().toUpper();
    if (currency.isEmpty()) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("give the currency with --currency CODE."));
    }
    const auto amount = Core::Money::parse(options.value(QStringLiteral("amount")), currency);
    if (!amount) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("--amount: %1").arg(amount.error().message));
    }
    Core::ExchangeRate rate;
    if (options.isSet(QStringLiteral("usd-rate"))) {
        const auto parsed = Core::ExchangeRate::parse(options.value(QStringLiteral("usd-rate")));
        if (!parsed) {
            return WriteSupport::usage(context, command,
                                       Tr::tr("--usd-rate: %1").arg(parsed.error().message));
        }
        rate = *parsed;
    } else if (currency != QLatin1String("USD")) {
        return WriteSupport::usage(
            context, command,
            Tr::tr("give the USD rate of %1 on the day with --usd-rate RATE.").arg(currency));
    }
    const auto date = WriteSupport::parseIsoDate(options.value(QStringLiteral("date")));
    if (!date) {
        return WriteSupport::usage(context, command,
                                   Tr::tr("--date takes a date as YYYY-MM-DD, not “%1”.")
                                       .arg(options.value(QStringLiteral("date"))));
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
    disbursement.date = *date;
    disbursement.amount = *amount;
    disbursement.usdRate = rate;
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
