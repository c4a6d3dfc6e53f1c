#pragma once

#include "core/domain/regions.h"
#include "core/services/demo/demoworkflow.h"
#include "core/services/demo/scalebudget.h"
#include "core/services/demo/scalebulkwriter.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace FundDesk::Core::Demo {

struct ScaleState
{
    QString iso3;
    Region region = Region::Africa;
    RegionalGroup group = RegionalGroup::None;
    bool member = true;
};

// What the parts of the scale generator share: the writer, the dice, the calendar.
struct ScaleContext
{
    ScaleBulkWriter &writer;
    QRandomGenerator &random;
    ScaleBudget &budget;
    QList<ScaleState> states;
    DemoStaff staff;
    QDate today;
    int scale = 1;
    int firstYear = 0;

    int bounded(int n) { return int(random.bounded(n)); }
    QDate dayIn(int year) { return QDate(year, 1, 1).addDays(bounded(365)); }
};

} // namespace FundDesk::Core::Demo
