#include "app/cli/writesupport.h"

#include "app/apptr.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/db/sqlhelpers.h"
#include "core/services/fundopener.h"
#include "core/services/profileservice.h"

#include <QRegularExpression>

namespace FundDesk::App::WriteSupport {

std::optional<int> parseOrHelp(CommandOptions &options, CommandContext &context)
{
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    if (!options.positionalArguments().isEmpty()) {
        return usage(
            context, QString(),
            Tr::tr("unexpected argument “%1”.").arg(options.positionalArguments().first()));
    }
    return std::nullopt;
}

int usage(CommandContext &context, const QString &command, const QString &message)
{
    if (command.isEmpty()) {
        context.err << Tr::tr("funddesk: %1").arg(message) << '\n';
    } else {
        //: %1 is the command ("contribution add"), %2 what is wrong with the call
        context.err << Tr::tr("funddesk %1: %2").arg(command, message) << '\n';
    }
    return ExitCode::Usage;
}

int failure(CommandContext &context, const QString &command, const Core::Error &error)
{
    if (error.detail.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)) {
        // SQLite rolled the write back; the user needs to know why and what to do.
        context.err << Tr::tr(
                           "funddesk %1: the disk is full, so nothing was saved and the fund "
                           "is unchanged. Free some space and try again.")
                           .arg(command)
                    << '\n';
        return ExitCode::Failure;
    }
    context.err << Tr::tr("funddesk %1: %2").arg(command, error.message) << '\n';
    return error.code == Core::ErrorCode::Usage ? ExitCode::Usage : ExitCode::Failure;
}

int acknowledge(CommandContext &context, const QString &command, const Core::Database &database,
                const QString &line)
{
    if (auto inPlace = database.checkFileInPlace(); !inPlace) {
        return failure(context, command, inPlace.error());
    }
    context.out << line << Qt::endl; // endl flushes: the line is out before the process ends
    return ExitCode::Success;
}

Core::Result<std::unique_ptr<Core::Database>> openForWriting(const CommandOptions &options)
{
    return openFund(options.databasePath(), FundUse::Write);
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text.trimmed()).hasMatch()) {
        return std::nullopt;
    }
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Core::Result<Core::Profile> findProfile(const QSqlDatabase &db, const QString &nameOrId)
{
    const QString wanted = nameOrId.trimmed();
    const auto profiles = Core::ProfileService(db).list();
    if (!profiles) {
        return profiles.error();
    }
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    for (const Core::Profile &profile : *profiles) {
        if ((isNumber && profile.id.value() == id) ||
            profile.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return profile;
        }
    }
    return Core::makeError(Core::ErrorCode::NotFound,
                           Tr::tr("no profile is named “%1”. “funddesk profile list” shows them; "
                                  "“funddesk profile add” adds one.")
                               .arg(wanted),
                           {}, QStringLiteral("as"));
}

namespace {

Core::Error unknownItem(const QString &reference)
{
    return Core::makeError(
        Core::ErrorCode::NotFound,
        Tr::tr("no item has the reference “%1”. Give an activity's reference (CB-2026-014), or "
               "activity:N or sponsorship:N with the item's number.")
            .arg(reference),
        {}, QStringLiteral("item"));
}

// Whether the row exists in the table of its kind (a fixed name, never user text).
Core::Result<bool> exists(const QSqlDatabase &db, const Core::WorkflowItem &item)
{
    const QString table = item.kind == Core::WorkflowItemKind::Sponsorship
                              ? QStringLiteral("sponsorships")
                              : QStringLiteral("activities");
    auto query = Core::Sql::prepare(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    if (!query) {
        return query.error();
    }
    query->addBindValue(item.id);
    if (auto done = Core::Sql::execPrepared(*query, QStringLiteral("find item")); !done) {
        return done.error();
    }
    return query->next();
}

} // namespace

Core::Result<Core::WorkflowItem> findItem(const QSqlDatabase &db, const QString &reference)
{
    const QString wanted = reference.trimmed();
    const qsizetype colon = wanted.indexOf(QLatin1Char(':'));
    if (colon > 0) {
        const auto kind = Core::workflowItemKindFromKey(wanted.left(colon).toLower());
        bool ok = false;
        const qint64 id = wanted.mid(colon + 1).toLongLong(&ok);
        if (!kind || !ok || id <= 0) {
            return unknownItem(wanted);
        }
        const Core::WorkflowItem item{*kind, id};
        const auto found = exists(db, item);
        if (!found) {
            return found.error();
        }
        if (!*found) {
            return unknownItem(wanted);
        }
        return item;
    }
    auto query = Core::Sql::prepare(
        db, QStringLiteral("SELECT id FROM activities WHERE reference = ? COLLATE NOCASE"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(wanted);
    if (auto done = Core::Sql::execPrepared(*query, QStringLiteral("find activity")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return unknownItem(wanted);
    }
    return Core::WorkflowItem::activity(query->value(0).toLongLong());
}

QString itemReference(const QSqlDatabase &db, const Core::WorkflowItem &item)
{
    if (item.kind == Core::WorkflowItemKind::Activity) {
        auto query =
            Core::Sql::prepare(db, QStringLiteral("SELECT reference FROM activities WHERE id = ?"));
        if (query) {
            query->addBindValue(item.id);
            if (Core::Sql::execPrepared(*query, QStringLiteral("activity reference")) &&
                query->next()) {
                return query->value(0).toString();
            }
        }
    }
    return Core::workflowItemKindKey(item.kind) + QLatin1Char(':') + QString::number(item.id);
}

QString optionKey(const QString &text)
{
    return text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace FundDesk::App::WriteSupport
