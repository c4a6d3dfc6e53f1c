#pragma once

#include "core/db/migrationstep.h"

#include <QList>

namespace FundDesk::Core {

// FundDesk's schema history, oldest first. Append new steps; never edit a released one.
QList<MigrationStep> fundDeskMigrations();

} // namespace FundDesk::Core
