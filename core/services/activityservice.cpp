#include "core/services/activityservice.h"

#include "core/coretr.h"
#include "core/db/transactionguard.h"
#include "core/domain/activityfloor.h"
#include "core/services/activityrules.h"
#include "core/services/fundsettingsservice.h"

#include <algorithm>
#include <utility>

namespace FundDesk::Core {

namespace {

Error notFound(ActivityId id)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("The activity application is no longer in the fund's database. "
                            "Reload the list of activities and try again."),
                     QStringLiteral("no activity with id %1").arg(id.value()));
}

// The stored form: trimmed texts, upper-case codes, amounts by year, focus areas as a set.
ActivityApplication prepared(ActivityApplication application)
{
    application.reference = application.reference.trimmed();
    application.applicantIso3 = application.applicantIso3.trimmed().toUpper();
    for (QString &iso3 : application.coApplicantIso3) {
        iso3 = iso3.trimmed().toUpper();
    }
    for (ImplementingPartner &partner : application.partners) {
        partner.name = partner.name.trimmed();
    }
    application.title = application.title.trimmed();
    application.coFundingSource = application.coFundingSource.trimmed();
    application.needsAssessment = application.needsAssessment.trimmed();
    application.needsDocument = application.needsDocument.trimmed();
    std::sort(application.requested.begin(), application.requested.end(),
              [](const YearlyAmount &a, const YearlyAmount &b) { return a.year < b.year; });
    application.focusAreas = normalizedFocusAreas(std::move(application.focusAreas));
    return application;
}

} // namespace

ActivityService::ActivityService(QSqlDatabase db, const ReferenceDataService &reference,
                                 Today today)
    : m_db(std::move(db)), m_reference(reference), m_today(std::move(today))
{
}

Result<QList<ActivityApplication>> ActivityService::all() const
{
    return ActivityRepository(m_db).all();
}

Result<QList<ActivityApplication>> ActivityService::select(const ActivityQuery &query) const
{
    return ActivityRepository(m_db).select(query);
}

Result<ActivityApplication> ActivityService::find(ActivityId id) const
{
    auto found = ActivityRepository(m_db).find(id);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return notFound(id);
    }
    return std::move(**found);
}

Result<void> ActivityService::validate(const ActivityApplication &application) const
{
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    return ActivityRules(m_reference, *settings).check(prepared(application));
}

Result<void> ActivityService::ensureReferenceFree(const ActivityApplication &application) const
{
    const auto all = ActivityRepository(m_db).all();
    if (!all) {
        return all.error();
    }
    for (const ActivityApplication &other : *all) {
        if (other.reference == application.reference && other.id != application.id) {
            //: %1 is a reference such as CB-2026-014
            return makeError(ErrorCode::Conflict,
                             Tr::tr("Reference: “%1” is already the reference of another "
                                    "application.")
                                 .arg(application.reference),
                             {}, QStringLiteral("reference"));
        }
    }
    return {};
}

Result<ActivityId> ActivityService::add(ActivityApplication application)
{
    application = prepared(std::move(application));
    application.id = ActivityId();
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    if (auto valid = validate(application); !valid) {
        return valid.error();
    }
    if (application.reference.isEmpty()) {
        auto reference = nextReference(m_today().year());
        if (!reference) {
            return reference.error();
        }
        application.reference = *reference;
    } else if (auto free = ensureReferenceFree(application); !free) {
        return free.error();
    }
    auto id = ActivityRepository(m_db).insert(application);
    if (!id) {
        return id.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return id;
}

Result<void> ActivityService::update(ActivityApplication application)
{
    application = prepared(std::move(application));
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const auto before = find(application.id);
    if (!before) {
        return before.error();
    }
    if (application.reference.isEmpty()) {
        application.reference = before->reference;
    }
    application.status = before->status;
    if (auto valid = validate(application); !valid) {
        return valid;
    }
    if (auto free = ensureReferenceFree(application); !free) {
        return free;
    }
    if (auto updated = ActivityRepository(m_db).update(application); !updated) {
        return updated;
    }
    return transaction.commit();
}

Result<void> ActivityService::remove(ActivityId id)
{
    TransactionGuard transaction(m_db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    ActivityRepository repository(m_db);
    const auto references = repository.referenceCount(id);
    if (!references) {
        return references.error();
    }
    if (*references > 0) {
        return makeError(ErrorCode::RuleViolation,
                         Tr::tr("The application has been reviewed or discussed in a "
                                "consultation, so it cannot be deleted; its record is part of "
                                "the selection. Cancel it instead."),
                         QStringLiteral("activity %1 has %2 reviews or advices")
                             .arg(id.value())
                             .arg(*references),
                         QStringLiteral("status"));
    }
    if (auto removed = repository.remove(id); !removed) {
        return removed;
    }
    return transaction.commit();
}

Result<bool> ActivityService::isBelowFloor(const ActivityApplication &application) const
{
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    return FundDesk::Core::isBelowFloor(application, *settings);
}

Result<QString> ActivityService::floorExplanation(const ActivityApplication &application) const
{
    const auto settings = FundSettingsService(m_db).load();
    if (!settings) {
        return settings.error();
    }
    return belowFloorExplanation(application, *settings);
}

Result<QString> ActivityService::nextReference(int year) const
{
    const QString prefix = QStringLiteral("CB-%1-").arg(year, 4, 10, QLatin1Char('0'));
    const auto highest = ActivityRepository(m_db).highestReferenceNumber(prefix);
    if (!highest) {
        return highest.error();
    }
    return QString(prefix + QStringLiteral("%1").arg(*highest + 1, 3, 10, QLatin1Char('0')));
}

} // namespace FundDesk::Core
