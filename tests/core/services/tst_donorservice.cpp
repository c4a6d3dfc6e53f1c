#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/repositories/contributionrepository.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Donor stateDonor(DonorKind kind, const QString &iso3)
{
    Donor donor;
    donor.kind = kind;
    donor.stateIso3 = iso3;
    return donor;
}

Donor nonState(DonorKind kind, const QString &name, const QString &country = {})
{
    Donor donor;
    donor.kind = kind;
    donor.name = name;
    donor.countryIso3 = country;
    return donor;
}

Donor withDueDiligence(Donor donor, DueDiligenceStatus status, QDate date = {})
{
    donor.dueDiligence.status = status;
    donor.dueDiligence.date = date;
    return donor;
}

} // namespace

class TestDonorService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addsAStateDonorUnderItsReferenceName_data();
    void addsAStateDonorUnderItsReferenceName();
    void dueDiligenceDefaultsByKind_data();
    void dueDiligenceDefaultsByKind();
    void keepsANonStateDonorsFields();
    void refusesBadInput_data();
    void refusesBadInput();
    void acceptsANameOfTwoHundredCharacters();
    void oneDonorPerState();
    void updatesADonor();
    void updateMayNotTakeAnotherDonorsState();
    void updateOfAMissingDonorIsNotFound();
    void updateThatBreaksARuleChangesNothing();
    void removesADonorWithoutContributions();
    void refusesToRemoveADonorWithContributions();
    void stateDonorIsCreatedOnce();
    void stateDonorOfAnUnknownCodeIsRefused();

private:
    int donorRows() const;

    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
};

void TestDonorService::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());
    auto reference = ReferenceDataService::load(m_db->connection());
    QVERIFY(reference.ok());
    m_reference = std::move(reference).value();
}

void TestDonorService::cleanup()
{
    m_db.reset();
}

int TestDonorService::donorRows() const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM donors"_s) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestDonorService::addsAStateDonorUnderItsReferenceName_data()
{
    QTest::addColumn<DonorKind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QString>("name");

    QTest::newRow("Member State") << DonorKind::MemberState << u"FRA"_s << u"FRA"_s << u"France"_s;
    QTest::newRow("lower case, spaces")
        << DonorKind::MemberState << u" jpn "_s << u"JPN"_s << u"Japan"_s;
    QTest::newRow("observer State")
        << DonorKind::ObserverState << u"VAT"_s << u"VAT"_s << u"Holy See"_s;
}

void TestDonorService::addsAStateDonorUnderItsReferenceName()
{
    QFETCH(DonorKind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, iso3);
    QFETCH(QString, name);

    DonorService service(m_db->connection(), m_reference);
    Donor donor = stateDonor(kind, typed);
    donor.name = u"whatever the form had"_s;
    donor.countryIso3 = u"DEU"_s; // not used by a State donor: dropped
    const auto id = service.add(donor);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    const auto stored = service.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, name);
    QCOMPARE(stored->stateIso3, iso3);
    QVERIFY(stored->countryIso3.isEmpty());
    QCOMPARE(stored->countryCode(), iso3);
    QCOMPARE(stored->dueDiligence.status, DueDiligenceStatus::NotRequired);
}

void TestDonorService::dueDiligenceDefaultsByKind_data()
{
    QTest::addColumn<DonorKind>("kind");
    QTest::addColumn<DueDiligenceStatus>("expected");

    QTest::newRow("IGO") << DonorKind::IntergovernmentalOrganization
                         << DueDiligenceStatus::NotRequired;
    QTest::newRow("foundation") << DonorKind::PhilanthropicFoundation
                                << DueDiligenceStatus::Pending;
    QTest::newRow("private sector") << DonorKind::PrivateSector << DueDiligenceStatus::Pending;
    QTest::newRow("other NGO") << DonorKind::OtherNonGovernmental << DueDiligenceStatus::Pending;
}

void TestDonorService::dueDiligenceDefaultsByKind()
{
    QFETCH(DonorKind, kind);
    QFETCH(DueDiligenceStatus, expected);

    DonorService service(m_db->connection(), m_reference);
    const auto id = service.add(nonState(kind, u"Donor"_s));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QCOMPARE(service.find(*id)->dueDiligence.status, expected);
}

void TestDonorService::keepsANonStateDonorsFields()
{
    DonorService service(m_db->connection(), m_reference);
    Donor donor = nonState(DonorKind::PrivateSector, u"  Acme Secure Ltd  "_s, u"sgp"_s);
    donor.stateIso3 = u"FRA"_s; // not used by a non-State donor: dropped
    donor.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2024, 5, 6), u"OLA memo"_s};
    donor.contact = u"ceo@acme.example"_s;
    donor.notes = u"met at the OEWG"_s;
    const auto id = service.add(donor);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    const auto stored = service.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->name, u"Acme Secure Ltd"_s);
    QCOMPARE(stored->countryIso3, u"SGP"_s);
    QVERIFY(stored->stateIso3.isEmpty());
    QCOMPARE(stored->dueDiligence, donor.dueDiligence);
    QCOMPARE(stored->contact, donor.contact);
    QCOMPARE(stored->notes, donor.notes);
    QCOMPARE(service.all()->size(), 1);
}

void TestDonorService::refusesBadInput_data()
{
    QTest::addColumn<Donor>("donor");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");

    const auto invalid = ErrorCode::InvalidInput;
    QTest::newRow("kind out of range")
        << nonState(static_cast<DonorKind>(42), u"X"_s) << u"kind"_s << invalid;
    QTest::newRow("Member State without State")
        << stateDonor(DonorKind::MemberState, QString()) << u"state"_s << invalid;
    QTest::newRow("unknown State")
        << stateDonor(DonorKind::MemberState, u"XXX"_s) << u"state"_s << invalid;
    QTest::newRow("observer as Member State")
        << stateDonor(DonorKind::MemberState, u"PSE"_s) << u"state"_s << invalid;
    QTest::newRow("Member State as observer")
        << stateDonor(DonorKind::ObserverState, u"DEU"_s) << u"state"_s << invalid;
    QTest::newRow("no name") << nonState(DonorKind::PhilanthropicFoundation, QString()) << u"name"_s
                             << invalid;
    QTest::newRow("blank name") << nonState(DonorKind::PrivateSector, u" \t "_s) << u"name"_s
                                << invalid;
    QTest::newRow("name of 201 characters")
        << nonState(DonorKind::OtherNonGovernmental, QString(201, u'x')) << u"name"_s << invalid;
    QTest::newRow("unknown country")
        << nonState(DonorKind::IntergovernmentalOrganization, u"Org"_s, u"EUR"_s) << u"country"_s
        << invalid;
    QTest::newRow("IGO with a clearance")
        << withDueDiligence(nonState(DonorKind::IntergovernmentalOrganization, u"Org"_s),
                            DueDiligenceStatus::Pending)
        << u"dueDiligence"_s << invalid;
    QTest::newRow("State with a clearance")
        << withDueDiligence(stateDonor(DonorKind::MemberState, u"FRA"_s),
                            DueDiligenceStatus::Cleared, QDate(2024, 1, 1))
        << u"dueDiligence"_s << invalid;
    QTest::newRow("cleared without date")
        << withDueDiligence(nonState(DonorKind::PhilanthropicFoundation, u"F"_s),
                            DueDiligenceStatus::Cleared)
        << u"dueDiligence"_s << invalid;
    QTest::newRow("declined without date")
        << withDueDiligence(nonState(DonorKind::PrivateSector, u"P"_s),
                            DueDiligenceStatus::Declined)
        << u"dueDiligence"_s << invalid;
}

void TestDonorService::refusesBadInput()
{
    QFETCH(Donor, donor);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);

    DonorService service(m_db->connection(), m_reference);
    const int before = donorRows();
    const auto validated = service.validate(donor);
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().field, field);
    QCOMPARE(validated.error().code, code);
    QVERIFY(!validated.error().message.isEmpty());

    const auto added = service.add(donor);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().field, field);
    QCOMPARE(added.error().message, validated.error().message);
    QCOMPARE(donorRows(), before);
}

void TestDonorService::acceptsANameOfTwoHundredCharacters()
{
    DonorService service(m_db->connection(), m_reference);
    const QString name(200, u'é');
    const auto id = service.add(nonState(DonorKind::OtherNonGovernmental, u" "_s + name + u" "_s));
    QVERIFY(id.ok());
    QCOMPARE(service.find(*id)->name, name);
}

void TestDonorService::oneDonorPerState()
{
    DonorService service(m_db->connection(), m_reference);
    QVERIFY(service.add(stateDonor(DonorKind::MemberState, u"FRA"_s)).ok());
    const auto again = service.add(stateDonor(DonorKind::MemberState, u"fra"_s));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QCOMPARE(again.error().field, u"state"_s);
    QVERIFY2(again.error().message.contains(u"France"_s), qPrintable(again.error().message));
    QCOMPARE(donorRows(), 1);
}

void TestDonorService::updatesADonor()
{
    DonorService service(m_db->connection(), m_reference);
    const auto id = service.add(nonState(DonorKind::PhilanthropicFoundation, u"Trust"_s));
    QVERIFY(id.ok());
    Donor donor = service.find(*id).value();
    QCOMPARE(donor.dueDiligence.status, DueDiligenceStatus::Pending);

    donor.name = u"The Trust"_s;
    donor.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2025, 2, 3), u"cleared"_s};
    const auto updated = service.update(donor);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QCOMPARE(service.find(*id).value(), donor);

    // A State donor keeps its own State on update: no conflict with itself.
    const auto stateId = service.add(stateDonor(DonorKind::MemberState, u"KEN"_s));
    QVERIFY(stateId.ok());
    Donor kenya = service.find(*stateId).value();
    kenya.notes = u"focal point changed"_s;
    QVERIFY(service.update(kenya).ok());
    QCOMPARE(service.find(*stateId)->notes, kenya.notes);
}

void TestDonorService::updateMayNotTakeAnotherDonorsState()
{
    DonorService service(m_db->connection(), m_reference);
    QVERIFY(service.add(stateDonor(DonorKind::MemberState, u"CHL"_s)).ok());
    const auto id = service.add(stateDonor(DonorKind::MemberState, u"PER"_s));
    QVERIFY(id.ok());
    Donor peru = service.find(*id).value();
    peru.stateIso3 = u"CHL"_s;
    const auto updated = service.update(peru);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::Conflict);
    QCOMPARE(service.find(*id)->stateIso3, u"PER"_s);
}

void TestDonorService::updateOfAMissingDonorIsNotFound()
{
    DonorService service(m_db->connection(), m_reference);
    Donor ghost = nonState(DonorKind::PrivateSector, u"Ghost"_s);
    ghost.id = DonorId(5);
    const auto updated = service.update(ghost);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    QCOMPARE(donorRows(), 0);
}

void TestDonorService::updateThatBreaksARuleChangesNothing()
{
    DonorService service(m_db->connection(), m_reference);
    const auto id = service.add(nonState(DonorKind::PrivateSector, u"Acme"_s));
    QVERIFY(id.ok());
    const Donor stored = service.find(*id).value();
    Donor broken = stored;
    broken.name = u"   "_s;
    const auto updated = service.update(broken);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().field, u"name"_s);
    QCOMPARE(service.find(*id).value(), stored);
}

void TestDonorService::removesADonorWithoutContributions()
{
    DonorService service(m_db->connection(), m_reference);
    const auto id = service.add(nonState(DonorKind::PrivateSector, u"Acme"_s));
    QVERIFY(id.ok());
    QVERIFY(service.remove(*id).ok());
    QCOMPARE(donorRows(), 0);
    const auto again = service.remove(*id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void TestDonorService::refusesToRemoveADonorWithContributions()
{
    DonorService service(m_db->connection(), m_reference);
    const auto id = service.add(stateDonor(DonorKind::MemberState, u"NLD"_s));
    QVERIFY(id.ok());
    Contribution receipt;
    receipt.donorId = *id;
    receipt.date = QDate(2024, 4, 1);
    receipt.amount = Money::usd(1'000'00);
    receipt.usdValue = receipt.amount;
    QVERIFY(ContributionRepository(m_db->connection()).insert(receipt).ok());

    const auto removed = service.remove(*id);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::RuleViolation);
    QVERIFY2(removed.error().message.contains(u"Netherlands"_s),
             qPrintable(removed.error().message));
    QVERIFY2(removed.error().message.contains(u"1 contribution"_s),
             qPrintable(removed.error().message));
    QCOMPARE(donorRows(), 1);
}

void TestDonorService::stateDonorIsCreatedOnce()
{
    DonorService service(m_db->connection(), m_reference);
    const auto first = service.stateDonor(u"PSE"_s);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(first->kind, DonorKind::ObserverState);
    QCOMPARE(first->name, u"State of Palestine"_s);
    const auto again = service.stateDonor(u"pse"_s);
    QVERIFY(again.ok());
    QCOMPARE(again->id, first->id);
    QCOMPARE(service.stateDonor(u"BRA"_s)->kind, DonorKind::MemberState);
    QCOMPARE(donorRows(), 2);
}

void TestDonorService::stateDonorOfAnUnknownCodeIsRefused()
{
    DonorService service(m_db->connection(), m_reference);
    const auto refused = service.stateDonor(u"ZZZ"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"state"_s);
    QCOMPARE(donorRows(), 0);
}

QTEST_APPLESS_MAIN(TestDonorService)
#include "tst_donorservice.moc"
