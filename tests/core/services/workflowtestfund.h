#pragma once

// A fund for the workflow tests: a fresh :memory: database migrated by the real Migrator, the
// reference States, a threshold of USD 100,000 reached by USD 1,000,000 received, three
// profiles, an eligible sponsorship (USD 5,000) and an activity (USD 120,000).

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/profile.h"
#include "core/domain/workflowitem.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/profileservice.h"
#include "core/services/referencedataloader.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace WorkflowTest {

using namespace FundDesk::Core;

inline const QDate kToday(2026, 6, 30);

struct Fund
{
    std::unique_ptr<Database> database;
    Profile manager;  // fund manager
    Profile manager2; // a second fund manager
    Profile finance;  // finance assistant
    Profile office;   // High Representative's office
    Profile office2;  // a second member of the office
    WorkflowItem sponsorship;
    WorkflowItem activity;

    QSqlDatabase db() const { return database->connection(); }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(db());
        if (!query.prepare(sql)) {
            return false;
        }
        for (const QVariant &value : values) {
            query.addBindValue(value);
        }
        return query.exec();
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }

    bool receive(qint64 usdCents, const QString &date = QStringLiteral("2026-01-15")) const
    {
        return exec(QStringLiteral("INSERT INTO contributions (donor_id, type, date, amount_minor, "
                                   "currency, usd_rate_e9, usd_minor) VALUES "
                                   "(1, 'receipt', ?, ?, 'USD', 1000000000, ?)"),
                    {date, usdCents, usdCents});
    }

    bool setStatus(const WorkflowItem &item, const QString &status) const
    {
        return exec(
            QStringLiteral("UPDATE %1 SET status = ? WHERE id = ?")
                .arg(item.kind == WorkflowItemKind::Sponsorship ? QStringLiteral("sponsorships")
                                                                : QStringLiteral("activities")),
            {status, item.id});
    }
};

inline Profile addProfile(QSqlDatabase db, const QString &name, ProfileRole role)
{
    Profile profile{ProfileId(), name, role};
    auto id = ProfileService(db).add(profile);
    profile.id = id ? *id : ProfileId();
    return profile;
}

// Empty on success, else what failed.
inline QString makeFund(Fund &fund, qint64 receivedCents = 1'000'000'00)
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    if (!db) {
        return db.error().detail;
    }
    fund.database = std::move(db).value();
    if (auto migrated = Migrator(fundDeskMigrations()).migrate(*fund.database); !migrated) {
        return migrated.error().detail;
    }
    if (auto loaded = ReferenceDataLoader::ensureLoaded(fund.db()); !loaded) {
        return loaded.error().detail;
    }
    FundSettings settings;
    settings.name = QStringLiteral("Test fund");
    settings.operationalThreshold = Money::usd(100'000'00);
    settings.activityFundingFloor = Money::usd(50'000'00);
    if (auto saved = FundSettingsService(fund.db()).save(settings); !saved) {
        return saved.error().detail;
    }
    fund.manager = addProfile(fund.db(), QStringLiteral("Amina Diallo"), ProfileRole::FundManager);
    fund.manager2 = addProfile(fund.db(), QStringLiteral("Li Wei"), ProfileRole::FundManager);
    fund.finance =
        addProfile(fund.db(), QStringLiteral("Carlos Ruiz"), ProfileRole::FinanceAssistant);
    fund.office = addProfile(fund.db(), QStringLiteral("Olga Petrova"),
                             ProfileRole::HighRepresentativeOffice);
    fund.office2 =
        addProfile(fund.db(), QStringLiteral("Sam Okafor"), ProfileRole::HighRepresentativeOffice);
    const bool ok =
        fund.exec(QStringLiteral("INSERT INTO donors (kind, name, state_iso3) "
                                 "VALUES ('member_state', 'France', 'FRA')")) &&
        (receivedCents == 0 || fund.receive(receivedCents)) &&
        fund.exec(QStringLiteral(
            "INSERT INTO meetings (reference, name, city, start_date, end_date, formal_days, "
            "dsa_rate_minor, dsa_days, terminal_minor) VALUES ('PM-1', 'First session', "
            "'New York', '2026-07-06', '2026-07-10', 5, 40000, 6, 10000)")) &&
        fund.exec(QStringLiteral(
            "INSERT INTO sponsorships (meeting_id, applicant_name, gender, state_iso3, "
            "capital_based, met_a, met_b, met_c, met_d, met_e, letter_received, estimated_minor, "
            "status) VALUES (1, 'Grace Mwangi', 'woman', 'KEN', 1, 1, 1, 1, 1, 1, 1, 500000, "
            "'draft')")) &&
        fund.exec(QStringLiteral(
            "INSERT INTO activities (reference, applicant_iso3, title, start_date, end_date, "
            "needs_text, status) VALUES ('CB-2026-001', 'FJI', 'CERT for Fiji', '2026-09-01', "
            "'2027-08-31', 'Needs assessment 2025', 'draft')")) &&
        fund.exec(QStringLiteral("INSERT INTO activity_amounts (activity_id, year, amount_minor) "
                                 "VALUES (1, 2026, 8000000), (1, 2027, 4000000)")) &&
        fund.exec(QStringLiteral("INSERT INTO activity_focus_areas (activity_id, area) "
                                 "VALUES (1, 'incident_response')"));
    if (!ok || !fund.office2.id.isValid()) {
        return QStringLiteral("could not set up the test fund");
    }
    fund.sponsorship = WorkflowItem::sponsorship(1);
    fund.activity = WorkflowItem::activity(1);
    return {};
}

} // namespace WorkflowTest
