#include "core/db/schemaworkflow.h"

#include "core/db/audittriggers.h"
#include "core/db/sqlhelpers.h"

#include <QStringList>

namespace FundDesk::Core {

namespace {

const QString kDateCheck = QStringLiteral("GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'");

// ¶15, ¶18: who acts, and the history of every move of an application.
QStringList workflowTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE profiles (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE CHECK (name <> ''),
            role  TEXT NOT NULL CHECK (role IN ('fund_manager', 'finance_assistant',
                      'high_representative_office'))
        ) STRICT)"),
        QStringLiteral(R"(CREATE TABLE status_transitions (
            id           INTEGER PRIMARY KEY,
            item_kind    TEXT NOT NULL CHECK (item_kind IN ('sponsorship', 'activity')),
            item_id      INTEGER NOT NULL,
            from_status  TEXT NOT NULL,
            to_status    TEXT NOT NULL,
            profile_id   INTEGER NOT NULL REFERENCES profiles (id) ON DELETE RESTRICT,
            at           TEXT NOT NULL,
            date         TEXT NOT NULL CHECK (date %1),
            note         TEXT NOT NULL DEFAULT ''
        ) STRICT)")
            .arg(kDateCheck),
        QStringLiteral("CREATE INDEX status_transitions_by_item "
                       "ON status_transitions (item_kind, item_id, id)"),
        QStringLiteral(R"(CREATE TABLE commitments (
            id              INTEGER PRIMARY KEY,
            item_kind       TEXT NOT NULL CHECK (item_kind IN ('sponsorship', 'activity')),
            item_id         INTEGER NOT NULL,
            date            TEXT NOT NULL CHECK (date %1),
            original_minor  INTEGER NOT NULL CHECK (original_minor >= 0),
            amount_minor    INTEGER NOT NULL CHECK (amount_minor >= 0),
            approver_id     INTEGER NOT NULL REFERENCES profiles (id) ON DELETE RESTRICT,
            UNIQUE (item_kind, item_id)
        ) STRICT)")
            .arg(kDateCheck),
        QStringLiteral("CREATE INDEX commitments_by_date ON commitments (date)"),
        QStringLiteral(R"(CREATE TABLE commitment_amendments (
            id              INTEGER PRIMARY KEY,
            commitment_id   INTEGER NOT NULL REFERENCES commitments (id) ON DELETE RESTRICT,
            old_minor       INTEGER NOT NULL CHECK (old_minor >= 0),
            new_minor       INTEGER NOT NULL CHECK (new_minor >= 0),
            justification   TEXT NOT NULL CHECK (justification <> ''),
            recommender_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE RESTRICT,
            recommended_on  TEXT NOT NULL CHECK (recommended_on %1),
            approver_id     INTEGER REFERENCES profiles (id) ON DELETE RESTRICT,
            decided_on      TEXT,
            status          TEXT NOT NULL DEFAULT 'proposed'
                                CHECK (status IN ('proposed', 'approved', 'rejected')),
            CHECK ((status = 'proposed') = (approver_id IS NULL))
        ) STRICT)")
            .arg(kDateCheck),
        QStringLiteral("CREATE INDEX commitment_amendments_by_commitment "
                       "ON commitment_amendments (commitment_id, id)"),
        // Refunds are negative and carry their reason; the region is read from states.
        QStringLiteral(R"(CREATE TABLE disbursements (
            id              INTEGER PRIMARY KEY,
            date            TEXT NOT NULL CHECK (date %1),
            item_kind       TEXT NOT NULL CHECK (item_kind IN ('sponsorship', 'activity')),
            item_id         INTEGER NOT NULL,
            amount_minor    INTEGER NOT NULL CHECK (amount_minor <> 0),
            currency        TEXT NOT NULL CHECK (length(currency) = 3),
            usd_rate_e9     INTEGER NOT NULL CHECK (usd_rate_e9 > 0),
            usd_minor       INTEGER NOT NULL,
            payee           TEXT NOT NULL CHECK (payee <> ''),
            reference       TEXT NOT NULL DEFAULT '',
            recipient_iso3  TEXT NOT NULL REFERENCES states (iso3),
            refund          INTEGER NOT NULL CHECK (refund IN (0, 1)),
            refund_reason   TEXT NOT NULL DEFAULT '',
            CHECK ((refund = 1) = (amount_minor < 0)),
            CHECK (refund = 0 OR refund_reason <> '')
        ) STRICT)")
            .arg(kDateCheck),
        QStringLiteral("CREATE INDEX disbursements_by_item "
                       "ON disbursements (item_kind, item_id, date)"),
        QStringLiteral("CREATE INDEX disbursements_by_date ON disbursements (date)"),
        QStringLiteral(R"(CREATE TABLE closed_years (
            year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
            closed_by  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE RESTRICT,
            closed_at  TEXT NOT NULL
        ) STRICT)"),
        QStringLiteral(R"(CREATE TABLE period_events (
            id          INTEGER PRIMARY KEY,
            year        INTEGER NOT NULL,
            action      TEXT NOT NULL CHECK (action IN ('close', 'reopen')),
            reason      TEXT NOT NULL DEFAULT '',
            profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE RESTRICT,
            at          TEXT NOT NULL,
            CHECK (action = 'close' OR reason <> '')
        ) STRICT)"),
    };
}

// The trail itself. Triggers write an entry with hash NULL in the same statement as the
// change; AuditChain::seal() chains the hashes before the transaction commits. The trail is
// append-only from SQL: a DELETE, or an UPDATE of a sealed entry, aborts.
QStringList auditTables()
{
    return {
        QStringLiteral(R"(CREATE TABLE audit_log (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            at          TEXT NOT NULL,
            profile_id  INTEGER,
            profile     TEXT NOT NULL DEFAULT '',
            table_name  TEXT NOT NULL,
            record_id   TEXT NOT NULL,
            action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            old_values  TEXT,
            new_values  TEXT,
            prev_hash   TEXT,
            hash        TEXT
        ) STRICT)"),
        QStringLiteral("CREATE INDEX audit_log_unsealed ON audit_log (seq) WHERE hash IS NULL"),
        QStringLiteral("CREATE INDEX audit_log_by_record "
                       "ON audit_log (table_name, record_id, seq)"),
        // The profile the next entries name; a trigger cannot read a TEMP table, so this is a
        // one-row table of the main schema, set by the services inside their transaction.
        QStringLiteral(R"(CREATE TABLE audit_actor (
            id          INTEGER PRIMARY KEY CHECK (id = 1),
            profile_id  INTEGER,
            profile     TEXT NOT NULL DEFAULT ''
        ) STRICT)"),
        QStringLiteral("INSERT INTO audit_actor (id, profile_id, profile) VALUES (1, NULL, '')"),
        // The last sealed entry: without it, deleting the newest entries would leave a chain
        // that still verifies.
        QStringLiteral(R"(CREATE TABLE audit_seal (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            last_seq   INTEGER NOT NULL,
            last_hash  TEXT NOT NULL
        ) STRICT)"),
        QStringLiteral("INSERT INTO audit_seal (id, last_seq, last_hash) VALUES (1, 0, '%1')")
            .arg(QString(64, QLatin1Char('0'))),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_log_no_edit BEFORE UPDATE ON audit_log
            WHEN OLD.hash IS NOT NULL
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
    };
}

} // namespace

Result<void> createWorkflowAndAudit(QSqlDatabase &db)
{
    for (const QString &sql : workflowTables() + auditTables()) {
        if (auto done = Sql::exec(db, sql); !done) {
            return done;
        }
    }
    return AuditTriggers::installAll(db);
}

} // namespace FundDesk::Core
