#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/repositories/donorrepository.h"
#include "core/services/referencedataloader.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Donor foundation(const QString &name)
{
    Donor donor;
    donor.kind = DonorKind::PhilanthropicFoundation;
    donor.name = name;
    donor.countryIso3 = u"CHE"_s;
    donor.dueDiligence = {DueDiligenceStatus::Pending, QDate(), u"asked 2024-02-01"_s};
    return donor;
}

Donor memberState(const QString &iso3, const QString &name)
{
    Donor donor;
    donor.kind = DonorKind::MemberState;
    donor.name = name;
    donor.stateIso3 = iso3;
    return donor;
}

} // namespace

class TestDonorRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyTable();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void allIsOrderedByName();
    void findByState();
    void updateReplacesEveryField();
    void updateOfAMissingDonorIsNotFound();
    void remove();
    void removeOfAMissingDonorIsNotFound();
    void schemaAllowsOneDonorPerState();
    void schemaRefusesAStateKindWithoutState();
    void schemaRefusesAnUnknownCountry();
    void unknownStoredStatusIsCorrupt();

private:
    std::unique_ptr<Database> m_db;
};

void TestDonorRepository::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
    const auto loaded = ReferenceDataLoader::ensureLoaded(m_db->connection());
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().detail));
}

void TestDonorRepository::cleanup()
{
    m_db.reset();
}

void TestDonorRepository::emptyTable()
{
    DonorRepository repository(m_db->connection());
    QCOMPARE(*repository.count(), 0);
    QVERIFY(repository.all()->isEmpty());
    const auto missing = repository.find(DonorId(1));
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
    QVERIFY(!repository.findByState(u"FRA")->has_value());
}

void TestDonorRepository::roundTripsEveryField_data()
{
    QTest::addColumn<DonorKind>("kind");
    QTest::addColumn<QString>("stateIso3");
    QTest::addColumn<QString>("countryIso3");
    QTest::addColumn<DueDiligenceStatus>("status");
    QTest::addColumn<QDate>("decided");

    QTest::newRow("Member State") << DonorKind::MemberState << u"NOR"_s << QString()
                                  << DueDiligenceStatus::NotRequired << QDate();
    QTest::newRow("observer State") << DonorKind::ObserverState << u"VAT"_s << QString()
                                    << DueDiligenceStatus::NotRequired << QDate();
    QTest::newRow("IGO without seat") << DonorKind::IntergovernmentalOrganization << QString()
                                      << QString() << DueDiligenceStatus::NotRequired << QDate();
    QTest::newRow("foundation pending") << DonorKind::PhilanthropicFoundation << QString()
                                        << u"USA"_s << DueDiligenceStatus::Pending << QDate();
    QTest::newRow("company cleared") << DonorKind::PrivateSector << QString() << u"JPN"_s
                                     << DueDiligenceStatus::Cleared << QDate(2024, 3, 15);
    QTest::newRow("NGO declined") << DonorKind::OtherNonGovernmental << QString() << u"KEN"_s
                                  << DueDiligenceStatus::Declined << QDate(2023, 12, 31);
}

void TestDonorRepository::roundTripsEveryField()
{
    QFETCH(DonorKind, kind);
    QFETCH(QString, stateIso3);
    QFETCH(QString, countryIso3);
    QFETCH(DueDiligenceStatus, status);
    QFETCH(QDate, decided);

    Donor donor;
    donor.kind = kind;
    donor.name = u"Fondation «Ξ» 基金 – \"quoted\", 'single'"_s;
    donor.stateIso3 = stateIso3;
    donor.countryIso3 = countryIso3;
    donor.dueDiligence = {status, decided, u"note: ref. OLA/2024/17"_s};
    donor.contact = u"someone@example.org\n+41 22 000 00 00"_s;
    donor.notes = u"مذكرة"_s;

    DonorRepository repository(m_db->connection());
    const auto id = repository.insert(donor);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    QVERIFY(id->isValid());
    donor.id = *id;

    const auto found = repository.find(*id);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, donor);
    QCOMPARE(repository.all()->value(0), donor);
}

void TestDonorRepository::allIsOrderedByName()
{
    DonorRepository repository(m_db->connection());
    QVERIFY(repository.insert(foundation(u"Zeta Trust"_s)).ok());
    QVERIFY(repository.insert(memberState(u"AUT"_s, u"Austria"_s)).ok());
    QVERIFY(repository.insert(foundation(u"Mu Foundation"_s)).ok());

    const auto all = repository.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).name, u"Austria"_s);
    QCOMPARE(all->at(1).name, u"Mu Foundation"_s);
    QCOMPARE(all->at(2).name, u"Zeta Trust"_s);
    QCOMPARE(*repository.count(), 3);
}

void TestDonorRepository::findByState()
{
    DonorRepository repository(m_db->connection());
    QVERIFY(repository.insert(foundation(u"Trust"_s)).ok());
    const auto id = repository.insert(memberState(u"EST"_s, u"Estonia"_s));
    QVERIFY(id.ok());

    const auto found = repository.findByState(u"EST");
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->id, *id);
    QVERIFY(!repository.findByState(u"CHE")->has_value()); // the foundation's seat is no State
}

void TestDonorRepository::updateReplacesEveryField()
{
    DonorRepository repository(m_db->connection());
    const auto id = repository.insert(foundation(u"Old name"_s));
    QVERIFY(id.ok());

    Donor changed;
    changed.id = *id;
    changed.kind = DonorKind::PrivateSector;
    changed.name = u"New name"_s;
    changed.countryIso3 = u"SGP"_s;
    changed.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2025, 1, 2), u"cleared"_s};
    changed.contact = u"contact"_s;
    changed.notes = u"notes"_s;
    const auto updated = repository.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().detail));
    QCOMPARE(repository.find(*id)->value(), changed);

    // And back to no date and no country: NULLs read back as empty.
    changed.countryIso3.clear();
    changed.dueDiligence = {DueDiligenceStatus::Pending, QDate(), QString()};
    QVERIFY(repository.update(changed).ok());
    QCOMPARE(repository.find(*id)->value(), changed);
}

void TestDonorRepository::updateOfAMissingDonorIsNotFound()
{
    DonorRepository repository(m_db->connection());
    Donor ghost = foundation(u"Ghost"_s);
    ghost.id = DonorId(42);
    const auto updated = repository.update(ghost);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    QCOMPARE(*repository.count(), 0);
}

void TestDonorRepository::remove()
{
    DonorRepository repository(m_db->connection());
    const auto keep = repository.insert(foundation(u"Keep"_s));
    const auto drop = repository.insert(foundation(u"Drop"_s));
    QVERIFY(keep.ok() && drop.ok());
    QVERIFY(repository.remove(*drop).ok());
    QCOMPARE(*repository.count(), 1);
    QVERIFY(!repository.find(*drop)->has_value());
    QVERIFY(repository.find(*keep)->has_value());
}

void TestDonorRepository::removeOfAMissingDonorIsNotFound()
{
    DonorRepository repository(m_db->connection());
    const auto removed = repository.remove(DonorId(7));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
}

void TestDonorRepository::schemaAllowsOneDonorPerState()
{
    // DonorService refuses this with a message; the unique index is the last line of defence.
    DonorRepository repository(m_db->connection());
    QVERIFY(repository.insert(memberState(u"FRA"_s, u"France"_s)).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"UNIQUE constraint failed"_s));
    const auto again = repository.insert(memberState(u"FRA"_s, u"France again"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Storage);
    QCOMPARE(*repository.count(), 1);
}

void TestDonorRepository::schemaRefusesAStateKindWithoutState()
{
    DonorRepository repository(m_db->connection());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CHECK constraint failed"_s));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"CHECK constraint failed"_s));
    const auto stateless = repository.insert(memberState(QString(), u"Nowhere"_s));
    QVERIFY(!stateless.ok());
    QCOMPARE(stateless.error().code, ErrorCode::Storage);

    Donor companyWithState = foundation(u"Company"_s);
    companyWithState.stateIso3 = u"FRA"_s;
    QVERIFY(!repository.insert(companyWithState).ok());
    QCOMPARE(*repository.count(), 0);
}

void TestDonorRepository::schemaRefusesAnUnknownCountry()
{
    DonorRepository repository(m_db->connection());
    Donor donor = foundation(u"Offshore"_s);
    donor.countryIso3 = u"XXX"_s;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"FOREIGN KEY constraint failed"_s));
    const auto refused = repository.insert(donor);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(*repository.count(), 0);
}

void TestDonorRepository::unknownStoredStatusIsCorrupt()
{
    DonorRepository repository(m_db->connection());
    const auto id = repository.insert(foundation(u"Trust"_s));
    QVERIFY(id.ok());
    // The CHECK constraint keeps the kinds honest, so break it the way an old tool might.
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"PRAGMA ignore_check_constraints = ON"_s));
    QVERIFY(query.exec(u"UPDATE donors SET due_diligence = 'maybe'"_s));

    const auto all = repository.all();
    QVERIFY(!all.ok());
    QCOMPARE(all.error().code, ErrorCode::Corrupt);
    QCOMPARE(all.error().field, u"due_diligence"_s);
    QVERIFY(!repository.find(*id).ok());
}

QTEST_APPLESS_MAIN(TestDonorRepository)
#include "tst_donorrepository.moc"
