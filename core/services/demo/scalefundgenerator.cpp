#include "core/services/demo/scalefundgenerator.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/database.h"
#include "core/db/sqlhelpers.h"
#include "core/db/transactionguard.h"
#include "core/services/demo/demostaff.h"
#include "core/services/demo/scaleapplications.h"
#include "core/services/demo/scaleaudit.h"
#include "core/services/demo/scalecontributions.h"
#include "core/services/demo/scaleworkflow.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/periodservice.h"
#include "core/services/profileservice.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <limits>

namespace FundDesk::Core {

namespace {

constexpr int kYears = 10;

FundSettings scaleSettings(int firstYear, int scale)
{
    FundSettings settings;
    //: %1 is a number: how many times the medium scale of the report (¶20) the demo is
    settings.name =
        Tr::tr("UN Voluntary Fund for ICT-security capacity building (scale %1 demo)").arg(scale);
    settings.operationalThreshold = Money::usd(1'000'000'00);
    settings.thresholdAnnounced = QDate(firstYear, 1, 15);
    settings.staffCharging = StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Money::usd(245'000'00);
    settings.generalServicePostAnnualCost = Money::usd(118'000'00);
    settings.activityFundingFloor = Money::usd(50'000'00);
    return settings;
}

Result<QList<Demo::ScaleState>> readStates(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT iso3, region, regional_group, member FROM states "
                                   "ORDER BY member DESC, iso3"))) {
        return Sql::storageError(query, QStringLiteral("read states"));
    }
    QList<Demo::ScaleState> states;
    while (query.next()) {
        Demo::ScaleState state;
        state.iso3 = query.value(0).toString();
        state.region = regionFromKey(query.value(1).toString()).value_or(Region::Africa);
        state.group = regionalGroupFromKey(query.value(2).toString()).value_or(RegionalGroup::None);
        state.member = query.value(3).toInt() == 1;
        states.append(state);
    }
    if (states.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The fund has no reference States; open it with FundDesk first."));
    }
    return states;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

} // namespace

QString ScaleFundSummary::describe() const
{
    //: %1 is the scale, %2 a number of years; the other numbers count records
    return Tr::tr(
               "Scale %1 fund over %2 years: %3 donors, %4 contributions, %5 meetings, %6 "
               "sponsorship and %7 activity applications, %8 status changes, %9 commitments "
               "(%10 approvals refused for lack of funds), %11 disbursements, %12 audit "
               "entries; written in %13 ms, of which sealing the audit trail %14 ms.")
        .arg(scale)
        .arg(years)
        .arg(donors)
        .arg(contributions)
        .arg(meetings)
        .arg(sponsorships)
        .arg(activities)
        .arg(transitions)
        .arg(commitments)
        .arg(refusedForFunds)
        .arg(disbursements)
        .arg(auditEntries)
        .arg(milliseconds)
        .arg(sealMilliseconds);
}

Result<ScaleFundSummary> ScaleFundGenerator::generate(Database &database) const
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = database.connection();
    if (m_scale < 1 || m_scale > 1000) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("The scale must be a whole number from 1 to 1000."), {},
                         QStringLiteral("scale"));
    }
    TransactionGuard transaction(db);
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    const int firstYear = m_today.year() - kYears + 1;
    const FundSettings settings = scaleSettings(firstYear, m_scale);
    if (auto saved = FundSettingsService(db).save(settings); !saved) {
        return saved.error();
    }
    ProfileService profiles(db);
    const auto staff = Demo::addDemoStaff(profiles);
    if (!staff) {
        return staff.error();
    }
    if (auto acting = AuditActor::setCurrent(db, staff->fundManager); !acting) {
        return acting.error();
    }
    auto states = readStates(db);
    if (!states) {
        return states.error();
    }
    if (count(db, QStringLiteral("donors")) + count(db, QStringLiteral("activities")) > 0) {
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("A scale fund is generated into a new, empty fund only."));
    }
    Demo::ScaleAudit audit(db);
    if (auto suspended = audit.suspend(); !suspended) {
        return suspended.error();
    }
    QRandomGenerator random(m_seed);
    // The audit trail is written set by set (ScaleAudit), so the writer has nothing to seal.
    Demo::ScaleBulkWriter writer(db, std::numeric_limits<int>::max());
    Demo::ScaleBudget budget(
        firstYear, m_today.year(),
        settings.professionalPostAnnualCost.minor() + settings.generalServicePostAnnualCost.minor(),
        settings.operationalThreshold.minor());
    Demo::ScaleContext context{writer, random,  budget,  *states,
                               *staff, m_today, m_scale, firstYear};

    ScaleFundSummary summary;
    summary.scale = m_scale;
    summary.years = kYears;
    const auto contributions = Demo::writeScaleContributions(context);
    if (!contributions) {
        return contributions.error();
    }
    summary.donors = contributions->donors;
    summary.contributions = contributions->contributions;
    const auto applications = Demo::writeScaleApplications(context);
    if (!applications) {
        return applications.error();
    }
    summary.meetings = applications->meetings;
    summary.sponsorships = applications->sponsorships;
    summary.activities = applications->activities;
    summary.refusedForFunds = applications->refusedForFunds;
    if (auto recorded = audit.record(staff->fundManager); !recorded) {
        return recorded.error();
    }
    const auto workflow = Demo::writeScaleWorkflow(context, applications->items, audit);
    if (!workflow) {
        return workflow.error();
    }
    summary.transitions = workflow->transitions;
    summary.commitments = workflow->commitments;
    summary.disbursements = workflow->disbursements;
    if (auto resumed = audit.resume(); !resumed) {
        return resumed.error();
    }
    // The books of every year before last are closed (through the service: it seals as well).
    PeriodService periods(db);
    for (int year = firstYear; year <= m_today.year() - 2; ++year) {
        if (auto closed = periods.close(year, staff->fundManager); !closed) {
            return closed.error();
        }
    }
    if (auto cleared = AuditActor::clear(db); !cleared) {
        return cleared.error();
    }
    summary.auditEntries = count(db, QStringLiteral("audit_log"));
    summary.sealMilliseconds = audit.sealMilliseconds();
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace FundDesk::Core
