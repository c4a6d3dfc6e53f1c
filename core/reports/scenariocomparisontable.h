#pragma once

#include "core/reports/reporttable.h"
#include "core/services/scenarioplanner.h"

#include <QList>

namespace FundDesk::Core {

// Scenarios side by side, one row each: the inputs that matter and what the planner makes of
// them (seats, activities, months covered, money left unallocated).
class ScenarioComparisonTable final
{
public:
    ScenarioComparisonTable() = delete;
    static ReportTable build(const QList<ScenarioInputs> &scenarios);
};

} // namespace FundDesk::Core
