#include "core/io/activityimporter.h"

#include "core/coretr.h"
#include "core/io/importerrors.h"
#include "core/io/importkind.h"
#include "core/io/importrow.h"
#include "core/repositories/activityrepository.h"
#include "core/services/activityrules.h"
#include "core/services/activityservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/inputchecks.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace FundDesk::Core {

namespace {

enum ActivityColumn {
    AcReference,
    AcApplicant,
    AcCoApplicants,
    AcPartners,
    AcTitle,
    AcSummary,
    AcObjectives,
    AcExpectedOutputs,
    AcOutcomes,
    AcStart,
    AcEnd,
    AcRequested,
    AcCurrency,
    AcCoFunding,
    AcCoFundingSource,
    AcNeedsAssessment,
    AcNeedsDocument,
    AcFocusAreas
};

QString activityKey(const ActivityApplication &application)
{
    return application.applicantIso3 + u'|' + application.title.simplified().toCaseFolded() + u'|' +
           application.start.toString(Qt::ISODate);
}

// Parts of a list field: separated by spaces, commas or semicolons.
QStringList activityListParts(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

// The column of the field ActivityRules names in Error::field; -1 for the whole row.
int activityColumnOfField(const QString &field)
{
    static const QHash<QString, int> columns{
        {QStringLiteral("title"), AcTitle},
        {QStringLiteral("applicant"), AcApplicant},
        {QStringLiteral("coApplicants"), AcCoApplicants},
        {QStringLiteral("partners"), AcPartners},
        {QStringLiteral("start"), AcStart},
        {QStringLiteral("end"), AcEnd},
        {QStringLiteral("requested"), AcRequested},
        {QStringLiteral("coFunding"), AcCoFunding},
        {QStringLiteral("focusAreas"), AcFocusAreas},
        {QStringLiteral("needsAssessment"), AcNeedsAssessment},
        {QStringLiteral("reference"), AcReference},
    };
    return columns.value(field, -1);
}

} // namespace

ActivityImporter::ActivityImporter(QSqlDatabase db, ReferenceDataService reference,
                                   ImportOptions options)
    : m_db(std::move(db)), m_reference(std::move(reference)), m_options(options)
{}

Result<void> ActivityImporter::load()
{
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    m_settings = *settings;
    const auto stored = ActivityRepository(m_db).all();
    if (!stored) {
        return stored.error();
    }
    m_storedReferences.reserve(stored->size());
    m_storedKeys.reserve(stored->size());
    for (const ActivityApplication &application : *stored) {
        m_storedReferences.insert(application.reference.toCaseFolded());
        m_storedKeys.insert(activityKey(application));
    }
    return {};
}

bool ActivityImporter::analyse(const CsvDocument &document, const QList<int> &indexes,
                               ImportIssues &issues, const ImportProgress &progress)
{
    m_planned.clear();
    m_fileReferences.clear();
    m_fileKeys.clear();
    return forEachRow(ImportKind::Activities, document, indexes, issues, progress,
                      [this](ImportRow &row) { readRow(row); });
}

void ActivityImporter::readRow(ImportRow &row)
{
    ActivityApplication application;
    application.reference = row.limited(AcReference, InputChecks::kMaxShortText);
    readStates(row, application);
    readPartners(row, application);
    application.title = row.required(AcTitle);
    row.limited(AcTitle, InputChecks::kMaxShortText);
    application.summary = row.limited(AcSummary, InputChecks::kMaxLongText);
    application.objectives = row.limited(AcObjectives, InputChecks::kMaxLongText);
    application.expectedOutputs = row.limited(AcExpectedOutputs, InputChecks::kMaxLongText);
    application.outcomes = row.limited(AcOutcomes, InputChecks::kMaxLongText);
    if (const auto start = row.date(AcStart)) {
        application.start = *start;
    }
    if (const auto end = row.date(AcEnd)) {
        application.end = *end;
    }
    readMoney(row, application);
    application.coFundingSource = row.limited(AcCoFundingSource, InputChecks::kMaxShortText);
    application.needsAssessment = row.limited(AcNeedsAssessment, InputChecks::kMaxLongText);
    application.needsDocument = row.limited(AcNeedsDocument, InputChecks::kMaxShortText);
    readFocusAreas(row, application);
    // Received applications; the workflow moves them on.
    application.status = ApplicationStatus::Submitted;
    if (row.failed()) {
        return;
    }
    checkRules(row, application);
    if (row.failed()) {
        return;
    }
    checkDuplicate(row, application);
    if (!row.failed()) {
        m_planned.append({std::move(application), row.line()});
    }
}

void ActivityImporter::readStates(ImportRow &row, ActivityApplication &application)
{
    if (const auto applicant = row.country(AcApplicant, m_reference, false)) {
        application.applicantIso3 = *applicant;
    }
    for (const QString &part : activityListParts(row.text(AcCoApplicants))) {
        const QString iso3 = part.toUpper();
        if (!m_reference.contains(iso3)) {
            //: %1 is what the file holds instead of a country code
            row.fail(AcCoApplicants, Tr::tr("“%1” is not the code of a State of the reference "
                                            "list. Write ISO 3166 alpha-3 codes separated by "
                                            "spaces, such as KEN UGA.")
                                         .arg(part));
            continue;
        }
        application.coApplicantIso3.append(iso3);
    }
}

void ActivityImporter::readPartners(ImportRow &row, ActivityApplication &application)
{
    QStringList kinds;
    for (const PartnerKind kind : allPartnerKinds()) {
        kinds.append(partnerKindKey(kind));
    }
    const QStringList parts = row.text(AcPartners).split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        const auto kind = partnerKindFromKey(part.left(colon).trimmed().toLower());
        const QString name = colon < 0 ? QString() : part.mid(colon + 1).trimmed();
        if (colon < 0 || !kind || name.isEmpty()) {
            //: %1 is what the file holds, %2 the list of partner kinds
            row.fail(AcPartners, Tr::tr("“%1” is not a partner. Write each as kind:name, "
                                        "separated by semicolons, such as “academic:University "
                                        "of Nairobi”; the kinds are: %2.")
                                     .arg(part.trimmed(), kinds.join(QStringLiteral(", "))));
            continue;
        }
        application.partners.append({name, *kind});
    }
}

void ActivityImporter::readMoney(ImportRow &row, ActivityApplication &application)
{
    QString currency = QStringLiteral("USD");
    if (!row.text(AcCurrency).isEmpty()) {
        const auto code = row.currency(AcCurrency);
        if (!code) {
            return;
        }
        currency = *code;
    }
    const QStringList parts = activityListParts(row.text(AcRequested));
    if (parts.isEmpty()) {
        row.fail(AcRequested, Tr::tr("The “requested” column is empty. Write the amount of each "
                                     "year as year:amount, such as 2026:50000.00 "
                                     "2027:25000.00."));
    }
    for (const QString &part : parts) {
        const qsizetype colon = part.indexOf(u':');
        bool yearOk = false;
        const int year = colon == 4 ? part.left(4).toInt(&yearOk) : 0;
        const auto amount = Money::parse(QStringView(part).mid(colon + 1), currency);
        if (!yearOk || !amount) {
            //: %1 is what the file holds, %2 a currency code
            row.fail(AcRequested, Tr::tr("“%1” is not a year and an amount in %2. Write each "
                                         "year as year:amount with a dot and no thousands "
                                         "separator, such as 2026:50000.00.")
                                      .arg(part, currency));
            continue;
        }
        application.requested.append({year, *amount});
    }
    std::sort(application.requested.begin(), application.requested.end(),
              [](const YearlyAmount &a, const YearlyAmount &b) { return a.year < b.year; });
    if (row.text(AcCoFunding).isEmpty()) {
        application.coFunding = Money::fromMinor(0, currency).value();
    } else if (const auto coFunding = row.amount(AcCoFunding, currency, true)) {
        application.coFunding = *coFunding;
    }
}

void ActivityImporter::readFocusAreas(ImportRow &row, ActivityApplication &application)
{
    QStringList keys;
    for (const FocusArea area : allFocusAreas()) {
        keys.append(focusAreaKey(area));
    }
    for (const QString &part : activityListParts(row.text(AcFocusAreas))) {
        const QString key = part.toLower();
        std::optional<FocusArea> area = focusAreaFromKey(key);
        for (const FocusArea candidate : allFocusAreas()) {
            if (!area && focusAreaLetter(candidate) == key) {
                area = candidate; // the letter of ¶26 also names it
            }
        }
        if (!area) {
            //: %1 is what the file holds, %2 the list of focus-area keys; ¶26 is a paragraph
            //: of the report that set up the fund
            row.fail(AcFocusAreas, Tr::tr("“%1” is not a focus area of ¶26. Write keys "
                                          "separated by spaces, from: %2.")
                                       .arg(part, keys.join(QStringLiteral(", "))));
            continue;
        }
        application.focusAreas.append(*area);
    }
    application.focusAreas = normalizedFocusAreas(std::move(application.focusAreas));
}

void ActivityImporter::checkRules(ImportRow &row, const ActivityApplication &application)
{
    const auto checked = ActivityRules(m_reference, m_settings).check(application);
    if (!checked) {
        row.fail(activityColumnOfField(checked.error().field), checked.error().message);
    }
}

void ActivityImporter::checkDuplicate(ImportRow &row, const ActivityApplication &application)
{
    if (!application.reference.isEmpty()) {
        const QString reference = application.reference.toCaseFolded();
        if (const int line = m_fileReferences.value(reference); line > 0) {
            //: %1 is a line number, %2 an activity's reference such as CB-2026-014
            row.fail(AcReference, Tr::tr("This row repeats line %1: the reference “%2” is used "
                                         "twice. Remove the repeated row, or correct the "
                                         "reference.")
                                      .arg(QString::number(line), application.reference));
        } else if (m_storedReferences.contains(reference)) {
            //: %1 is an activity's reference such as CB-2026-014
            row.fail(AcReference, Tr::tr("The fund already has an activity application with the "
                                         "reference “%1”. Remove the row if it was imported "
                                         "before, or correct the reference.")
                                      .arg(application.reference));
        } else {
            m_fileReferences.insert(reference, row.line());
        }
        return;
    }
    const QString key = activityKey(application);
    if (const int line = m_fileKeys.value(key); line > 0) {
        //: %1 is a line number
        row.fail(AcTitle, Tr::tr("This row repeats line %1: same applicant, title and start. "
                                 "Remove the repeated row.")
                              .arg(line));
    } else if (m_storedKeys.contains(key)) {
        row.fail(AcTitle, Tr::tr("The fund already has an application of this State with the "
                                 "same title and start. Remove the row if it was imported "
                                 "before."));
    } else {
        m_fileKeys.insert(key, row.line());
    }
}

Result<int> ActivityImporter::write(const ImportProgress &progress)
{
    const QDate today = m_options.today;
    const ActivityService service(m_db, m_reference, [today] { return today; });
    ActivityRepository repository(m_db);
    const qsizetype total = m_planned.size();
    qsizetype done = 0;
    // Rows with their own reference first, so a number given to a row without one can never
    // be one a later row of the file claims.
    for (const bool numbered : {true, false}) {
        for (const Planned &planned : std::as_const(m_planned)) {
            if (planned.application.reference.isEmpty() == numbered) {
                continue;
            }
            ActivityApplication application = planned.application;
            // The service's rules once more, against the fund as it is now. The reference was
            // checked against the whole fund in load(): add() would scan every application
            // again for each row.
            if (auto valid = service.validate(application); !valid) {
                return importRowError(planned.line, valid.error());
            }
            if (!numbered) {
                auto reference = service.nextReference(today.year());
                if (!reference) {
                    return reference.error();
                }
                application.reference = *reference;
            }
            if (auto id = repository.insert(application); !id) {
                return importRowError(planned.line, id.error());
            }
            if (!report(progress, ++done, total)) {
                return importCancelledError();
            }
        }
    }
    return int(total);
}

} // namespace FundDesk::Core
