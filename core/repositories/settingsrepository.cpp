#include "core/repositories/settingsrepository.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

SettingsRepository::SettingsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<QString>> SettingsRepository::value(const QString &key) const
{
    auto query = Sql::prepare(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(key);
    if (auto done = Sql::execPrepared(*query, QStringLiteral("read setting")); !done) {
        return done.error();
    }
    if (!query->next()) {
        return std::optional<QString>();
    }
    return std::optional<QString>(query->value(0).toString());
}

Result<void> SettingsRepository::setValue(const QString &key, const QString &value)
{
    auto query = Sql::prepare(m_db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!query) {
        return query.error();
    }
    query->addBindValue(key);
    query->addBindValue(value);
    return Sql::execPrepared(*query, QStringLiteral("write setting"));
}

} // namespace FundDesk::Core
