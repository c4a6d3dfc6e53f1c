#pragma once

#include "core/domain/result.h"
#include "core/services/balanceservice.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataservice.h"

#include <memory>

namespace FundDesk::Core {

class Database;

// The services of one open fund, built together by the composition root (or a command) and
// handed to the pages that need them. Not a singleton: opening another fund builds a new set.
class FundServices final
{
public:
    static Result<std::unique_ptr<FundServices>> create(Database &database);

    Database &database() { return m_database; }
    const ReferenceDataService &reference() const { return m_reference; }
    DonorService &donors() { return m_donors; }
    ContributionService &contributions() { return m_contributions; }
    BalanceService &balance() { return m_balance; }
    FundSettingsService &settings() { return m_settings; }

private:
    FundServices(Database &database, ReferenceDataService reference);

    Database &m_database;
    ReferenceDataService m_reference;
    DonorService m_donors;
    ContributionService m_contributions;
    BalanceService m_balance;
    FundSettingsService m_settings;
};

} // namespace FundDesk::Core
