#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/ids.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace FundDesk::Core {

// One step in an application's history: who moved it, when, from where to where, and why.
struct StatusTransition
{
    qint64 id = 0;
    WorkflowItem item;
    ApplicationStatus from = ApplicationStatus::Draft;
    ApplicationStatus to = ApplicationStatus::Draft;
    ProfileId profileId;
    QString profileName;
    QDateTime at; // UTC
    QDate date;   // the day it counts for (period close)
    QString note; // the justification of a recommendation, the reason of a cancellation …

    bool operator==(const StatusTransition &) const = default;
};

} // namespace FundDesk::Core
