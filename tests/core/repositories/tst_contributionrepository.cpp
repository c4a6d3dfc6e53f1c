#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/repositories/contributionrepository.h"
#include "core/repositories/donorrepository.h"
#include "core/services/referencedataloader.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

namespace {

Money money(qint64 minor, const QString &currency)
{
    return Money::fromMinor(minor, currency).value();
}

ExchangeRate rate(const QString &text)
{
    return ExchangeRate::parse(text).value();
}

Contribution receipt(DonorId donor, QDate date, Money amount, ExchangeRate usdRate)
{
    Contribution contribution;
    contribution.donorId = donor;
    contribution.type = ContributionType::Receipt;
    contribution.date = date;
    contribution.amount = amount;
    contribution.usdRate = usdRate;
    contribution.usdValue = usdRate.toUsd(amount).value();
    return contribution;
}

Contribution pledge(DonorId donor, QDate date, Money amount, ExchangeRate usdRate)
{
    Contribution contribution = receipt(donor, date, amount, usdRate);
    contribution.type = ContributionType::Pledge;
    return contribution;
}

} // namespace

class TestContributionRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyTables();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void allIsOrderedByDateAndLeavesSchedulesOut();
    void allWithSchedulesFillsThem();
    void updateReplacesFieldsAndSchedule();
    void updateOfAMissingContributionIsNotFound();
    void removeTakesTheScheduleWithIt();
    void countsPerDonorAndPerPledge();
    void schemaRefusesABadScheduleRow();
    void schemaRefusesAnEarmark();
    void historyRoundTripsAndOutlivesTheRecord();
    void unknownStoredCurrencyIsCorrupt();

private:
    int rows(const QString &table) const;

    std::unique_ptr<Database> m_db;
    DonorId m_norway;
    DonorId m_japan;
};

void TestContributionRepository::init()
{
    auto db = Database::open(QString::fromLatin1(Database::InMemory));
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().detail));
    m_db = std::move(db).value();
    const auto migrated = Migrator(fundDeskMigrations()).migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().detail));
    QVERIFY(ReferenceDataLoader::ensureLoaded(m_db->connection()).ok());

    DonorRepository donors(m_db->connection());
    Donor norway;
    norway.kind = DonorKind::MemberState;
    norway.name = u"Norway"_s;
    norway.stateIso3 = u"NOR"_s;
    m_norway = donors.insert(norway).value();
    Donor japan = norway;
    japan.name = u"Japan"_s;
    japan.stateIso3 = u"JPN"_s;
    m_japan = donors.insert(japan).value();
}

void TestContributionRepository::cleanup()
{
    m_db.reset();
}

int TestContributionRepository::rows(const QString &table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

void TestContributionRepository::emptyTables()
{
    ContributionRepository repository(m_db->connection());
    QCOMPARE(*repository.count(), 0);
    QVERIFY(repository.all()->isEmpty());
    QVERIFY(repository.allWithSchedules()->isEmpty());
    QVERIFY(!repository.find(ContributionId(1))->has_value());
    QVERIFY(repository.history(ContributionId(1))->isEmpty());
    QCOMPARE(*repository.countForDonor(m_norway), 0);
    QCOMPARE(*repository.receiptCountAgainst(ContributionId(1)), 0);
}

void TestContributionRepository::roundTripsEveryField_data()
{
    QTest::addColumn<ContributionType>("type");
    QTest::addColumn<Money>("amount");
    QTest::addColumn<QString>("usdRate");
    QTest::addColumn<PublicationConsent>("publication");
    QTest::addColumn<QList<ScheduledPayment>>("schedule");

    QTest::newRow("USD receipt, published")
        << ContributionType::Receipt << money(150'000'00, u"USD"_s) << u"1"_s
        << PublicationConsent::Publish << QList<ScheduledPayment>();
    QTest::newRow("EUR receipt, anonymous")
        << ContributionType::Receipt << money(1'234'567, u"EUR"_s) << u"1.08"_s
        << PublicationConsent::Anonymous << QList<ScheduledPayment>();
    QTest::newRow("KWD receipt, withheld")
        << ContributionType::Receipt << money(10'000, u"KWD"_s) << u"3.25"_s
        << PublicationConsent::Withhold << QList<ScheduledPayment>();
    QTest::newRow("JPY pledge over three years")
        << ContributionType::Pledge << money(300'000'000, u"JPY"_s) << u"0.0067"_s
        << PublicationConsent::Publish
        << QList<ScheduledPayment>{{QDate(2025, 3, 31), money(100'000'000, u"JPY"_s)},
                                   {QDate(2026, 3, 31), money(100'000'000, u"JPY"_s)},
                                   {QDate(2027, 3, 31), money(100'000'000, u"JPY"_s)}};
    QTest::newRow("pledge without schedule")
        << ContributionType::Pledge << money(1, u"CLF"_s) << u"45.123456789"_s
        << PublicationConsent::Anonymous << QList<ScheduledPayment>();
}

void TestContributionRepository::roundTripsEveryField()
{
    QFETCH(ContributionType, type);
    QFETCH(Money, amount);
    QFETCH(QString, usdRate);
    QFETCH(PublicationConsent, publication);
    QFETCH(QList<ScheduledPayment>, schedule);

    ContributionRepository repository(m_db->connection());
    ContributionId pledgeId;
    if (type == ContributionType::Receipt) {
        // Receipts are recorded against a pledge, so pledge_id round-trips too.
        const auto stored =
            repository.insert(pledge(m_japan, QDate(2024, 1, 10), amount, rate(usdRate)));
        QVERIFY(stored.ok());
        pledgeId = *stored;
    }

    Contribution contribution = receipt(m_japan, QDate(2024, 12, 31), amount, rate(usdRate));
    contribution.type = type;
    contribution.pledgeId = pledgeId;
    contribution.publication = publication;
    contribution.conditions = u"Report annually; «conditions» – 条件"_s;
    contribution.conditionsNotEarmarkConfirmed = true;
    contribution.reference = u"MOFA/2024/0042"_s;
    contribution.notes = u"line one\nline two"_s;
    contribution.schedule = schedule;

    const auto id = repository.insert(contribution);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().detail));
    contribution.id = *id;

    const auto found = repository.find(*id);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE(**found, contribution);
    QCOMPARE((*found)->usdValue, contribution.usdValue);
    QCOMPARE(rows(u"pledge_schedule"_s), int(schedule.size()));
}

void TestContributionRepository::allIsOrderedByDateAndLeavesSchedulesOut()
{
    ContributionRepository repository(m_db->connection());
    Contribution later = pledge(m_norway, QDate(2025, 6, 1), money(200, u"USD"_s), {});
    later.schedule = {{QDate(2025, 7, 1), money(100, u"USD"_s)},
                      {QDate(2026, 7, 1), money(100, u"USD"_s)}};
    QVERIFY(repository.insert(later).ok());
    QVERIFY(repository.insert(receipt(m_norway, QDate(2024, 1, 1), money(5, u"USD"_s), {})).ok());
    QVERIFY(repository.insert(receipt(m_japan, QDate(2025, 6, 1), money(7, u"USD"_s), {})).ok());

    const auto all = repository.all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).date, QDate(2024, 1, 1));
    QCOMPARE(all->at(1).type, ContributionType::Pledge); // same date: lower id first
    QVERIFY(all->at(1).schedule.isEmpty());
    QCOMPARE(all->at(2).amount, money(7, u"USD"_s));
}

void TestContributionRepository::allWithSchedulesFillsThem()
{
    ContributionRepository repository(m_db->connection());
    Contribution first = pledge(m_norway, QDate(2024, 6, 1), money(300, u"EUR"_s), rate(u"1.1"_s));
    // Stored out of order: read back by due date.
    first.schedule = {{QDate(2026, 1, 1), money(100, u"EUR"_s)},
                      {QDate(2024, 1, 1), money(200, u"EUR"_s)}};
    Contribution second = pledge(m_japan, QDate(2024, 7, 1), money(9, u"JPY"_s), rate(u"0.01"_s));
    second.schedule = {{QDate(2025, 1, 1), money(9, u"JPY"_s)}};
    QVERIFY(repository.insert(first).ok());
    QVERIFY(repository.insert(receipt(m_norway, QDate(2024, 6, 2), money(1, u"USD"_s), {})).ok());
    QVERIFY(repository.insert(second).ok());

    const auto all = repository.allWithSchedules();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    const QList<ScheduledPayment> firstSchedule{{QDate(2024, 1, 1), money(200, u"EUR"_s)},
                                                {QDate(2026, 1, 1), money(100, u"EUR"_s)}};
    QCOMPARE(all->at(0).schedule, firstSchedule);
    QVERIFY(all->at(1).schedule.isEmpty());
    QCOMPARE(all->at(2).schedule, second.schedule);
}

void TestContributionRepository::updateReplacesFieldsAndSchedule()
{
    ContributionRepository repository(m_db->connection());
    Contribution contribution =
        pledge(m_norway, QDate(2024, 6, 1), money(300, u"EUR"_s), rate(u"1.1"_s));
    contribution.schedule = {{QDate(2024, 7, 1), money(100, u"EUR"_s)},
                             {QDate(2025, 7, 1), money(200, u"EUR"_s)}};
    const auto id = repository.insert(contribution);
    QVERIFY(id.ok());

    Contribution changed =
        pledge(m_japan, QDate(2024, 6, 2), money(400, u"GBP"_s), rate(u"1.27"_s));
    changed.id = *id;
    changed.publication = PublicationConsent::Withhold;
    changed.schedule = {{QDate(2030, 1, 1), money(400, u"GBP"_s)}};
    const auto updated = repository.update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().detail));
    QCOMPARE(repository.find(*id)->value(), changed);
    QCOMPARE(rows(u"pledge_schedule"_s), 1);

    changed.type = ContributionType::Receipt;
    changed.schedule.clear();
    QVERIFY(repository.update(changed).ok());
    QCOMPARE(repository.find(*id)->value(), changed);
    QCOMPARE(rows(u"pledge_schedule"_s), 0);
}

void TestContributionRepository::updateOfAMissingContributionIsNotFound()
{
    ContributionRepository repository(m_db->connection());
    Contribution ghost = receipt(m_norway, QDate(2024, 1, 1), money(1, u"USD"_s), {});
    ghost.id = ContributionId(99);
    const auto updated = repository.update(ghost);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, ErrorCode::NotFound);
    const auto removed = repository.remove(ContributionId(99));
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
}

void TestContributionRepository::removeTakesTheScheduleWithIt()
{
    ContributionRepository repository(m_db->connection());
    Contribution contribution = pledge(m_norway, QDate(2024, 6, 1), money(300, u"USD"_s), {});
    contribution.schedule = {{QDate(2024, 7, 1), money(300, u"USD"_s)}};
    const auto id = repository.insert(contribution);
    QVERIFY(id.ok());
    QCOMPARE(rows(u"pledge_schedule"_s), 1);
    QVERIFY(repository.remove(*id).ok());
    QCOMPARE(rows(u"contributions"_s), 0);
    QCOMPARE(rows(u"pledge_schedule"_s), 0);
}

void TestContributionRepository::countsPerDonorAndPerPledge()
{
    ContributionRepository repository(m_db->connection());
    const auto promised =
        repository.insert(pledge(m_norway, QDate(2024, 1, 1), money(100, u"USD"_s), {}));
    QVERIFY(promised.ok());
    for (int i = 1; i <= 2; ++i) {
        Contribution paid = receipt(m_norway, QDate(2024, 2, i), money(50, u"USD"_s), {});
        paid.pledgeId = *promised;
        QVERIFY(repository.insert(paid).ok());
    }
    QVERIFY(repository.insert(receipt(m_japan, QDate(2024, 3, 1), money(5, u"USD"_s), {})).ok());

    QCOMPARE(*repository.count(), 4);
    QCOMPARE(*repository.countForDonor(m_norway), 3);
    QCOMPARE(*repository.countForDonor(m_japan), 1);
    QCOMPARE(*repository.receiptCountAgainst(*promised), 2);
}

void TestContributionRepository::schemaRefusesABadScheduleRow()
{
    ContributionRepository repository(m_db->connection());
    Contribution contribution = pledge(m_norway, QDate(2024, 6, 1), money(300, u"USD"_s), {});
    contribution.schedule = {{QDate(2024, 7, 1), money(300, u"USD"_s)},
                             {QDate(2025, 7, 1), money(0, u"USD"_s)}};
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"insert scheduled payment: CHECK constraint failed"_s));
    const auto refused = repository.insert(contribution);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QVERIFY(!refused.error().detail.isEmpty());
}

void TestContributionRepository::schemaRefusesAnEarmark()
{
    // ¶19: even past the service, an earmarked contribution cannot be stored.
    ContributionRepository repository(m_db->connection());
    Contribution contribution = receipt(m_norway, QDate(2024, 6, 1), money(300, u"USD"_s), {});
    contribution.earmarked = true;
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(u"CHECK constraint failed: earmarked = 0"_s));
    const auto refused = repository.insert(contribution);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Storage);
    QCOMPARE(rows(u"contributions"_s), 0);
}

void TestContributionRepository::historyRoundTripsAndOutlivesTheRecord()
{
    ContributionRepository repository(m_db->connection());
    // Amounts past 2^53 must come back to the unit: JSON numbers are not doubles here.
    Contribution original = pledge(m_japan, QDate(2024, 6, 1),
                                   money(9'007'199'254'740'993, u"JPY"_s), rate(u"0.0067"_s));
    original.schedule = {{QDate(2024, 7, 1), money(9'007'199'254'740'992, u"JPY"_s)},
                         {QDate(2025, 7, 1), money(1, u"JPY"_s)}};
    original.conditions = u"«no earmark» \"quoted\"\n{json: [1]}"_s;
    original.conditionsNotEarmarkConfirmed = true;
    original.publication = PublicationConsent::Anonymous;
    original.reference = u"REF-1"_s;
    original.notes = u"مذكرة"_s;
    const auto id = repository.insert(original);
    QVERIFY(id.ok());
    original.id = *id;

    Contribution second = original;
    second.type = ContributionType::Receipt;
    second.pledgeId = ContributionId(12);
    second.schedule.clear();
    second.amount = money(5, u"KWD"_s);

    const QDateTime at(QDate(2025, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    const ContributionChange first{*id, at, u"typo in the amount"_s, original};
    const ContributionChange next{*id, at.addSecs(60), QString(), second};
    QVERIFY(repository.addHistory(first).ok());
    QVERIFY(repository.addHistory(next).ok());
    QVERIFY(repository.remove(*id).ok());

    const auto history = repository.history(*id);
    QVERIFY2(history.ok(), qPrintable(history.ok() ? QString() : history.error().detail));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0), first);
    QCOMPARE(history->at(0).before.amount.minor(), 9'007'199'254'740'993);
    QCOMPARE(history->at(1), next);
    QVERIFY(repository.history(ContributionId(id->value() + 1))->isEmpty());
}

void TestContributionRepository::unknownStoredCurrencyIsCorrupt()
{
    ContributionRepository repository(m_db->connection());
    const auto id =
        repository.insert(receipt(m_norway, QDate(2024, 6, 1), money(300, u"USD"_s), {}));
    QVERIFY(id.ok());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"UPDATE contributions SET currency = 'ZZZ'"_s));

    const auto all = repository.all();
    QVERIFY(!all.ok());
    QCOMPARE(all.error().code, ErrorCode::Corrupt);
    QCOMPARE(all.error().field, u"currency"_s);
    QVERIFY(!repository.find(*id).ok());
}

QTEST_APPLESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
