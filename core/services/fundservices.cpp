#include "core/services/fundservices.h"

#include "core/db/database.h"

namespace FundDesk::Core {

FundServices::FundServices(Database &database, ReferenceDataService reference)
    : m_database(database),
      m_reference(std::move(reference)),
      m_donors(database.connection(), m_reference),
      m_contributions(database.connection()),
      m_balance(database.connection()),
      m_settings(database.connection()),
      m_meetings(database.connection()),
      m_sponsorships(database.connection(), m_reference),
      m_slates(database.connection(), m_reference),
      m_activities(database.connection(), m_reference),
      m_reviews(database.connection()),
      m_consultations(database.connection()),
      m_workflow(database.connection())
{
}

Result<std::unique_ptr<FundServices>> FundServices::create(Database &database)
{
    auto reference = ReferenceDataService::load(database.connection());
    if (!reference) {
        return reference.error();
    }
    return std::unique_ptr<FundServices>(new FundServices(database, std::move(reference).value()));
}

} // namespace FundDesk::Core
