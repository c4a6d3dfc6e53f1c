#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataloader.h"
#include "core/services/referencedataservice.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <limits>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

// The donors and contributions init() stores, in this order, so the ids are known to the
// data functions (which run before init()).
const DonorId kNorway(1);               // Member State
const DonorId kPendingFoundation(2);    // due diligence pending
const DonorId kClearedCompany(3);       // due diligence cleared
const DonorId kDeclinedNgo(4);          // due diligence declined
const ContributionId kNorwayPledge(1);  // USD 1,000,000.00
const ContributionId kNorwayReceipt(2); // USD 250,000.00 against kNorwayPledge
const ContributionId kCompanyPledge(3); // EUR 500,000.00 at 1.08

const QDate kToday(2025, 6, 30);

Money money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).value();
}

ExchangeRate rate(const QString &text)
{
    return ExchangeRate::parse(text).value();
}

Contribution receipt(DonorId donor, QDate date, Money amount, ExchangeRate usdRate = {})
{
    Contribution contribution;
    contribution.donorId = donor;
    contribution.type = ContributionType::Receipt;
    contribution.date = date;
    contribution.amount = amount;
    contribution.usdRate = usdRate;
    return contribution;
}

Contribution pledge(DonorId donor, QDate date, Money amount, ExchangeRate usdRate = {})
{
    Contribution contribution = receipt(donor, date, amount, usdRate);
    contribution.type = ContributionType::Pledge;
    return contribution;
}

// A receipt every rule accepts; each refusal below breaks one rule of it.
Contribution goodReceipt()
{
    return receipt(kNorway, QDate(2025, 1, 10), Money::usd(100'00));
}

Contribution goodPledge()
{
    Contribution contribution =
        pledge(kNorway, QDate(2025, 1, 10), money(300'00, u"EUR"_s), rate(u"1.08"_s));
    contribution.schedule = {{QDate(2025, 6, 1), money(100'00, u"EUR"_s)},
                             {QDate(2026, 6, 1), money(200'00, u"EUR"_s)}};
    return contribution;
}

} // namespace

class TestContributionService final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void recordsAReceiptAndComputesItsUsdValue();
    void convertsToExactUsdCents_data();
    void convertsToExactUsdCents();
    void refusesBadInput_data();
    void refusesBadInput();
    void earmarkIsRefusedCitingTheRule();
    void conditionsNeedConfirmationOnReceipts();
    void dueDiligencePendingAllowsPledgesOnly();
    void dueDiligenceClearedAllowsReceipts();
    void dueDiligenceDeclinedRefusesBoth();
    void futureDatedReceiptIsRefused();
    void storesAPledgeWithItsSchedule();
    void updateOfAReceiptKeepsItsHistory();
    void updateOfAReceiptNeedsAReason();
    void updateThatBreaksARuleChangesNothing();
    void updateOfAPledgeKeepsHistoryOnlyWithAReason();
    void pledgeWithReceiptsKeepsTypeDonorAndCurrency_data();
    void pledgeWithReceiptsKeepsTypeDonorAndCurrency();
    void removeOfAReceiptKeepsItsLastState();
    void removeOfAPledgeWithReceiptsIsRefused();
    void removeOfAPledgeTakesItsSchedule();
    void failingWriteMidTransactionLeavesNothing();
    void failingUpdateMidTransactionLeavesNothing();

private:
    int rows(const QString &table) const;
    ContributionService service() const;

    std::unique_ptr<Database> m_db;
    ReferenceDataService m_reference;
};

void TestContributionService::init()
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

    DonorService donors(m_db->connection(), m_reference);
    Donor norway;
    norway.kind = DonorKind::MemberState;
    norway.stateIso3 = u"NOR"_s;
    QCOMPARE(donors.add(norway).value(), kNorway);
    Donor foundation;
    foundation.kind = DonorKind::PhilanthropicFoundation;
    foundation.name = u"Open Networks Foundation"_s;
    QCOMPARE(donors.add(foundation).value(), kPendingFoundation);
    Donor company;
    company.kind = DonorKind::PrivateSector;
    company.name = u"Acme Secure"_s;
    company.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2024, 1, 1), {}};
    QCOMPARE(donors.add(company).value(), kClearedCompany);
    Donor ngo;
    ngo.kind = DonorKind::OtherNonGovernmental;
    ngo.name = u"Shady Relief"_s;
    ngo.dueDiligence = {DueDiligenceStatus::Declined, QDate(2024, 1, 1), {}};
    QCOMPARE(donors.add(ngo).value(), kDeclinedNgo);

    ContributionService contributions = service();
    QCOMPARE(
        contributions.record(pledge(kNorway, QDate(2024, 1, 15), Money::usd(1'000'000'00))).value(),
        kNorwayPledge);
    Contribution paid = receipt(kNorway, QDate(2024, 3, 1), Money::usd(250'000'00));
    paid.pledgeId = kNorwayPledge;
    QCOMPARE(contributions.record(paid).value(), kNorwayReceipt);
    QCOMPARE(contributions
                 .record(pledge(kClearedCompany, QDate(2024, 2, 1), money(500'000'00, u"EUR"_s),
                                rate(u"1.08"_s)))
                 .value(),
             kCompanyPledge);
}

void TestContributionService::cleanup()
{
    m_db.reset();
}

ContributionService TestContributionService::service() const
{
    return ContributionService(m_db->connection(), [] { return kToday; });
}

int TestContributionService::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestContributionService::recordsAReceiptAndComputesItsUsdValue()
{
    ContributionService contributions = service();
    Contribution contribution = goodReceipt();
    contribution.usdValue = Money::usd(999'999'99); // never trusted
    contribution.publication = PublicationConsent::Anonymous;
    contribution.reference = u"BANK-7"_s;
    const auto id = contributions.record(contribution);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    const auto stored = contributions.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->usdValue, Money::usd(100'00));
    QCOMPARE(stored->publication, PublicationConsent::Anonymous);
    QCOMPARE(stored->reference, u"BANK-7"_s);
    QCOMPARE(contributions.all()->size(), 4);
}

void TestContributionService::convertsToExactUsdCents_data()
{
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("usdRate");
    QTest::addColumn<qint64>("usdCents");

    QTest::newRow("EUR 1,234,567.89 at 1.08")
        << money(1'234'567'89, u"EUR"_s) << u"1.08"_s << qint64(1'333'333'32);
    QTest::newRow("EUR 1.25 at 0.5, half to even down")
        << money(1'25, u"EUR"_s) << u"0.5"_s << qint64(62);
    QTest::newRow("EUR 1.35 at 0.5, half to even up")
        << money(1'35, u"EUR"_s) << u"0.5"_s << qint64(68);
    QTest::newRow("JPY 10,000,000 at 0.0067")
        << money(10'000'000, u"JPY"_s) << u"0.0067"_s << qint64(67'000'00);
    QTest::newRow("JPY 123,457 at 0.0067")
        << money(123'457, u"JPY"_s) << u"0.0067"_s << qint64(827'16);
    QTest::newRow("KWD 1,234.567 at 3.25")
        << money(1'234'567, u"KWD"_s) << u"3.25"_s << qint64(4'012'34);
    QTest::newRow("KWD 0.005 at 3.25") << money(5, u"KWD"_s) << u"3.25"_s << qint64(2);
    QTest::newRow("USD at 1") << Money::usd(12'345'67) << u"1"_s << qint64(12'345'67);
}

void TestContributionService::convertsToExactUsdCents()
{
    QFETCH(Money, amount);
    QFETCH(QString, usdRate);
    QFETCH(qint64, usdCents);

    ContributionService contributions = service();
    const auto id =
        contributions.record(receipt(kClearedCompany, QDate(2025, 5, 5), amount, rate(usdRate)));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const auto stored = contributions.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->usdValue, Money::usd(usdCents));
    QCOMPARE(stored->amount, amount);
    QCOMPARE(stored->usdRate.toString(), usdRate);
}

void TestContributionService::refusesBadInput_data()
{
    QTest::addColumn<Contribution>("contribution");
    QTest::addColumn<QString>("field");
    QTest::addColumn<ErrorCode>("code");

    const auto invalid = ErrorCode::InvalidInput;
    const auto rule = ErrorCode::RuleViolation;
    Contribution c;

    c = goodReceipt();
    c.donorId = DonorId();
    QTest::newRow("no donor") << c << u"donor"_s << invalid;
    c.donorId = DonorId(99);
    QTest::newRow("unknown donor") << c << u"donor"_s << ErrorCode::NotFound;
    c.donorId = kDeclinedNgo;
    QTest::newRow("declined donor, receipt") << c << u"donor"_s << rule;
    c = goodPledge();
    c.donorId = kDeclinedNgo;
    QTest::newRow("declined donor, pledge") << c << u"donor"_s << rule;
    c = goodReceipt();
    c.donorId = kPendingFoundation;
    QTest::newRow("pending donor, receipt") << c << u"type"_s << rule;

    c = goodReceipt();
    c.date = QDate();
    QTest::newRow("no date") << c << u"date"_s << invalid;
    c.date = QDate(1999, 12, 31);
    QTest::newRow("before 2000") << c << u"date"_s << invalid;
    c.date = kToday.addDays(1);
    QTest::newRow("receipt tomorrow") << c << u"date"_s << invalid;

    c = goodReceipt();
    c.amount = Money::usd(0);
    QTest::newRow("zero amount") << c << u"amount"_s << invalid;
    c.amount = Money::usd(-100);
    QTest::newRow("negative amount") << c << u"amount"_s << invalid;
    c = goodReceipt();
    c.usdRate = rate(u"1.08"_s);
    QTest::newRow("USD at a rate other than 1") << c << u"rate"_s << invalid;
    c = receipt(kNorway, QDate(2025, 1, 1), money(std::numeric_limits<qint64>::max(), u"JPY"_s),
                rate(u"1000"_s));
    QTest::newRow("too large to convert") << c << u"amount"_s << invalid;

    c = goodPledge();
    c.pledgeId = kNorwayPledge;
    QTest::newRow("pledge paid against a pledge") << c << u"pledge"_s << invalid;
    c = goodReceipt();
    c.pledgeId = ContributionId(77);
    QTest::newRow("unknown pledge") << c << u"pledge"_s << invalid;
    c.pledgeId = kNorwayReceipt;
    QTest::newRow("against a receipt") << c << u"pledge"_s << invalid;
    c.pledgeId = kCompanyPledge;
    c.amount = money(100'00, u"EUR"_s);
    c.usdRate = rate(u"1.08"_s);
    QTest::newRow("against another donor's pledge") << c << u"pledge"_s << invalid;
    c = receipt(kNorway, QDate(2025, 1, 1), money(100'00, u"EUR"_s), rate(u"1.08"_s));
    c.pledgeId = kNorwayPledge;
    QTest::newRow("against a pledge in another currency") << c << u"pledge"_s << invalid;

    c = goodReceipt();
    c.earmarked = true;
    c.conditions = u"Only for the training in Nairobi"_s;
    c.conditionsNotEarmarkConfirmed = true;
    QTest::newRow("earmarked receipt") << c << u"conditions"_s << rule;
    c = goodPledge();
    c.earmarked = true;
    QTest::newRow("earmarked pledge") << c << u"conditions"_s << rule;
    c = goodReceipt();
    c.conditions = u"Report on its use by March"_s;
    QTest::newRow("conditions not confirmed") << c << u"conditions"_s << invalid;

    c = goodReceipt();
    c.schedule = {{QDate(2025, 2, 1), Money::usd(100'00)}};
    QTest::newRow("schedule on a receipt") << c << u"schedule"_s << invalid;
    c = goodPledge();
    c.schedule[1].amount = money(0, u"EUR"_s);
    c.amount = money(100'00, u"EUR"_s);
    QTest::newRow("scheduled payment of zero") << c << u"schedule"_s << invalid;
    c = goodPledge();
    c.schedule[0].amount = Money::usd(100'00);
    QTest::newRow("scheduled payment in another currency") << c << u"schedule"_s << invalid;
    c = goodPledge();
    c.schedule[1].due = QDate();
    QTest::newRow("scheduled payment without date") << c << u"schedule"_s << invalid;
    c = goodPledge();
    c.schedule[1].amount = money(199'99, u"EUR"_s);
    QTest::newRow("schedule one cent short") << c << u"schedule"_s << invalid;
    c = goodPledge();
    c.schedule.append({QDate(2027, 6, 1), money(1, u"EUR"_s)});
    QTest::newRow("schedule one cent over") << c << u"schedule"_s << invalid;
}

void TestContributionService::refusesBadInput()
{
    QFETCH(Contribution, contribution);
    QFETCH(QString, field);
    QFETCH(ErrorCode, code);

    ContributionService contributions = service();
    const int before = rows(u"contributions"_s);
    const int scheduled = rows(u"pledge_schedule"_s);

    const auto validated = contributions.validate(contribution);
    QVERIFY(!validated.ok());
    QCOMPARE(validated.error().field, field);
    QCOMPARE(validated.error().code, code);
    QVERIFY(!validated.error().message.isEmpty());

    const auto recorded = contributions.record(contribution);
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().field, field);
    QCOMPARE(recorded.error().message, validated.error().message);
    QCOMPARE(rows(u"contributions"_s), before);
    QCOMPARE(rows(u"pledge_schedule"_s), scheduled);
    QCOMPARE(rows(u"contribution_history"_s), 0);
}

void TestContributionService::earmarkIsRefusedCitingTheRule()
{
    Contribution contribution = goodReceipt();
    contribution.earmarked = true;
    const auto refused = service().record(contribution);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QVERIFY2(
        refused.error().message.startsWith(u"The fund accepts no earmarked contributions (¶19)"_s),
        qPrintable(refused.error().message));
}

void TestContributionService::conditionsNeedConfirmationOnReceipts()
{
    ContributionService contributions = service();
    Contribution contribution = goodReceipt();
    contribution.conditions = u"  Acknowledge in the annual report  "_s;
    const auto refused = contributions.record(contribution);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"conditions"_s);
    QVERIFY(refused.error().message.contains(u"Confirm"_s));

    contribution.conditionsNotEarmarkConfirmed = true;
    const auto id = contributions.record(contribution);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    QCOMPARE(contributions.find(*id)->conditions, u"Acknowledge in the annual report"_s);
    QVERIFY(contributions.find(*id)->conditionsNotEarmarkConfirmed);

    // Blank conditions are no conditions; a pledge's conditions are confirmed on receipt.
    Contribution blank = goodReceipt();
    blank.conditions = u" \n "_s;
    QVERIFY(contributions.record(blank).ok());
    Contribution promised = goodPledge();
    promised.conditions = u"Acknowledge in the annual report"_s;
    QVERIFY(contributions.record(promised).ok());
}

void TestContributionService::dueDiligencePendingAllowsPledgesOnly()
{
    ContributionService contributions = service();
    Contribution promised = goodPledge();
    promised.donorId = kPendingFoundation;
    QVERIFY(contributions.record(promised).ok());

    Contribution paid = goodReceipt();
    paid.donorId = kPendingFoundation;
    const auto refused = contributions.record(paid);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QVERIFY(refused.error().message.contains(u"¶14"_s));
    QVERIFY(refused.error().message.contains(u"Open Networks Foundation"_s));
}

void TestContributionService::dueDiligenceClearedAllowsReceipts()
{
    DonorService donors(m_db->connection(), m_reference);
    Donor foundation = donors.find(kPendingFoundation).value();
    foundation.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2025, 3, 1), u"OLA"_s};
    QVERIFY(donors.update(foundation).ok());

    Contribution paid = goodReceipt();
    paid.donorId = kPendingFoundation;
    const auto id = service().record(paid);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));

    Contribution fromCompany = goodReceipt();
    fromCompany.donorId = kClearedCompany;
    QVERIFY(service().record(fromCompany).ok());
}

void TestContributionService::dueDiligenceDeclinedRefusesBoth()
{
    ContributionService contributions = service();
    for (Contribution contribution : {goodPledge(), goodReceipt()}) {
        contribution.donorId = kDeclinedNgo;
        const auto refused = contributions.record(contribution);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
        QCOMPARE(refused.error().field, u"donor"_s);
        QVERIFY(refused.error().message.contains(u"¶14"_s));
    }
    QCOMPARE(rows(u"contributions"_s), 3);
}

void TestContributionService::futureDatedReceiptIsRefused()
{
    ContributionService contributions = service();
    Contribution paid = goodReceipt();
    paid.date = kToday;
    QVERIFY(contributions.record(paid).ok());
    paid.date = kToday.addDays(1);
    const auto refused = contributions.record(paid);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"date"_s);
    QVERIFY(refused.error().message.contains(u"2025-07-01"_s));

    // A pledge may announce money for a later date.
    Contribution promised = goodPledge();
    promised.date = QDate(2026, 1, 1);
    QVERIFY(contributions.record(promised).ok());

    // The same receipt is fine once its day has come.
    ContributionService tomorrow(m_db->connection(), [] { return kToday.addDays(1); });
    QVERIFY(tomorrow.record(paid).ok());
}

void TestContributionService::storesAPledgeWithItsSchedule()
{
    ContributionService contributions = service();
    const Contribution promised = goodPledge();
    const auto id = contributions.record(promised);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    const auto stored = contributions.find(*id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->schedule, promised.schedule);
    QCOMPARE(stored->usdValue, Money::usd(324'00));
    QVERIFY(contributions.all()->last().schedule.isEmpty());
    QCOMPARE(contributions.allWithSchedules()->last().schedule, promised.schedule);
}

void TestContributionService::updateOfAReceiptKeepsItsHistory()
{
    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayReceipt).value();
    Contribution changed = original;
    changed.amount = Money::usd(260'000'00);
    changed.reference = u"corrected"_s;
    const auto updated = contributions.update(changed, u"  bank statement showed 260,000  "_s);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));

    const auto stored = contributions.find(kNorwayReceipt);
    QCOMPARE(stored->amount, Money::usd(260'000'00));
    QCOMPARE(stored->usdValue, Money::usd(260'000'00));

    const auto history = contributions.history(kNorwayReceipt);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).contributionId, kNorwayReceipt);
    QCOMPARE(history->at(0).reason, u"bank statement showed 260,000"_s);
    QCOMPARE(history->at(0).before, original);
    QVERIFY(history->at(0).changedAt.isValid());

    changed.notes = u"second change"_s;
    QVERIFY(contributions.update(changed, u"note"_s).ok());
    QCOMPARE(contributions.history(kNorwayReceipt)->size(), 2);
    QCOMPARE(contributions.history(kNorwayReceipt)->at(1).before.amount, Money::usd(260'000'00));
}

void TestContributionService::updateOfAReceiptNeedsAReason()
{
    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayReceipt).value();
    Contribution changed = original;
    changed.amount = Money::usd(1);
    for (const QString &reason : {QString(), u"   "_s}) {
        const auto refused = contributions.update(changed, reason);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(refused.error().field, u"reason"_s);
    }
    QCOMPARE(contributions.find(kNorwayReceipt).value(), original);
    QCOMPARE(rows(u"contribution_history"_s), 0);
}

void TestContributionService::updateThatBreaksARuleChangesNothing()
{
    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayReceipt).value();
    Contribution changed = original;
    changed.earmarked = true;
    const auto refused = contributions.update(changed, u"restricted after all"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, u"conditions"_s);
    QCOMPARE(contributions.find(kNorwayReceipt).value(), original);
    QCOMPARE(rows(u"contribution_history"_s), 0);

    Contribution ghost = original;
    ghost.id = ContributionId(404);
    const auto missing = contributions.update(ghost, u"x"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestContributionService::updateOfAPledgeKeepsHistoryOnlyWithAReason()
{
    ContributionService contributions = service();
    Contribution promised = contributions.find(kCompanyPledge).value();
    promised.amount = money(600'000'00, u"EUR"_s);
    QVERIFY(contributions.update(promised, QString()).ok());
    QCOMPARE(rows(u"contribution_history"_s), 0);
    QCOMPARE(contributions.find(kCompanyPledge)->usdValue, Money::usd(648'000'00));

    const Contribution before = contributions.find(kCompanyPledge).value();
    promised.schedule = {{QDate(2025, 1, 1), money(300'000'00, u"EUR"_s)},
                         {QDate(2026, 1, 1), money(300'000'00, u"EUR"_s)}};
    QVERIFY(contributions.update(promised, u"donor sent a payment plan"_s).ok());
    const auto history = contributions.history(kCompanyPledge);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).before, before);
    QCOMPARE(history->at(0).reason, u"donor sent a payment plan"_s);
    QCOMPARE(contributions.find(kCompanyPledge)->schedule, promised.schedule);
}

void TestContributionService::pledgeWithReceiptsKeepsTypeDonorAndCurrency_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("field");
    QTest::newRow("type") << 0 << u"type"_s;
    QTest::newRow("donor") << 1 << u"donor"_s;
    QTest::newRow("currency") << 2 << u"currency"_s;
}

void TestContributionService::pledgeWithReceiptsKeepsTypeDonorAndCurrency()
{
    QFETCH(int, change);
    QFETCH(QString, field);

    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayPledge).value();
    Contribution changed = original;
    switch (change) {
    case 0:
        changed.type = ContributionType::Receipt;
        break;
    case 1:
        changed.donorId = kClearedCompany;
        break;
    default:
        changed.amount = money(1'000'000'00, u"CHF"_s);
        changed.usdRate = rate(u"1.1"_s);
        break;
    }
    const auto refused = contributions.update(changed, u"reason"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(refused.error().field, field);
    QCOMPARE(contributions.find(kNorwayPledge).value(), original);
    QCOMPARE(rows(u"contribution_history"_s), 0);
}

void TestContributionService::removeOfAReceiptKeepsItsLastState()
{
    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayReceipt).value();
    QVERIFY(contributions.remove(kNorwayReceipt, u"entered twice"_s).ok());
    QCOMPARE(contributions.find(kNorwayReceipt).error().code, ErrorCode::NotFound);
    const auto history = contributions.history(kNorwayReceipt);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).before, original);
    QCOMPARE(history->at(0).reason, u"entered twice"_s);

    const auto again = contributions.remove(kNorwayReceipt, QString());
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}

void TestContributionService::removeOfAPledgeWithReceiptsIsRefused()
{
    ContributionService contributions = service();
    const auto refused = contributions.remove(kNorwayPledge, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::RuleViolation);
    QCOMPARE(rows(u"contributions"_s), 3);

    // Once the receipt is gone, the pledge may go too.
    QVERIFY(contributions.remove(kNorwayReceipt, u"wrong donor"_s).ok());
    QVERIFY(contributions.remove(kNorwayPledge, QString()).ok());
    QCOMPARE(rows(u"contributions"_s), 1);
    QCOMPARE(rows(u"contribution_history"_s), 1); // the receipt's; the pledge had no reason
}

void TestContributionService::removeOfAPledgeTakesItsSchedule()
{
    ContributionService contributions = service();
    const auto id = contributions.record(goodPledge());
    QVERIFY(id.ok());
    QCOMPARE(rows(u"pledge_schedule"_s), 2);
    QVERIFY(contributions.remove(*id, QString()).ok());
    QCOMPARE(rows(u"pledge_schedule"_s), 0);
    QCOMPARE(rows(u"contributions"_s), 3);
}

void TestContributionService::failingWriteMidTransactionLeavesNothing()
{
    // The rules refuse every bad schedule before SQL; a trigger makes the database refuse the
    // second scheduled payment, after the pledge row and the first payment were written.
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(u"CREATE TRIGGER refuse_late_payments BEFORE INSERT ON pledge_schedule "
                   "WHEN NEW.due_date >= '2026-01-01' "
                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));

    const int before = rows(u"contributions"_s);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"simulated failure"_s));
    const auto refused = service().record(goodPledge());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(rows(u"contributions"_s), before);
    QCOMPARE(rows(u"pledge_schedule"_s), 0);

    // And the connection is usable afterwards: the transaction was rolled back, not left open.
    QVERIFY(service().record(goodReceipt()).ok());
    QCOMPARE(rows(u"contributions"_s), before + 1);
}

void TestContributionService::failingUpdateMidTransactionLeavesNothing()
{
    // The history row is written first; the failing update must take it back with it.
    QSqlQuery query(m_db->connection());
    QVERIFY(
        query.exec(u"CREATE TRIGGER refuse_updates BEFORE UPDATE ON contributions "
                   "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END"_s));

    ContributionService contributions = service();
    const Contribution original = contributions.find(kNorwayReceipt).value();
    Contribution changed = original;
    changed.amount = Money::usd(1'00);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"simulated failure"_s));
    const auto refused = contributions.update(changed, u"typo"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(contributions.find(kNorwayReceipt).value(), original);
    QCOMPARE(rows(u"contribution_history"_s), 0);
}

QTEST_APPLESS_MAIN(TestContributionService)
#include "tst_contributionservice.moc"
