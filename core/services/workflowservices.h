#pragma once

#include "core/services/commitmentservice.h"
#include "core/services/disbursementservice.h"
#include "core/services/periodlock.h"
#include "core/services/periodservice.h"
#include "core/services/profileservice.h"
#include "core/services/workflowservice.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// The services of issue 6 on one connection, kept together so FundServices gains one member.
// Every write takes the acting Profile; there is no global current user.
class WorkflowServices final
{
public:
    explicit WorkflowServices(QSqlDatabase db)
        : m_profiles(db),
          m_workflow(db),
          m_commitments(db),
          m_disbursements(db),
          m_periods(db),
          m_lock(db)
    {}

    ProfileService &profiles() { return m_profiles; }
    WorkflowService &workflow() { return m_workflow; }
    CommitmentService &commitments() { return m_commitments; }
    DisbursementService &disbursements() { return m_disbursements; }
    PeriodService &periods() { return m_periods; }
    const PeriodLock &periodLock() const { return m_lock; }

private:
    ProfileService m_profiles;
    WorkflowService m_workflow;
    CommitmentService m_commitments;
    DisbursementService m_disbursements;
    PeriodService m_periods;
    PeriodLock m_lock;
};

} // namespace FundDesk::Core
