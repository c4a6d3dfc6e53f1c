#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Schema step 5: profiles, the workflow history, commitments and their amendments,
// disbursements, closed years, and the hash-chained audit trail with its triggers on every
// record table that exists at this step.
Result<void> createWorkflowAndAudit(QSqlDatabase &db);

} // namespace FundDesk::Core
