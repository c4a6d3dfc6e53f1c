#include "app/apptr.h"
#include "app/cli/commandoptions.h"
#include "app/cli/commands.h"
#include "app/cli/exitcode.h"
#include "app/cli/openfund.h"
#include "core/domain/moneyformat.h"
#include "core/services/fundopener.h"
#include "core/services/meetingservice.h"
#include "core/services/referencedataservice.h"
#include "core/services/slate/slateplanner.h"

namespace FundDesk::App {

namespace {

QString summary()
{
    return Tr::tr(
        "Propose the slate of sponsored delegates for a meeting, with its figures and "
        "the reason for every decision.");
}

// One line per applicant: name, State, gender, cost, score, then the reasons.
void printApplicant(QTextStream &out, const Core::SlateCandidate &candidate,
                    const Core::SlateDecision &decision, const QLocale &locale)
{
    const QString score = candidate.score ? QString::number(*candidate.score)
                                          //: no reviewer score, in a table cell
                                          : Tr::tr("none");
    out << Tr::tr("  %1 (%2, %3) — %4, score %5")
               .arg(candidate.applicantName, candidate.stateName,
                    Core::genderDisplayName(candidate.gender),
                    Core::MoneyFormat::format(candidate.cost, locale), score)
        << '\n';
    out << "      " << decision.reasons.join(QStringLiteral("; ")) << '\n';
}

} // namespace

int runSlate(CommandContext &context)
{
    CommandOptions options(QStringLiteral("slate"), summary());
    options.addDatabaseOption();
    options.addOption(QCommandLineOption(QStringLiteral("meeting"),
                                         Tr::tr("The meeting's reference, such as PM-2026-1."),
                                         //: placeholder for a meeting reference in help
                                         Tr::tr("REF")));
    options.addOption(
        QCommandLineOption(QStringLiteral("seats"),
                           Tr::tr("Seats to fill, from 1 to %1 (default: %2, the ¶20 small scale).")
                               .arg(Core::SlateRequest::maximumSeats)
                               .arg(Core::SlateRequest::smallScaleSeats),
                           //: placeholder for a number in command-line help
                           Tr::tr("N"), QString::number(Core::SlateRequest::smallScaleSeats)));
    options.addOption(QCommandLineOption(QStringLiteral("budget"),
                                         Tr::tr("The most the slate may cost, in USD."),
                                         //: placeholder for an amount in command-line help
                                         Tr::tr("USD")));
    if (!options.parse(context)) {
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("help"))) {
        context.out << options.helpText();
        return ExitCode::Success;
    }
    const QString reference = options.value(QStringLiteral("meeting")).trimmed();
    if (reference.isEmpty()) {
        context.err << Tr::tr("funddesk slate: give the meeting with --meeting REF.") << '\n';
        return ExitCode::Usage;
    }
    Core::SlateRequest request;
    bool seatsOk = false;
    request.seats = options.value(QStringLiteral("seats")).toInt(&seatsOk);
    if (!seatsOk || request.seats < 1 || request.seats > Core::SlateRequest::maximumSeats) {
        context.err << Tr::tr(
                           "funddesk slate: --seats takes a whole number from 1 to %1, not "
                           "“%2”.")
                           .arg(Core::SlateRequest::maximumSeats)
                           .arg(options.value(QStringLiteral("seats")))
                    << '\n';
        return ExitCode::Usage;
    }
    if (options.isSet(QStringLiteral("budget"))) {
        const auto budget =
            Core::Money::parse(options.value(QStringLiteral("budget")), QStringLiteral("USD"));
        if (!budget || budget->isNegative()) {
            context.err << Tr::tr(
                               "funddesk slate: --budget takes an amount in USD such as "
                               "120000 or 95000.50, not “%1”.")
                               .arg(options.value(QStringLiteral("budget")))
                        << '\n';
            return ExitCode::Usage;
        }
        request.budget = *budget;
    }

    auto database = openFund(options.databasePath(), FundUse::Read);
    if (!database) {
        context.err << Tr::tr("funddesk slate: %1").arg(database.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto states = Core::ReferenceDataService::load((*database)->connection());
    if (!states) {
        context.err << Tr::tr("funddesk slate: %1").arg(states.error().message) << '\n';
        return ExitCode::Failure;
    }
    const auto meeting = Core::MeetingService((*database)->connection()).findByReference(reference);
    if (!meeting) {
        context.err << Tr::tr("funddesk slate: %1").arg(meeting.error().message) << '\n';
        return ExitCode::Failure;
    }
    const QLocale locale;
    const Core::Language language = Core::languageForLocale(locale);
    const Core::SlatePlanner planner((*database)->connection(), *states);
    const auto candidates = planner.candidates(meeting->id, language);
    const auto slate = planner.propose(meeting->id, request, language);
    if (!candidates || !slate) {
        context.err << Tr::tr("funddesk slate: %1")
                           .arg(!candidates ? candidates.error().message : slate.error().message)
                    << '\n';
        return ExitCode::Failure;
    }

    //: %1 meeting reference, %2 its name, %3 city, %4 and %5 first and last day
    context.out << Tr::tr("%1 — %2, %3, %4 to %5")
                       .arg(meeting->reference, meeting->name, meeting->city,
                            locale.toString(meeting->start, QLocale::ShortFormat),
                            locale.toString(meeting->end, QLocale::ShortFormat))
                << '\n';
    for (const QString &warning : slate->warnings) {
        context.out << Tr::tr("Warning: %1").arg(warning) << '\n';
    }
    context.out << '\n' << Tr::tr("Proposed slate") << '\n';
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        if (slate->decisions.at(i).selected) {
            printApplicant(context.out, candidates->at(i), slate->decisions.at(i), locale);
        }
    }
    context.out << '\n' << Tr::tr("Figures") << '\n';
    const auto rows = slate->figures.lines(locale);
    int width = 0;
    for (const auto &row : rows) {
        width = std::max(width, int(row.first.size()));
    }
    for (const auto &[label, value] : rows) {
        context.out << "  " << label.leftJustified(width + 2) << value << '\n';
    }
    context.out << '\n' << Tr::tr("Left out") << '\n';
    for (qsizetype i = 0; i < candidates->size(); ++i) {
        if (!slate->decisions.at(i).selected) {
            printApplicant(context.out, candidates->at(i), slate->decisions.at(i), locale);
        }
    }
    return ExitCode::Success;
}

} // namespace FundDesk::App
