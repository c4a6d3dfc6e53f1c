#pragma once

#include "core/domain/activityapplication.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace FundDesk::Core {
class ReferenceDataService;
}

namespace FundDesk::Core::Demo {

class DemoWorkflow;

struct DemoActivityCounts
{
    int activities = 0;
    int reviews = 0;
    int consultations = 0;
};

// About forty activity applications across the regions and the nine focus areas, some
// multi-year, a few under the ¶23 floor, statuses over the whole workflow, two or three
// reviews each once under review (one reviewer recused), results for completed ones, and two
// consultations of the governance structure. Each is stored as received (Draft or Submitted)
// and its way through the workflow to its status is handed to DemoWorkflow. Through the real services, dated by `today`, so
// the demo obeys every rule and is the same for the same seed. Runs inside the demo's
// transaction; the fund's settings (the floor) must be saved first.
class DemoActivities final
{
public:
    DemoActivities(QSqlDatabase db, const ReferenceDataService &reference,
                   QRandomGenerator &random, QDate today, DemoWorkflow &workflow);

    Result<DemoActivityCounts> generate();

private:
    struct Draft
    {
        ActivityApplication application;
        bool belowFloor = false;
    };

    QList<Draft> drafts();
    void schedule(ActivityApplication &application, qint64 totalDollars, bool longer);
    ApplicationStatus statusFor(const ActivityApplication &application, bool belowFloor);
    Result<int> review(ActivityId id, ApplicationStatus status);
    Result<int> consult(const QList<ActivityApplication> &stored);

    QSqlDatabase m_db;
    const ReferenceDataService &m_reference;
    QRandomGenerator &m_random;
    QDate m_today;
    DemoWorkflow &m_workflow;
    bool m_recused = false;
    int m_reviewed = 0;
};

} // namespace FundDesk::Core::Demo
