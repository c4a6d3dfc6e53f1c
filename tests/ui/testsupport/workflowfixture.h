#pragma once

// A fund ready for the workflow UI tests: operational (threshold USD 100,000, USD 1,000,000
// received), a ¶23 floor of USD 50,000, three profiles and one activity under review, all
// stored through the real services.

#include "activityfixtures.h"
#include "core/db/auditactor.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"
#include "testfund.h"

namespace FundDesk::Tests {

struct WorkflowFixture
{
    std::unique_ptr<TestFund> fund;
    Core::Profile manager;
    Core::Profile office;
    Core::Profile office2;
    Core::ActivityId activity;

    Core::FundServices &services() { return fund->services(); }
    Core::WorkflowItem item() const { return Core::WorkflowItem::activity(activity.value()); }

    Core::Profile addProfile(const QString &name, Core::ProfileRole role)
    {
        Core::Profile profile{Core::ProfileId(), name, role};
        const auto id = services().workflow().profiles().add(profile);
        profile.id = id ? *id : Core::ProfileId();
        return profile;
    }

    bool actAs(const Core::Profile &profile)
    {
        return Core::AuditActor::setCurrent(services().database().connection(), profile).ok();
    }

    // Empty on success, else what failed.
    QString setUp(qint64 receivedCents = 1'000'000'00)
    {
        fund = TestFund::create();
        if (!fund) {
            return QStringLiteral("no fund");
        }
        auto settings = services().settings().load();
        if (!settings) {
            return settings.error().detail;
        }
        settings->name = QStringLiteral("Test fund");
        settings->operationalThreshold = Core::Money::usd(100'000'00);
        settings->activityFundingFloor = Core::Money::usd(50'000'00);
        if (!services().settings().save(*settings)) {
            return QStringLiteral("settings not saved");
        }
        if (receivedCents > 0 &&
            !fund->receipt(fund->stateDonor(QStringLiteral("FRA")),
                           QDate::currentDate().addDays(-30),
                           QString::number(receivedCents / 100))
                 .isValid()) {
            return QStringLiteral("no receipt");
        }
        manager = addProfile(QStringLiteral("Amina Diallo"), Core::ProfileRole::FundManager);
        office = addProfile(QStringLiteral("Olga Petrova"),
                            Core::ProfileRole::HighRepresentativeOffice);
        office2 = addProfile(QStringLiteral("Sam Okafor"),
                             Core::ProfileRole::HighRepresentativeOffice);
        ActivitySpec spec;
        spec.start = QDate(QDate::currentDate().year(), 1, 1);
        spec.end = QDate(QDate::currentDate().year() + 1, 6, 30);
        spec.status = Core::ApplicationStatus::UnderReview;
        activity = addActivity(services(), spec);
        if (!activity.isValid() || !office2.id.isValid()) {
            return QStringLiteral("no activity or profiles");
        }
        return {};
    }

    // Recommends (manager) and approves (office) the activity through the service.
    bool approve()
    {
        auto &workflow = services().workflow().workflow();
        return workflow
                   .transition(item(), Core::ApplicationStatus::Recommended,
                               QStringLiteral("Sound plan"), manager)
                   .ok() &&
               workflow.transition(item(), Core::ApplicationStatus::Approved, {}, office).ok();
    }
};

} // namespace FundDesk::Tests
