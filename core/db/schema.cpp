#include "core/db/schema.h"

#include "core/db/schemadashboard.h"
#include "core/db/schemaworkflow.h"

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

// Version 3: meetings of the permanent mechanism and delegate sponsorships (¶9a, ¶21–¶22).
// Airfare norms are child rows (one per M49 region); the five ¶21 criteria are columns so a
// screening reads one row. met_* is NULL while a criterion is not yet assessed.
Result<void> createSponsorships(QSqlDatabase &db)
{
    QStringList criteria;
    for (const char letter : {'a', 'b', 'c', 'd', 'e'}) {
        const QLatin1Char key(letter);
        criteria << QStringLiteral("met_%1 INTEGER CHECK (met_%1 IN (0, 1))").arg(key)
                 << QStringLiteral("evidence_%1 TEXT NOT NULL DEFAULT ''").arg(key);
    }
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE meetings (
            id                   INTEGER PRIMARY KEY,
            reference            TEXT NOT NULL UNIQUE CHECK (reference <> ''),
            name                 TEXT NOT NULL CHECK (name <> ''),
            city                 TEXT NOT NULL CHECK (city <> ''),
            start_date           TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            end_date             TEXT NOT NULL CHECK (end_date >= start_date),
            formal_days          INTEGER NOT NULL CHECK (formal_days >= 1),
            dsa_rate_minor       INTEGER NOT NULL CHECK (dsa_rate_minor >= 0),
            dsa_days             INTEGER NOT NULL CHECK (dsa_days >= 0),
            terminal_minor       INTEGER NOT NULL CHECK (terminal_minor >= 0)
        ) STRICT)"),
        QStringLiteral("CREATE INDEX meetings_by_start ON meetings (start_date)"),
        QStringLiteral(R"(CREATE TABLE meeting_airfares (
            meeting_id    INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            region        TEXT NOT NULL,
            amount_minor  INTEGER NOT NULL CHECK (amount_minor >= 0),
            PRIMARY KEY (meeting_id, region)
        ) STRICT, WITHOUT ROWID)"),
        QString(QStringLiteral(R"(CREATE TABLE sponsorships (
            id                   INTEGER PRIMARY KEY,
            meeting_id           INTEGER NOT NULL REFERENCES meetings (id) ON DELETE RESTRICT,
            applicant_name       TEXT NOT NULL CHECK (applicant_name <> ''),
            gender               TEXT NOT NULL CHECK (gender IN ('woman', 'man', 'other')),
            state_iso3           TEXT NOT NULL REFERENCES states (iso3),
            ministry             TEXT NOT NULL DEFAULT '',
            title                TEXT NOT NULL DEFAULT '',
            capital_based        INTEGER NOT NULL CHECK (capital_based IN (0, 1)),
            contact              TEXT NOT NULL DEFAULT '',
            )") + criteria.join(QStringLiteral(",\n            ")) + QStringLiteral(R"(,
            letter_received      INTEGER NOT NULL CHECK (letter_received IN (0, 1)),
            estimated_minor      INTEGER NOT NULL CHECK (estimated_minor >= 0),
            override_minor       INTEGER CHECK (override_minor >= 0),
            override_reason      TEXT NOT NULL DEFAULT '',
            score                INTEGER CHECK (score BETWEEN 0 AND 100),
            status               TEXT NOT NULL DEFAULT 'draft',
            attended_all         INTEGER CHECK (attended_all IN (0, 1)),
            report_received      INTEGER NOT NULL DEFAULT 0 CHECK (report_received IN (0, 1)),
            actual_minor         INTEGER CHECK (actual_minor >= 0),
            notes                TEXT NOT NULL DEFAULT '',
            CHECK (override_minor IS NULL OR override_reason <> '')
        ) STRICT)")),
        // The filters of the Sponsorships page: by meeting (always), status and State.
        QStringLiteral("CREATE INDEX sponsorships_by_meeting ON sponsorships (meeting_id, status)"),
        QStringLiteral("CREATE INDEX sponsorships_by_status ON sponsorships (status)"),
        QStringLiteral("CREATE INDEX sponsorships_by_state ON sponsorships (state_iso3)"),
    });
}

// Version 4: capacity-building activities (¶23–¶26), their scored reviews (¶25) and the
// consultations of the governance structure (¶18). Lists of an application (co-applicants,
// partners, yearly amounts, focus areas) are child rows so the filters can use indexes.
Result<void> createActivities(QSqlDatabase &db)
{
    return execAll(db, {
        QStringLiteral(R"(CREATE TABLE activities (
            id                  INTEGER PRIMARY KEY,
            reference           TEXT NOT NULL UNIQUE CHECK (reference <> ''),
            applicant_iso3      TEXT NOT NULL REFERENCES states (iso3),
            title               TEXT NOT NULL CHECK (title <> ''),
            summary             TEXT NOT NULL DEFAULT '',
            objectives          TEXT NOT NULL DEFAULT '',
            expected_outputs    TEXT NOT NULL DEFAULT '',
            outcomes            TEXT NOT NULL DEFAULT '',
            start_date          TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            end_date            TEXT NOT NULL CHECK (end_date >= start_date),
            co_funding_minor    INTEGER NOT NULL DEFAULT 0 CHECK (co_funding_minor >= 0),
            co_funding_source   TEXT NOT NULL DEFAULT '',
            needs_text          TEXT NOT NULL DEFAULT '',
            needs_document      TEXT NOT NULL DEFAULT '',
            status              TEXT NOT NULL DEFAULT 'draft',
            results             TEXT NOT NULL DEFAULT '',
            CHECK (needs_text <> '' OR needs_document <> '')
        ) STRICT)"),
        QStringLiteral("CREATE INDEX activities_by_status ON activities (status)"),
        QStringLiteral("CREATE INDEX activities_by_applicant ON activities (applicant_iso3)"),
        // ISO dates compare as text, so a start year is a range on this index.
        QStringLiteral("CREATE INDEX activities_by_start ON activities (start_date)"),
        QStringLiteral(R"(CREATE TABLE activity_co_applicants (
            activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            iso3         TEXT NOT NULL REFERENCES states (iso3),
            position     INTEGER NOT NULL,
            PRIMARY KEY (activity_id, iso3)
        ) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX activity_co_applicants_by_state "
                       "ON activity_co_applicants (iso3)"),
        QStringLiteral(R"(CREATE TABLE activity_partners (
            id           INTEGER PRIMARY KEY,
            activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            name         TEXT NOT NULL CHECK (name <> ''),
            kind         TEXT NOT NULL CHECK (kind IN ('non_governmental', 'un_entity',
                             'international_regional', 'academic', 'private_sector'))
        ) STRICT)"),
        QStringLiteral("CREATE INDEX activity_partners_by_activity "
                       "ON activity_partners (activity_id, id)"),
        QStringLiteral(R"(CREATE TABLE activity_amounts (
            activity_id   INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            year          INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
            amount_minor  INTEGER NOT NULL CHECK (amount_minor > 0),
            PRIMARY KEY (activity_id, year)
        ) STRICT, WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE activity_focus_areas (
            activity_id  INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
            area         TEXT NOT NULL,
            PRIMARY KEY (activity_id, area)
        ) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX activity_focus_areas_by_area "
                       "ON activity_focus_areas (area)"),
        // A declared conflict is recorded before any score and forbids one (¶25 review).
        QStringLiteral(R"(CREATE TABLE activity_reviews (
            id             INTEGER PRIMARY KEY,
            activity_id    INTEGER NOT NULL REFERENCES activities (id) ON DELETE RESTRICT,
            reviewer       TEXT NOT NULL CHECK (reviewer <> ''),
            conflict       INTEGER NOT NULL CHECK (conflict IN (0, 1)),
            conflict_note  TEXT NOT NULL DEFAULT '',
            declared_on    TEXT NOT NULL,
            scored         INTEGER NOT NULL DEFAULT 0 CHECK (scored IN (0, 1)),
            score_a        INTEGER NOT NULL DEFAULT 0 CHECK (score_a BETWEEN 0 AND 5),
            score_b        INTEGER NOT NULL DEFAULT 0 CHECK (score_b BETWEEN 0 AND 5),
            score_c        INTEGER NOT NULL DEFAULT 0 CHECK (score_c BETWEEN 0 AND 5),
            score_d        INTEGER NOT NULL DEFAULT 0 CHECK (score_d BETWEEN 0 AND 5),
            score_e        INTEGER NOT NULL DEFAULT 0 CHECK (score_e BETWEEN 0 AND 5),
            score_f        INTEGER NOT NULL DEFAULT 0 CHECK (score_f BETWEEN 0 AND 5),
            justification  TEXT NOT NULL DEFAULT '',
            scored_on      TEXT NOT NULL DEFAULT '',
            UNIQUE (activity_id, reviewer),
            CHECK (conflict = 0 OR scored = 0),
            CHECK (scored = 0 OR justification <> '')
        ) STRICT)"),
        QStringLiteral(R"(CREATE TABLE consultations (
            id     INTEGER PRIMARY KEY,
            date   TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            notes  TEXT NOT NULL DEFAULT ''
        ) STRICT)"),
        QStringLiteral("CREATE INDEX consultations_by_date ON consultations (date)"),
        QStringLiteral(R"(CREATE TABLE consultation_participants (
            consultation_id  INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
            position         INTEGER NOT NULL,
            name             TEXT NOT NULL CHECK (name <> ''),
            PRIMARY KEY (consultation_id, position)
        ) STRICT, WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE consultation_advice (
            consultation_id  INTEGER NOT NULL REFERENCES consultations (id) ON DELETE CASCADE,
            activity_id      INTEGER NOT NULL REFERENCES activities (id) ON DELETE RESTRICT,
            stance           TEXT NOT NULL CHECK (stance IN ('supports',
                                 'supports_with_changes', 'does_not_support', 'no_view')),
            advice           TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (consultation_id, activity_id)
        ) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX consultation_advice_by_activity "
                       "ON consultation_advice (activity_id)"),
    });
}

} // namespace

QList<MigrationStep> fundDeskMigrations()
{
    return {
        {1, QStringLiteral("settings and reference States"), createFoundation},
        {2, QStringLiteral("donors and contributions"), createContributions},
        {3, QStringLiteral("meetings and sponsorships"), createSponsorships},
        {4, QStringLiteral("activities, reviews and consultations"), createActivities},
        {5, QStringLiteral("workflow, commitments, disbursements, periods and audit"),
         createWorkflowAndAudit},
        {6, QStringLiteral("covering indexes for the dashboard"), createDashboardIndexes},
        {7, QStringLiteral("covering index for the dashboard's cost norms"),
         createDashboardCostNormIndex},
    };
}

} // namespace FundDesk::Core
