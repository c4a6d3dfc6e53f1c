#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace FundDesk::Core {

// Fills the empty `states` table from the reference CSVs embedded in the program
// (":/reference/un-member-states.csv", ":/reference/observer-states.csv").
class ReferenceDataLoader final
{
public:
    ReferenceDataLoader() = delete;

    static QString memberStatesResource();
    static QString observerStatesResource();

    // Loads both files in one transaction when the table is empty (all or nothing) and returns
    // the number of States inserted; returns 0 and changes nothing when it already has rows.
    static Result<int> ensureLoaded(QSqlDatabase db);
};

} // namespace FundDesk::Core
