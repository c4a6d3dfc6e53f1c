#pragma once

#include "core/domain/result.h"
#include "core/services/demo/scalecontext.h"
#include "core/services/demo/scaleitem.h"

namespace FundDesk::Core::Demo {

class ScaleAudit;

struct ScaleWorkflowCounts
{
    qint64 transitions = 0;
    qint64 commitments = 0;
    qint64 disbursements = 0;
};

// Writes each item's history along the ¶18 workflow, the commitment of every approval and the
// payments against it (a sponsorship's airfare, then its allowances; an activity's monthly
// tranches; now and then a refund). Written in four passes, one per acting profile, each then
// recorded in the audit trail in that profile's name; within an item the passes keep the order
// of its moves.
Result<ScaleWorkflowCounts> writeScaleWorkflow(ScaleContext &context, const QList<ScaleItem> &items,
                                               ScaleAudit &audit);

} // namespace FundDesk::Core::Demo
