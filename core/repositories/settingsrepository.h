#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace FundDesk::Core {

// The fund's own settings (name, threshold, …) as keys and text values in its database, so they
// travel with the file; the UI's preferences live in QSettings instead.
class SettingsRepository final
{
public:
    explicit SettingsRepository(QSqlDatabase db);

    Result<std::optional<QString>> value(const QString &key) const;
    Result<void> setValue(const QString &key, const QString &value);

private:
    QSqlDatabase m_db;
};

} // namespace FundDesk::Core
