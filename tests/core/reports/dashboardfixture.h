#pragma once

// A small hand-made fund for the dashboard's tables (issue 7), independent of the demo
// generator: settings (threshold USD 1.5M, staff charged to contributions), four donors,
// receipts and pledges in 2025 and 2026, two 2026 meetings with sponsored delegates from
// LDC/LLDC/SIDS States, three activities, commitments and disbursements (one refund) in 2026.

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataloader.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

namespace DashboardFixture {

using namespace FundDesk::Core;

inline QString run(QSqlDatabase db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            return sql + QStringLiteral(": ") + query.lastError().text();
        }
    }
    return {};
}

// Empty on success, else what failed.
inline QString make(std::unique_ptr<Database> &database)
{
    auto opened = Database::open(QString::fromLatin1(Database::InMemory));
    if (!opened) {
        return opened.error().detail;
    }
    database = std::move(opened).value();
    if (auto migrated = Migrator(fundDeskMigrations()).migrate(*database); !migrated) {
        return migrated.error().detail;
    }
    QSqlDatabase db = database->connection();
    if (auto loaded = ReferenceDataLoader::ensureLoaded(db); !loaded) {
        return loaded.error().detail;
    }
    FundSettings settings;
    settings.name = QStringLiteral("Dashboard fixture");
    settings.operationalThreshold = Money::usd(1'500'000'00);
    settings.staffCharging = StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Money::usd(250'000'00);
    settings.generalServicePostAnnualCost = Money::usd(150'000'00);
    settings.activityFundingFloor = Money::usd(50'000'00);
    if (auto saved = FundSettingsService(db).save(settings); !saved) {
        return saved.error().detail;
    }
    const QString receipt = QStringLiteral(
        "INSERT INTO contributions (donor_id, type, date, amount_minor, currency, usd_rate_e9, "
        "usd_minor, pledge_id) VALUES (%1, '%2', '%3', %4, 'USD', 1000000000, %4, %5)");
    const auto contribution = [&](int donor, const char *type, const char *date, qint64 cents,
                                  const char *pledge = "NULL") {
        return receipt.arg(donor)
            .arg(QLatin1String(type), QLatin1String(date))
            .arg(cents)
            .arg(QLatin1String(pledge));
    };
    const QString meeting = QStringLiteral(
        "INSERT INTO meetings (reference, name, city, start_date, end_date, formal_days, "
        "dsa_rate_minor, dsa_days, terminal_minor) VALUES ('%1', '%2', 'New York', '%3', '%4', "
        "5, 40000, 6, 10000)");
    const QString sponsorship = QStringLiteral(
        "INSERT INTO sponsorships (meeting_id, applicant_name, gender, state_iso3, "
        "capital_based, letter_received, estimated_minor, status) "
        "VALUES (%1, '%2', '%3', '%4', 1, 1, %5, '%6')");
    const auto delegate = [&](int meetingId, const char *name, const char *gender,
                              const char *iso3, qint64 cents, const char *status) {
        return sponsorship.arg(meetingId)
            .arg(QLatin1String(name), QLatin1String(gender), QLatin1String(iso3))
            .arg(cents)
            .arg(QLatin1String(status));
    };
    const QString activity = QStringLiteral(
        "INSERT INTO activities (reference, applicant_iso3, title, start_date, end_date, "
        "needs_text, status) VALUES ('%1', '%2', '%3', '%4', '%5', 'Needs assessment', '%6')");
    const QString commitment = QStringLiteral(
        "INSERT INTO commitments (item_kind, item_id, date, original_minor, amount_minor, "
        "approver_id) VALUES ('%1', %2, '%3', %4, %4, 1)");
    const QString disbursement = QStringLiteral(
        "INSERT INTO disbursements (date, item_kind, item_id, amount_minor, currency, "
        "usd_rate_e9, usd_minor, payee, reference, recipient_iso3, refund, refund_reason) "
        "VALUES ('%1', '%2', %3, %4, 'USD', 1000000000, %4, '%5', '%6', '%7', %8, '%9')");
    const auto pay = [&](const char *date, const char *kind, int id, qint64 cents,
                         const char *payee, const char *reference, const char *iso3) {
        return disbursement.arg(QLatin1String(date), QLatin1String(kind))
            .arg(id)
            .arg(cents)
            .arg(QLatin1String(payee), QLatin1String(reference), QLatin1String(iso3))
            .arg(cents < 0 ? 1 : 0)
            .arg(cents < 0 ? QStringLiteral("Unspent advance") : QString());
    };
    return run(db, {
        QStringLiteral("INSERT INTO profiles (name, role) VALUES "
                       "('Olga Petrova', 'high_representative_office')"),
        QStringLiteral("INSERT INTO donors (kind, name, state_iso3) VALUES "
                       "('member_state', 'France', 'FRA'), ('member_state', 'Japan', 'JPN')"),
        QStringLiteral("INSERT INTO donors (kind, name, due_diligence) VALUES "
                       "('foundation', 'Open Networks Foundation', 'cleared'), "
                       "('private_sector', 'Secure Systems Ltd', 'cleared')"),
        // 2025: France gives 600k; Japan pledges 2M over two years and pays 500k.
        contribution(1, "receipt", "2025-03-10", 600'000'00),
        contribution(2, "pledge", "2025-05-01", 2'000'000'00), // id 2
        contribution(2, "receipt", "2025-11-20", 500'000'00, "2"),
        // 2026: Japan pays 700k on its pledge, France 400k, the foundation pledges and pays.
        contribution(2, "receipt", "2026-02-15", 700'000'00, "2"),
        contribution(1, "receipt", "2026-04-30", 400'000'00),
        contribution(3, "pledge", "2026-06-01", 300'000'00), // id 6
        contribution(3, "receipt", "2026-09-15", 100'000'00, "6"),
        contribution(4, "receipt", "2026-10-05", 50'000'00),
        meeting.arg(QStringLiteral("PM-2026-1"), QStringLiteral("First session"),
                    QStringLiteral("2026-03-16"), QStringLiteral("2026-03-20")),
        meeting.arg(QStringLiteral("PM-2026-2"), QStringLiteral("Second session"),
                    QStringLiteral("2026-07-13"), QStringLiteral("2026-07-17")),
        // Nepal is LDC and LLDC, Haiti LDC and SIDS, Fiji SIDS, Kenya and Brazil neither.
        delegate(1, "Sita Sharma", "woman", "NPL", 7'500'00, "completed"),     // 1
        delegate(1, "Jean Pierre", "man", "HTI", 6'800'00, "completed"),       // 2
        delegate(1, "Grace Mwangi", "woman", "KEN", 7'000'00, "approved"),     // 3
        delegate(1, "Paulo Souza", "man", "BRA", 6'000'00, "rejected"),        // 4
        delegate(2, "Mere Tuilagi", "woman", "FJI", 9'200'00, "approved"),     // 5
        delegate(2, "Ana Lima", "woman", "BRA", 6'100'00, "submitted"),        // 6
        delegate(2, "Alex Doe", "other", "KEN", 7'100'00, "approved"),         // 7
        activity.arg(QStringLiteral("CB-2026-001"), QStringLiteral("FJI"),
                     QStringLiteral("CERT for Fiji"), QStringLiteral("2026-02-01"),
                     QStringLiteral("2027-01-31"), QStringLiteral("active")),
        activity.arg(QStringLiteral("CB-2026-002"), QStringLiteral("KEN"),
                     QStringLiteral("National strategy, Kenya"), QStringLiteral("2026-05-01"),
                     QStringLiteral("2026-12-31"), QStringLiteral("approved")),
        activity.arg(QStringLiteral("CB-2026-003"), QStringLiteral("ARG"),
                     QStringLiteral("Norms workshop"), QStringLiteral("2026-08-01"),
                     QStringLiteral("2026-11-30"), QStringLiteral("under_review")),
        QStringLiteral("INSERT INTO activity_amounts (activity_id, year, amount_minor) VALUES "
                       "(1, 2026, 18000000), (1, 2027, 6000000), (2, 2026, 9000000), "
                       "(3, 2026, 7000000)"),
        QStringLiteral("INSERT INTO activity_focus_areas (activity_id, area) VALUES "
                       "(1, 'incident_response'), (1, 'training_workforce'), "
                       "(2, 'national_strategies'), (3, 'norms')"),
        QStringLiteral("INSERT INTO activity_co_applicants (activity_id, iso3, position) "
                       "VALUES (1, 'TON', 1)"),
        commitment.arg(QStringLiteral("sponsorship")).arg(1).arg(QStringLiteral("2026-02-20")).arg(7'500'00),
        commitment.arg(QStringLiteral("sponsorship")).arg(2).arg(QStringLiteral("2026-02-20")).arg(6'800'00),
        commitment.arg(QStringLiteral("sponsorship")).arg(3).arg(QStringLiteral("2026-02-21")).arg(7'000'00),
        commitment.arg(QStringLiteral("sponsorship")).arg(5).arg(QStringLiteral("2026-06-10")).arg(9'200'00),
        commitment.arg(QStringLiteral("sponsorship")).arg(7).arg(QStringLiteral("2026-06-10")).arg(7'100'00),
        commitment.arg(QStringLiteral("activity")).arg(1).arg(QStringLiteral("2026-01-20")).arg(240'000'00),
        commitment.arg(QStringLiteral("activity")).arg(2).arg(QStringLiteral("2026-04-15")).arg(90'000'00),
        pay("2026-03-02", "sponsorship", 1, 7'500'00, "Sita Sharma", "DSB-001", "NPL"),
        pay("2026-03-02", "sponsorship", 2, 6'800'00, "Jean Pierre", "DSB-002", "HTI"),
        pay("2026-03-03", "sponsorship", 3, 7'000'00, "Grace Mwangi", "DSB-003", "KEN"),
        pay("2026-04-10", "sponsorship", 3, -1'200'00, "Grace Mwangi", "RFD-001", "KEN"),
        pay("2026-02-10", "activity", 1, 120'000'00, "Fiji CERT", "DSB-004", "FJI"),
        pay("2026-06-01", "activity", 2, 45'000'00, "Kenya ICT Authority", "DSB-005", "KEN"),
        pay("2026-07-01", "sponsorship", 5, 9'200'00, "Mere Tuilagi", "DSB-006", "FJI"),
    });
}

} // namespace DashboardFixture
