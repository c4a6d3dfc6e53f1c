#pragma once

#include "core/domain/fundsettings.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace FundDesk::Core {

// Reads and writes the fund's settings (name, ¶16 threshold, ¶15 staff costs, ¶23 floor).
class FundSettingsService final
{
public:
    explicit FundSettingsService(QSqlDatabase db);

    Result<FundSettings> load() const;
    // Error::field: "name", "threshold", "thresholdAnnounced", "professionalCost",
    // "generalServiceCost", "floor". Amounts are USD and not negative.
    Result<void> validate(const FundSettings &settings) const;
    Result<void> save(const FundSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
