#include "core/services/demo/demofundgenerator.h"

#include "core/coretr.h"
#include "core/db/auditactor.h"
#include "core/db/database.h"
#include "core/db/transactionguard.h"
#include "core/repositories/settingsrepository.h"
#include "core/services/demo/demoactivities.h"
#include "core/services/demo/democontributions.h"
#include "core/services/demo/demodonors.h"
#include "core/services/demo/demosponsorships.h"
#include "core/services/demo/demostaff.h"
#include "core/services/demo/demoworkflow.h"
#include "core/services/fundservices.h"
#include "core/services/fundsettingskeys.h"

#include <QRandomGenerator>

namespace FundDesk::Core {

namespace {

FundSettings demoSettings(QDate today)
{
    FundSettings settings;
    settings.name = Tr::tr("UN Voluntary Fund for ICT-security capacity building (demo)");
    settings.operationalThreshold = Money::usd(1'000'000'00);
    settings.thresholdAnnounced = QDate(today.year() - 2, 1, 15);
    settings.staffCharging = StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Money::usd(245'000'00);
    settings.generalServicePostAnnualCost = Money::usd(118'000'00);
    settings.activityFundingFloor = Money::usd(50'000'00);
    return settings;
}

} // namespace

QString DemoFundSummary::describe() const
{
    return Tr::tr("Fund “%1”: %2 donors, %3 contributions, %4 activity applications with %5 "
                  "reviews, %6 consultations, %7 meetings with %8 sponsorship applications, "
                  "%9 reference States; %10 profiles, %11 status changes, %12 commitments, "
                  "%13 disbursements, the year %14 closed.")
        .arg(fundName)
        .arg(donors)
        .arg(contributions)
        .arg(activities)
        .arg(activityReviews)
        .arg(consultations)
        .arg(meetings)
        .arg(sponsorships)
        .arg(states)
        .arg(profiles)
        .arg(transitions)
        .arg(commitments)
        .arg(disbursements)
        .arg(closedYear);
}

Result<DemoFundSummary> DemoFundGenerator::generate(Database &database) const
{
    TransactionGuard transaction(database.connection());
    if (!transaction.isActive()) {
        return transaction.beginError();
    }
    auto services = FundServices::create(database);
    if (!services) {
        return services.error();
    }
    FundServices &fund = **services;
    DemoFundSummary summary;
    const FundSettings settings = demoSettings(m_today);
    summary.fundName = settings.name;
    summary.states = int(fund.reference().all().size());
    if (auto saved = fund.settings().save(settings); !saved) {
        return saved.error();
    }
    if (auto seed = SettingsRepository(database.connection())
                        .setValue(QString::fromLatin1(FundSettingsKeys::DemoSeed),
                                  QString::number(m_seed));
        !seed) {
        return seed.error();
    }

    const auto staff = Demo::addDemoStaff(fund.workflow().profiles());
    if (!staff) {
        return staff.error();
    }
    summary.profiles = 4;
    // Donors and contributions are recorded by the fund manager: the trail names her.
    if (auto acting = AuditActor::setCurrent(database.connection(), staff->fundManager);
        !acting) {
        return acting.error();
    }
    Demo::DemoWorkflow workflow(database.connection(), *staff, m_today);

    QRandomGenerator random(m_seed);
    Demo::DemoContributions contributions(fund.contributions(), random, m_today);
    const auto givers = Demo::demoDonors();
    for (const Demo::DemoDonor &giver : givers) {
        Donor donor = giver.donor;
        if (donor.dueDiligence.status == DueDiligenceStatus::Cleared
            || donor.dueDiligence.status == DueDiligenceStatus::Declined) {
            donor.dueDiligence.date = QDate(m_today.year() - 2, 1 + random.bounded(3), 10);
        }
        const auto id = fund.donors().add(donor);
        if (!id) {
            return id.error();
        }
        ++summary.donors;
        const auto recorded = contributions.recordFor(giver, *id);
        if (!recorded) {
            return recorded.error();
        }
        summary.contributions += *recorded;
    }
    Demo::DemoActivities activities(database.connection(), fund.reference(), random, m_today,
                                    workflow);
    const auto activityCounts = activities.generate();
    if (!activityCounts) {
        return activityCounts.error();
    }
    summary.activities = activityCounts->activities;
    summary.activityReviews = activityCounts->reviews;
    summary.consultations = activityCounts->consultations;
    Demo::DemoSponsorships sponsorships(fund.meetings(), fund.sponsorships(), fund.slates(),
                                        fund.reference(), random, m_today, workflow);
    const auto sponsorshipCounts = sponsorships.generate();
    if (!sponsorshipCounts) {
        return sponsorshipCounts.error();
    }
    summary.meetings = sponsorshipCounts->meetings;
    summary.sponsorships = sponsorshipCounts->applications;
    const auto moved = workflow.run();
    if (!moved) {
        return moved.error();
    }
    summary.transitions = moved->transitions;
    summary.commitments = moved->commitments;
    summary.disbursements = moved->disbursements;
    // The first year's books are closed: its records can no longer change.
    summary.closedYear = m_today.year() - 2;
    if (auto closed = fund.workflow().periods().close(summary.closedYear, staff->fundManager);
        !closed) {
        return closed.error();
    }
    if (auto cleared = AuditActor::clear(database.connection()); !cleared) {
        return cleared.error();
    }
    if (auto committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace FundDesk::Core
