#pragma once

#include "core/domain/contribution.h"
#include "core/domain/result.h"
#include "core/services/demo/demodonors.h"

#include <QDate>
#include <QRandomGenerator>

namespace FundDesk::Core {
class ContributionService;
}

namespace FundDesk::Core::Demo {

// Three years of pledges and receipts for one donor, through the real ContributionService so
// the demo obeys every rule (¶14 due diligence, ¶19 no earmarks, ¶20b schedules).
class DemoContributions final
{
public:
    DemoContributions(ContributionService &service, QRandomGenerator &random, QDate today);

    // Returns how many contributions were recorded.
    Result<int> recordFor(const DemoDonor &giver, DonorId donorId);

private:
    Result<ContributionId> pledge(const DemoDonor &giver, DonorId donorId, QDate date,
                                  qint64 major, int years);
    Result<void> receipt(const DemoDonor &giver, DonorId donorId, ContributionId pledgeId,
                         QDate date, qint64 major);
    ExchangeRate rateOn(const QString &currency, QDate date);
    QDate dayIn(int year, int fromMonth, int toMonth);
    PublicationConsent consentFor(const DemoDonor &giver);

    ContributionService &m_service;
    QRandomGenerator &m_random;
    QDate m_today;
    int m_recorded = 0;
};

} // namespace FundDesk::Core::Demo
