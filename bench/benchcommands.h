#pragma once

#include "bench/benchmeasure.h"

#include <QList>
#include <QString>

namespace FundDesk::Core {
class Database;
class ReferenceDataService;
} // namespace FundDesk::Core

namespace FundDesk::Bench {

// The slate builder on the first 500 candidates of the last meeting held, beside reading those
// rows bare.
Figure measureSlate(Core::Database &database, const Core::ReferenceDataService &reference,
                    const QString &databasePath, int runs);

// The slots for the work other capabilities bring: the dashboard refresh, one PDF packet, the
// annual report and importing 100 000 contribution rows, each run in-process through
// App::CommandLineRunner when this build has the command, and left marked "not measured" when
// it has not.
QList<Figure> measureCommands(const QString &databasePath, int runs);

} // namespace FundDesk::Bench
