#pragma once

#include "core/domain/applicationstatus.h"
#include "core/domain/workflowitem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace FundDesk::Core::Demo {

// One sponsorship or activity of the scale fund, as the workflow writer needs it: where it
// ends up, when it came in, when it runs, what approval commits (USD cents) and who is paid.
struct ScaleItem
{
    WorkflowItem item;
    ApplicationStatus target = ApplicationStatus::Submitted;
    QDate received;
    QDate start;
    QDate end;
    qint64 amount = 0;       // the commitment if approved
    qint64 firstPayment = 0; // a sponsorship's airfare, paid before the rest
    QString iso3;
    QString payee;
};

} // namespace FundDesk::Core::Demo

namespace FundDesk::Core::Demo {

// The day the item reached `status` on its way (never after `today`): screened a week after it
// came in, reviewed, recommended and approved within two months, active from its start,
// completed after its end, cancelled half-way.
QDate scaleStepDate(const ScaleItem &item, ApplicationStatus status, QDate today);

} // namespace FundDesk::Core::Demo
