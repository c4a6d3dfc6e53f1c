#include "core/db/schema.h"

#include "core/db/sqlhelpers.h"

namespace FundDesk::Core {

namespace {

Result<void> execAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto done = Sql::exec(db, sql); !done) {
            return done;
        }
    }
    return {};
}

// Version 1: the fund's settings and the reference list of States (¶22 priority groups,
// ¶25c geographic balance need region, regional group and LDC/LLDC/SIDS flags).
Result<void> createFoundation(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        ) STRICT)"),
        QStringLiteral(R"(CREATE TABLE states (
            iso3           TEXT PRIMARY KEY NOT NULL CHECK (length(iso3) = 3),
            m49            TEXT NOT NULL UNIQUE CHECK (length(m49) = 3),
            name_en        TEXT NOT NULL CHECK (name_en <> ''),
            name_fr        TEXT NOT NULL CHECK (name_fr <> ''),
            name_es        TEXT NOT NULL CHECK (name_es <> ''),
            name_ru        TEXT NOT NULL CHECK (name_ru <> ''),
            name_zh        TEXT NOT NULL CHECK (name_zh <> ''),
            name_ar        TEXT NOT NULL CHECK (name_ar <> ''),
            region         TEXT NOT NULL,
            subregion      TEXT NOT NULL,
            regional_group TEXT NOT NULL DEFAULT '',
            ldc            INTEGER NOT NULL CHECK (ldc IN (0, 1)),
            lldc           INTEGER NOT NULL CHECK (lldc IN (0, 1)),
            sids           INTEGER NOT NULL CHECK (sids IN (0, 1)),
            member         INTEGER NOT NULL CHECK (member IN (0, 1))
        ) STRICT)"),
        QStringLiteral("CREATE INDEX states_by_region ON states (region)"),
        QStringLiteral("CREATE INDEX states_by_regional_group ON states (regional_group)"),
    });
}

} // namespace

QList<MigrationStep> fundDeskMigrations()
{
    return {
        {1, QStringLiteral("settings and reference States"), createFoundation},
    };
}

} // namespace FundDesk::Core
