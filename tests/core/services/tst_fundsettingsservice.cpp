#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/fundsettingskeys.h"
#include "core/services/fundsettingsservice.h"

#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

using Mutation = std::function<void(FundSettings &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

Money money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).value();
}

FundSettings sampleSettings()
{
    FundSettings settings;
    settings.name = u"Fonds de contributions volontaires — sécurité du numérique"_s;
    settings.operationalThreshold = Money::usd(150'000'000);
    settings.thresholdAnnounced = QDate(2025, 3, 14);
    settings.staffCharging = StaffCostCharging::Contributions;
    settings.professionalPostAnnualCost = Money::usd(21'500'000);
    settings.generalServicePostAnnualCost = Money::usd(11'000'050);
    settings.activityFundingFloor = Money::usd(5'000'000);
    return settings;
}

} // namespace

class TestFundSettingsService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFundGivesDefaults();
    void roundTrip();
    void saveOverwrites();
    void storedAsMinorUnitsText();
    void validates_data();
    void validates();
    void refusedSettingsAreNotStored();
    void unreadableStoredValueIsReported();

private:
    int settingsRows();
    QString storedValue(const char *key);

    std::unique_ptr<Database> m_db;
};

void TestFundSettingsService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(fundDeskMigrations()).migrate(*m_db).ok());
}

void TestFundSettingsService::cleanup()
{
    m_db.reset();
}

int TestFundSettingsService::settingsRows()
{
    QSqlQuery query(m_db->connection());
    return query.exec(u"SELECT count(*) FROM settings"_s) && query.next() ? query.value(0).toInt()
                                                                          : -1;
}

QString TestFundSettingsService::storedValue(const char *key)
{
    QSqlQuery query(m_db->connection());
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(QString::fromLatin1(key));
    return query.exec() && query.next() ? query.value(0).toString() : u"<missing>"_s;
}

void TestFundSettingsService::emptyFundGivesDefaults()
{
    const auto loaded = FundSettingsService(m_db->connection()).load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded->name.isEmpty());
    QCOMPARE(loaded->operationalThreshold, Money::usd(0));
    QVERIFY(loaded->thresholdAnnounced.isNull());
    QCOMPARE(loaded->staffCharging, StaffCostCharging::RegularBudget);
    QCOMPARE(loaded->professionalPostAnnualCost, Money::usd(0));
    QCOMPARE(loaded->generalServicePostAnnualCost, Money::usd(0));
    QCOMPARE(loaded->activityFundingFloor, Money::usd(0));
    QCOMPARE(*loaded, FundSettings());
}

void TestFundSettingsService::roundTrip()
{
    FundSettingsService service(m_db->connection());
    const FundSettings settings = sampleSettings();
    const auto saved = service.save(settings);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));

    const auto loaded = FundSettingsService(m_db->connection()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->name, settings.name);
    QCOMPARE(loaded->thresholdAnnounced, settings.thresholdAnnounced);
    QCOMPARE(*loaded, settings);

    // The defaults round-trip too: an unannounced threshold and the regular budget.
    QVERIFY(service.save(FundSettings()).ok());
    QCOMPARE(service.load().value(), FundSettings());
}

void TestFundSettingsService::saveOverwrites()
{
    FundSettingsService service(m_db->connection());
    QVERIFY(service.save(sampleSettings()).ok());
    const int rows = settingsRows();
    FundSettings changed = sampleSettings();
    changed.operationalThreshold = Money::usd(1);
    changed.staffCharging = StaffCostCharging::RegularBudget;
    QVERIFY(service.save(changed).ok());
    QCOMPARE(settingsRows(), rows);
    QCOMPARE(service.load().value(), changed);
}

void TestFundSettingsService::storedAsMinorUnitsText()
{
    QVERIFY(FundSettingsService(m_db->connection()).save(sampleSettings()).ok());
    QCOMPARE(storedValue(FundSettingsKeys::OperationalThresholdMinor), u"150000000"_s);
    QCOMPARE(storedValue(FundSettingsKeys::GeneralServicePostCost), u"11000050"_s);
    QCOMPARE(storedValue(FundSettingsKeys::ThresholdAnnounced), u"2025-03-14"_s);
    QCOMPARE(storedValue(FundSettingsKeys::StaffCharging), u"contributions"_s);
}

void TestFundSettingsService::validates_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("field"); // empty when accepted

    const QDate today = QDate::currentDate();
    QTest::newRow("sample accepted") << Mutation([](FundSettings &) {}) << QString();
    QTest::newRow("empty name accepted")
        << Mutation([](FundSettings &s) { s.name.clear(); }) << QString();
    QTest::newRow("200-char name accepted")
        << Mutation([](FundSettings &s) { s.name = QString(200, u'é'); }) << QString();
    QTest::newRow("201-char name refused")
        << Mutation([](FundSettings &s) { s.name = QString(201, u'x'); }) << u"name"_s;
    QTest::newRow("zero amounts accepted") << Mutation([](FundSettings &s) {
        s.operationalThreshold = Money::usd(0);
        s.professionalPostAnnualCost = Money::usd(0);
        s.generalServicePostAnnualCost = Money::usd(0);
        s.activityFundingFloor = Money::usd(0);
    }) << QString();
    QTest::newRow("negative threshold")
        << Mutation([](FundSettings &s) { s.operationalThreshold = Money::usd(-1); })
        << u"threshold"_s;
    QTest::newRow("threshold in EUR")
        << Mutation([](FundSettings &s) { s.operationalThreshold = money(100, u"EUR"_s); })
        << u"threshold"_s;
    QTest::newRow("negative P cost")
        << Mutation([](FundSettings &s) { s.professionalPostAnnualCost = Money::usd(-100); })
        << u"professionalCost"_s;
    QTest::newRow("P cost in CHF")
        << Mutation([](FundSettings &s) { s.professionalPostAnnualCost = money(100, u"CHF"_s); })
        << u"professionalCost"_s;
    QTest::newRow("negative GS cost")
        << Mutation([](FundSettings &s) { s.generalServicePostAnnualCost = Money::usd(-5); })
        << u"generalServiceCost"_s;
    QTest::newRow("GS cost in JPY")
        << Mutation([](FundSettings &s) { s.generalServicePostAnnualCost = money(100, u"JPY"_s); })
        << u"generalServiceCost"_s;
    QTest::newRow("negative floor")
        << Mutation([](FundSettings &s) { s.activityFundingFloor = Money::usd(-1); }) << u"floor"_s;
    QTest::newRow("floor in KWD") << Mutation([](FundSettings &s) {
        s.activityFundingFloor = money(1000, u"KWD"_s);
    }) << u"floor"_s;
    QTest::newRow("announced today accepted")
        << Mutation([today](FundSettings &s) { s.thresholdAnnounced = today; }) << QString();
    QTest::newRow("announced tomorrow refused")
        << Mutation([today](FundSettings &s) { s.thresholdAnnounced = today.addDays(1); })
        << u"thresholdAnnounced"_s;
    QTest::newRow("not announced accepted")
        << Mutation([](FundSettings &s) { s.thresholdAnnounced = QDate(); }) << QString();
}

void TestFundSettingsService::validates()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, field);
    FundSettings settings = sampleSettings();
    mutate(settings);
    const auto valid = FundSettingsService(m_db->connection()).validate(settings);
    if (field.isEmpty()) {
        QVERIFY2(valid.ok(), qPrintable(valid.error().message));
        return;
    }
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, ErrorCode::InvalidInput);
    QCOMPARE(valid.error().field, field);
    QVERIFY(!valid.error().message.isEmpty());
}

void TestFundSettingsService::refusedSettingsAreNotStored()
{
    FundSettingsService service(m_db->connection());
    FundSettings refused = sampleSettings();
    refused.activityFundingFloor = Money::usd(-1); // the last amount: everything before is fine
    const auto saved = service.save(refused);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().field, u"floor"_s);
    QCOMPARE(settingsRows(), 0);

    QVERIFY(service.save(sampleSettings()).ok());
    FundSettings tooLong = sampleSettings();
    tooLong.name = QString(201, u'n');
    tooLong.operationalThreshold = Money::usd(1);
    QVERIFY(!service.save(tooLong).ok());
    QCOMPARE(service.load().value(), sampleSettings());
}

void TestFundSettingsService::unreadableStoredValueIsReported()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"INSERT INTO settings (key, value) VALUES ('%1', '12.50')"_s.arg(
        QString::fromLatin1(FundSettingsKeys::OperationalThresholdMinor))));
    const auto loaded = FundSettingsService(m_db->connection()).load();
    QVERIFY(!loaded.ok());
    QVERIFY(loaded.error().message.contains(
        QString::fromLatin1(FundSettingsKeys::OperationalThresholdMinor)));
}

QTEST_APPLESS_MAIN(TestFundSettingsService)
#include "tst_fundsettingsservice.moc"
