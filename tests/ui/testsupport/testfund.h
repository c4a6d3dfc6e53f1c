#pragma once

// A fresh fund on an in-memory database for the UI tests, with helpers that record donors and
// contributions through the real services (so the rules apply as in the application).

#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/fundservices.h"
#include "core/services/referencedataloader.h"

#include <QDate>
#include <QString>

#include <memory>

namespace FundDesk::Tests {

class TestFund final
{
public:
    // Null when any step fails; QVERIFY the result.
    static std::unique_ptr<TestFund> create()
    {
        return createAt(QString::fromLatin1(Core::Database::InMemory));
    }

    // The same in a file (e.g. in a QTemporaryDir), for what needs a second connection to the
    // fund: BackgroundReader's worker threads.
    static std::unique_ptr<TestFund> createAt(const QString &path)
    {
        auto fund = std::unique_ptr<TestFund>(new TestFund);
        auto db = Core::Database::open(path);
        if (!db) {
            return nullptr;
        }
        fund->m_db = std::move(db).value();
        if (!Core::Migrator(Core::fundDeskMigrations()).migrate(*fund->m_db)) {
            return nullptr;
        }
        if (!Core::ReferenceDataLoader::ensureLoaded(fund->m_db->connection())) {
            return nullptr;
        }
        auto services = Core::FundServices::create(*fund->m_db);
        if (!services) {
            return nullptr;
        }
        fund->m_services = std::move(services).value();
        return fund;
    }

    Core::FundServices &services() { return *m_services; }

    // Invalid id on failure.
    Core::DonorId stateDonor(const QString &iso3)
    {
        auto donor = m_services->donors().stateDonor(iso3);
        return donor ? donor->id : Core::DonorId();
    }

    Core::DonorId foundation(const QString &name, const QString &countryIso3 = {})
    {
        Core::Donor donor;
        donor.kind = Core::DonorKind::PhilanthropicFoundation;
        donor.name = name;
        donor.countryIso3 = countryIso3;
        donor.dueDiligence = {Core::DueDiligenceStatus::Cleared, QDate(2024, 1, 15), {}};
        auto id = m_services->donors().add(donor);
        return id ? *id : Core::DonorId();
    }

    // amount as a plain decimal ("1234.56"), rate as ExchangeRate::parse reads it.
    Core::ContributionId contribution(Core::DonorId donor, Core::ContributionType type,
                                      const QDate &date, const QString &amount,
                                      const QString &currency = QStringLiteral("USD"),
                                      const QString &rate = QStringLiteral("1"),
                                      const QString &reference = {})
    {
        Core::Contribution c;
        c.donorId = donor;
        c.type = type;
        c.date = date;
        auto money = Core::Money::parse(amount, currency);
        auto usdRate = Core::ExchangeRate::parse(rate);
        if (!money || !usdRate) {
            return {};
        }
        c.amount = *money;
        c.usdRate = *usdRate;
        c.reference = reference;
        auto id = m_services->contributions().record(c);
        return id ? *id : Core::ContributionId();
    }

    Core::ContributionId receipt(Core::DonorId donor, const QDate &date, const QString &amount,
                                 const QString &currency = QStringLiteral("USD"),
                                 const QString &rate = QStringLiteral("1"),
                                 const QString &reference = {})
    {
        return contribution(donor, Core::ContributionType::Receipt, date, amount, currency, rate,
                            reference);
    }

    Core::ContributionId pledge(Core::DonorId donor, const QDate &date, const QString &amount,
                                const QString &currency = QStringLiteral("USD"),
                                const QString &rate = QStringLiteral("1"))
    {
        return contribution(donor, Core::ContributionType::Pledge, date, amount, currency, rate);
    }

private:
    TestFund() = default;

    std::unique_ptr<Core::Database> m_db;
    std::unique_ptr<Core::FundServices> m_services;
};

} // namespace FundDesk::Tests
