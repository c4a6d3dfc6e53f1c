#pragma once

#include "bench/benchmeasure.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {
class FundServices;
} // namespace FundDesk::Core

namespace FundDesk::Bench {

// The dashboard of issue 7 on an open fund: every table of Core::DashboardCatalog built on the
// fund's connection, and the Dashboard page's refresh, each beside its bare SQL — the very
// statements the build ran (captured with sqlite3_trace_v2, bound values expanded) replayed
// through the SQLite C API on a read-only connection of their own. Medians of `runs`, wall
// clock and CPU time of the thread (the note). `year` 0 is this year. With `statements`, each
// statement's own time is printed too, to find where the time goes.
QList<Figure> measureDashboard(Core::FundServices &services, const QString &databasePath,
                               int runs, int year = 0, bool statements = false);

} // namespace FundDesk::Bench
