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

// Version 2: donors and contributions (¶14–¶17, ¶19, ¶20b). Amounts are integer minor units;
// the rate to USD (× 10^9) and the USD value are stored with each record.
Result<void> createContributions(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE donors (
            id                  INTEGER PRIMARY KEY,
            kind                TEXT NOT NULL CHECK (kind IN ('member_state', 'observer_state',
                                    'igo', 'foundation', 'private_sector', 'other_ngo')),
            name                TEXT NOT NULL CHECK (name <> ''),
            state_iso3          TEXT REFERENCES states (iso3),
            country_iso3        TEXT REFERENCES states (iso3),
            due_diligence       TEXT NOT NULL DEFAULT 'not_required' CHECK (due_diligence IN
                                    ('not_required', 'pending', 'cleared', 'declined')),
            due_diligence_date  TEXT,
            due_diligence_note  TEXT NOT NULL DEFAULT '',
            contact             TEXT NOT NULL DEFAULT '',
            notes               TEXT NOT NULL DEFAULT '',
            CHECK ((kind IN ('member_state', 'observer_state')) = (state_iso3 IS NOT NULL))
        ) STRICT)"),
        QStringLiteral("CREATE UNIQUE INDEX donors_one_per_state ON donors (state_iso3) "
                       "WHERE state_iso3 IS NOT NULL"),
        QStringLiteral("CREATE INDEX donors_by_name ON donors (name)"),
        QStringLiteral(R"(CREATE TABLE contributions (
            id                      INTEGER PRIMARY KEY,
            donor_id                INTEGER NOT NULL REFERENCES donors (id) ON DELETE RESTRICT,
            type                    TEXT NOT NULL CHECK (type IN ('pledge', 'receipt')),
            date                    TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            amount_minor            INTEGER NOT NULL CHECK (amount_minor > 0),
            currency                TEXT NOT NULL CHECK (length(currency) = 3),
            usd_rate_e9             INTEGER NOT NULL CHECK (usd_rate_e9 > 0),
            usd_minor               INTEGER NOT NULL CHECK (usd_minor >= 0),
            pledge_id               INTEGER REFERENCES contributions (id) ON DELETE RESTRICT,
            publication             TEXT NOT NULL DEFAULT 'publish'
                                        CHECK (publication IN ('publish', 'anonymous', 'withhold')),
            conditions              TEXT NOT NULL DEFAULT '',
            earmarked               INTEGER NOT NULL DEFAULT 0 CHECK (earmarked = 0),
            conditions_not_earmark  INTEGER NOT NULL DEFAULT 0 CHECK (conditions_not_earmark IN (0, 1)),
            reference               TEXT NOT NULL DEFAULT '',
            notes                   TEXT NOT NULL DEFAULT '',
            CHECK (pledge_id IS NULL OR type = 'receipt')
        ) STRICT)"),
        QStringLiteral("CREATE INDEX contributions_by_donor ON contributions (donor_id, date)"),
        QStringLiteral("CREATE INDEX contributions_by_type_date ON contributions (type, date)"),
        QStringLiteral("CREATE INDEX contributions_by_pledge ON contributions (pledge_id) "
                       "WHERE pledge_id IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE pledge_schedule (
            id            INTEGER PRIMARY KEY,
            pledge_id     INTEGER NOT NULL REFERENCES contributions (id) ON DELETE CASCADE,
            due_date      TEXT NOT NULL,
            amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0)
        ) STRICT)"),
        QStringLiteral("CREATE INDEX pledge_schedule_by_pledge ON pledge_schedule (pledge_id, due_date)"),
        // No foreign key: the history of a deleted receipt outlives it.
        QStringLiteral(R"(CREATE TABLE contribution_history (
            id               INTEGER PRIMARY KEY,
            contribution_id  INTEGER NOT NULL,
            changed_at       TEXT NOT NULL,
            reason           TEXT NOT NULL DEFAULT '',
            before_json      TEXT NOT NULL
        ) STRICT)"),
        QStringLiteral("CREATE INDEX contribution_history_by_contribution "
                       "ON contribution_history (contribution_id, id)"),
    });
}

} // namespace

QList<MigrationStep> fundDeskMigrations()
{
    return {
        {1, QStringLiteral("settings and reference States"), createFoundation},
        {2, QStringLiteral("donors and contributions"), createContributions},
    };
}

} // namespace FundDesk::Core
