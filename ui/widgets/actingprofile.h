#pragma once

#include "core/db/auditactor.h"
#include "core/db/database.h"
#include "core/services/fundservices.h"

namespace FundDesk::Ui {

// The profile chosen on this laptop (ProfilePicker), read back in full: AuditActor keeps only
// the id and name, and the role decides what the core allows. Invalid id when none is chosen.
inline Core::Profile actingProfile(Core::FundServices &services)
{
    const auto current = Core::AuditActor::current(services.database().connection());
    if (!current || !current->id.isValid()) {
        return {};
    }
    const auto found = services.workflow().profiles().find(current->id);
    return found ? *found : *current;
}

} // namespace FundDesk::Ui
