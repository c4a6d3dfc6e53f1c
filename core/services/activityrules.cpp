#include "core/services/activityrules.h"

#include "core/coretr.h"
#include "core/domain/activityfloor.h"
#include "core/services/inputchecks.h"
#include "core/services/referencedataservice.h"

#include <QSet>

#include <tuple>

namespace FundDesk::Core {

namespace {

Error invalid(const QString &field, const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message, QStringLiteral("activity: ") + field,
                     field);
}

// The free texts: stored as typed, but not without bound (issue 12). Error::field as the form.
Result<void> checkActivityTexts(const ActivityApplication &a)
{
    using namespace InputChecks;
    const std::tuple<const QString *, const char *, qsizetype> texts[] = {
        {&a.reference, "reference", kMaxShortText},
        {&a.title, "title", kMaxShortText},
        {&a.summary, "summary", kMaxLongText},
        {&a.objectives, "objectives", kMaxLongText},
        {&a.expectedOutputs, "outputs", kMaxLongText},
        {&a.outcomes, "outcomes", kMaxLongText},
        {&a.coFundingSource, "coFundingSource", kMaxShortText},
        {&a.needsAssessment, "needsAssessment", kMaxLongText},
        {&a.needsDocument, "needsDocument", kMaxShortText},
        {&a.results, "results", kMaxLongText}};
    for (const auto &[text, field, max] : texts) {
        if (auto error = tooLong(*text, max, QString::fromLatin1(field))) {
            return *error;
        }
    }
    for (const ImplementingPartner &partner : a.partners) {
        if (auto error = tooLong(partner.name, kMaxShortText, QStringLiteral("partners"))) {
            return *error;
        }
    }
    return {};
}

bool isMemberState(const ReferenceDataService &reference, const QString &iso3)
{
    const auto state = reference.state(iso3);
    return state && state->member;
}

} // namespace

ActivityRules::ActivityRules(const ReferenceDataService &reference, FundSettings settings)
    : m_reference(reference), m_settings(std::move(settings))
{
}

Result<void> ActivityRules::check(const ActivityApplication &application) const
{
    if (InputChecks::isBlank(application.title)) {
        return invalid(QStringLiteral("title"), Tr::tr("Title: enter the title of the activity."));
    }
    if (auto texts = checkActivityTexts(application); !texts) {
        return texts;
    }
    if (auto states = checkStates(application); !states) {
        return states;
    }
    for (qsizetype i = 0; i < application.partners.size(); ++i) {
        if (InputChecks::isBlank(application.partners[i].name)) {
            //: %1 is the position of the partner in the list: 1, 2, …
            return invalid(QStringLiteral("partners"),
                           Tr::tr("Implementing partners: enter the name of partner %1, or "
                                  "remove it from the list.")
                               .arg(i + 1));
        }
    }
    if (auto dates = checkDates(application); !dates) {
        return dates;
    }
    if (auto amounts = checkAmounts(application); !amounts) {
        return amounts;
    }
    if (application.focusAreas.isEmpty()) {
        return invalid(QStringLiteral("focusAreas"),
                       Tr::tr("Focus areas: choose at least one of the nine focus areas of the "
                              "fund (¶26)."));
    }
    if (InputChecks::isBlank(application.needsAssessment)
        && InputChecks::isBlank(application.needsDocument)) {
        return invalid(QStringLiteral("needsAssessment"),
                       Tr::tr("Needs assessment: describe the national or regional needs "
                              "assessment the activity answers, or give the reference of the "
                              "document (¶13, ¶25a)."));
    }
    if (application.status == ApplicationStatus::Recommended
        || application.status == ApplicationStatus::Approved) {
        if (auto floor = canBeRecommended(application, m_settings); !floor) {
            Error error = floor.error();
            error.field = QStringLiteral("status");
            return error;
        }
    }
    return {};
}

Result<void> ActivityRules::checkStates(const ActivityApplication &application) const
{
    const QString applicant = application.applicantIso3.trimmed();
    if (applicant.isEmpty()) {
        return invalid(QStringLiteral("applicant"),
                       Tr::tr("Applicant State: choose the government that applies. Eligible "
                              "recipients are governments (¶24)."));
    }
    if (!isMemberState(m_reference, applicant)) {
        //: %1 is an ISO 3166 code such as FRA
        return invalid(QStringLiteral("applicant"),
                       Tr::tr("Applicant State: “%1” is not a Member State of the reference "
                              "list. Eligible recipients are governments of Member States "
                              "(¶24).")
                           .arg(applicant));
    }
    QSet<QString> seen;
    for (const QString &coApplicant : application.coApplicantIso3) {
        const QString iso3 = coApplicant.trimmed();
        if (iso3 == applicant) {
            return invalid(QStringLiteral("coApplicants"),
                           Tr::tr("Co-applicant States: the applicant State cannot also be a "
                                  "co-applicant."));
        }
        if (!isMemberState(m_reference, iso3)) {
            return invalid(QStringLiteral("coApplicants"),
                           Tr::tr("Co-applicant States: “%1” is not a Member State of the "
                                  "reference list.")
                               .arg(iso3));
        }
        if (seen.contains(iso3)) {
            return invalid(QStringLiteral("coApplicants"),
                           Tr::tr("Co-applicant States: %1 is listed twice.")
                               .arg(m_reference.name(iso3, Language::English)));
        }
        seen.insert(iso3);
    }
    return {};
}

Result<void> ActivityRules::checkDates(const ActivityApplication &application) const
{
    if (!application.start.isValid()) {
        return invalid(QStringLiteral("start"), Tr::tr("Start: enter the date the activity "
                                                       "starts."));
    }
    if (!application.end.isValid()) {
        return invalid(QStringLiteral("end"), Tr::tr("End: enter the date the activity ends."));
    }
    if (application.end < application.start) {
        //: %1 and %2 are ISO dates
        return invalid(QStringLiteral("end"),
                       Tr::tr("End: the activity cannot end (%1) before it starts (%2).")
                           .arg(application.end.toString(Qt::ISODate),
                                application.start.toString(Qt::ISODate)));
    }
    if (auto error = InputChecks::implausibleDate(application.start, QStringLiteral("start"))) {
        return *error;
    }
    if (auto error = InputChecks::implausibleDate(application.end, QStringLiteral("end"))) {
        return *error;
    }
    return {};
}

Result<void> ActivityRules::checkAmounts(const ActivityApplication &application) const
{
    const QString field = QStringLiteral("requested");
    if (application.requested.isEmpty()) {
        return invalid(field, Tr::tr("Amount requested: enter the amount requested for at "
                                     "least one year."));
    }
    QSet<int> years;
    for (const YearlyAmount &part : application.requested) {
        if (part.amount.currency() != QLatin1String("USD")) {
            return invalid(field, Tr::tr("Amount requested: amounts are requested in US "
                                         "dollars (USD)."));
        }
        if (part.amount.minor() <= 0) {
            //: %1 is a year
            return invalid(field, Tr::tr("Amount requested: the amount for %1 must be more "
                                         "than zero.")
                                      .arg(part.year));
        }
        if (part.year < application.start.year() || part.year > application.end.year()) {
            //: %1 is a year; %2–%3 the first and last years of the activity
            return invalid(field, Tr::tr("Amount requested: %1 is outside the years of the "
                                         "activity (%2–%3).")
                                      .arg(part.year)
                                      .arg(application.start.year())
                                      .arg(application.end.year()));
        }
        if (years.contains(part.year)) {
            return invalid(field, Tr::tr("Amount requested: the year %1 is entered twice.")
                                      .arg(part.year));
        }
        years.insert(part.year);
    }
    const auto total = application.requestedTotal();
    if (!total) {
        Error error = total.error();
        error.field = field;
        return error;
    }
    if (auto error = InputChecks::implausibleUsd(*total, field)) {
        return *error;
    }
    if (application.coFunding.currency() != QLatin1String("USD")
        || application.coFunding.isNegative()) {
        return invalid(QStringLiteral("coFunding"),
                       Tr::tr("Co-funding: enter the amount from other sources in US dollars, "
                              "zero or more."));
    }
    if (auto error =
            InputChecks::implausibleUsd(application.coFunding, QStringLiteral("coFunding"))) {
        return *error;
    }
    return {};
}

} // namespace FundDesk::Core
