#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/db/transactionguard.h"
#include "core/domain/contribution.h"
#include "core/services/contributionservice.h"
#include "workflowtestfund.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace FundDesk::Core;
using namespace WorkflowTest;
using namespace Qt::StringLiterals;

class TestAuditChain final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void intactChainVerifies();
    void hashesFollowTheDocumentedFormula();
    void editedEntryIsDetected();
    void deletedEntryIsDetected_data();
    void deletedEntryIsDetected();
    void insertedEntryIsDetected_data();
    void insertedEntryIsDetected();
    void trailIsAppendOnlyFromSql();
    void unsealedEntryIsTampering();
    void unsealedEntryInTheMiddleIsNamedFirst();
    void serviceWritesLeaveNothingUnsealed();
    void everyContributionWritePathWritesAnEntry();
    void rolledBackWritesLeaveNoEntry();
    void noOpUpdateWritesNothing();
    void formulaGivesThePinnedHash();
    void sealWritesThePinnedHash();
    void entriesSealedTheOldWayStillVerify();
    void invalidUtf8IsHashedAsBefore();
    void entriesWithAGapAreSealedOneByOne();
    void backlogLongerThanOneChunkIsSealed();
    void progressCountsUpToTheTotal();
    void cancelStopsTheWalkWithoutWriting();

private:
    void tamper() const; // drops the append-only guards, as someone with sqlite3 could
    qint64 entries() const { return m_fund.scalar(u"SELECT count(*) FROM audit_log"_s); }
    AuditVerification verified() const;
    void addContributions(int count) const; // raw inserts: one unsealed entry each
    void checkEveryHashAgainstTheFormula() const;

    Fund m_fund;
};

void TestAuditChain::init()
{
    m_fund = Fund();
    const QString failed = makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    QVERIFY(entries() > 10);
}

void TestAuditChain::cleanup()
{
    m_fund.database.reset();
}

void TestAuditChain::tamper() const
{
    QVERIFY(m_fund.exec(u"DROP TRIGGER audit_log_no_delete"_s));
    QVERIFY(m_fund.exec(u"DROP TRIGGER audit_log_no_edit"_s));
}

AuditVerification TestAuditChain::verified() const
{
    const auto result = AuditChain::verify(m_fund.db());
    return result ? *result : AuditVerification{false, -1, -1, -1, result.error().detail};
}

void TestAuditChain::addContributions(int count) const
{
    QVERIFY(
        m_fund.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < ?) INSERT INTO contributions (donor_id, type, date, "
                    "amount_minor, currency, usd_rate_e9, usd_minor) SELECT 1, 'receipt', "
                    "'2026-01-15', i, 'USD', 1000000000, i FROM n"_s,
                    {count}));
}

// Every stored hash against AuditChain::computeHash(), the QString formula of the first
// release: what the fast path writes must be byte-identical.
void TestAuditChain::checkEveryHashAgainstTheFormula() const
{
    QSqlQuery query(m_fund.db());
    QVERIFY(
        query.exec(u"SELECT seq, at, profile_id, profile, table_name, record_id, action, "
                   "old_values, new_values, prev_hash, hash FROM audit_log ORDER BY seq"_s));
    while (query.next()) {
        AuditEntry entry{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(), query.value(8).toString(),
            query.value(9).toString(),   query.value(10).toString()};
        QCOMPARE(entry.hash, AuditChain::computeHash(entry.prevHash, entry));
    }
}

void TestAuditChain::intactChainVerifies()
{
    const AuditVerification result = verified();
    QVERIFY2(result.intact, qPrintable(result.message));
    QCOMPARE(result.entries, entries());
    QCOMPARE(result.unsealed, 0);
    QCOMPARE(result.firstBrokenSeq, 0);
}

void TestAuditChain::hashesFollowTheDocumentedFormula()
{
    QSqlQuery query(m_fund.db());
    QVERIFY(
        query.exec(u"SELECT seq, at, profile_id, profile, table_name, record_id, action, "
                   "old_values, new_values, prev_hash, hash FROM audit_log ORDER BY seq"_s));
    QString prev = AuditChain::genesisHash();
    while (query.next()) {
        AuditEntry entry{
            query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toString(),   query.value(4).toString(), query.value(5).toString(),
            query.value(6).toString(),   query.value(7).toString(), query.value(8).toString(),
            query.value(9).toString(),   query.value(10).toString()};
        QCOMPARE(entry.prevHash, prev);
        QCOMPARE(entry.hash, AuditChain::computeHash(prev, entry));
        QCOMPARE(entry.hash.size(), 64);
        QVERIFY(entry.at.endsWith(u'Z'));
        prev = entry.hash;
    }
}

void TestAuditChain::editedEntryIsDetected()
{
    tamper();
    QVERIFY(
        m_fund.exec(u"UPDATE audit_log SET new_values = json_set(COALESCE(new_values, "
                    "'{}'), '$.tampered', 1) WHERE seq = 5"_s));
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, 5);
    QVERIFY2(result.message.contains(u"5"_s), qPrintable(result.message));
}

void TestAuditChain::deletedEntryIsDetected_data()
{
    QTest::addColumn<bool>("last");
    QTest::newRow("in the middle") << false;
    QTest::newRow("the newest") << true;
}

void TestAuditChain::deletedEntryIsDetected()
{
    QFETCH(bool, last);
    const qint64 seq = last ? entries() : 7;
    tamper();
    QVERIFY(m_fund.exec(u"DELETE FROM audit_log WHERE seq = ?"_s, {seq}));
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, seq);
}

void TestAuditChain::insertedEntryIsDetected_data()
{
    QTest::addColumn<bool>("atEnd");
    QTest::addColumn<bool>("validHash"); // a forger who knows the formula
    QTest::newRow("at the end, made-up hash") << true << false;
    QTest::newRow("at the end, recomputed hash") << true << true;
    QTest::newRow("in the middle") << false << false;
}

void TestAuditChain::insertedEntryIsDetected()
{
    QFETCH(bool, atEnd);
    QFETCH(bool, validHash);
    const qint64 count = entries();
    tamper();
    qint64 seq = count + 1;
    if (!atEnd) {
        seq = 4;
        // Make room: shift seq 4.. up by one (in two steps, the key being unique).
        QVERIFY(m_fund.exec(u"UPDATE audit_log SET seq = seq + 100000 WHERE seq >= 4"_s));
        QVERIFY(m_fund.exec(u"UPDATE audit_log SET seq = seq - 99999 WHERE seq >= 100000"_s));
    }
    QSqlQuery prevQuery(m_fund.db());
    QVERIFY(prevQuery.exec(u"SELECT hash FROM audit_log WHERE seq = %1"_s.arg(seq - 1)));
    QVERIFY(prevQuery.next());
    AuditEntry forged{seq,
                      u"2026-06-30T10:00:00.000Z"_s,
                      0,
                      {},
                      u"contributions"_s,
                      u"99"_s,
                      u"insert"_s,
                      {},
                      u"{\"usd_minor\":100}"_s,
                      prevQuery.value(0).toString(),
                      QString(64, u'f')};
    if (validHash) {
        forged.hash = AuditChain::computeHash(forged.prevHash, forged);
    }
    QVERIFY(
        m_fund.exec(u"INSERT INTO audit_log (seq, at, profile_id, profile, table_name, "
                    "record_id, action, old_values, new_values, prev_hash, hash) "
                    "VALUES (?, ?, NULL, '', ?, ?, ?, NULL, ?, ?, ?)"_s,
                    {seq, forged.at, forged.table, forged.recordId, forged.action, forged.newValues,
                     forged.prevHash, forged.hash}));
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, seq);
}

void TestAuditChain::trailIsAppendOnlyFromSql()
{
    QVERIFY(!m_fund.exec(u"DELETE FROM audit_log WHERE seq = 1"_s));
    QVERIFY(!m_fund.exec(u"UPDATE audit_log SET profile = 'someone' WHERE seq = 1"_s));
    QVERIFY(verified().intact);
}

void TestAuditChain::unsealedEntryIsTampering()
{
    // A raw write outside FundDesk: the trigger logs it, no TransactionGuard seals it.
    const qint64 seq = entries() + 1;
    QVERIFY(m_fund.receive(5'00));
    QCOMPARE(entries(), seq);
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, seq);
    QCOMPARE(result.unsealed, 1);
    QVERIFY2(result.message.contains(QString::number(seq)), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"never sealed"_s), qPrintable(result.message));
}

void TestAuditChain::unsealedEntryInTheMiddleIsNamedFirst()
{
    const qint64 first = entries() + 1;
    QVERIFY(m_fund.receive(5'00));
    QVERIFY(m_fund.receive(6'00));
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, first);
}

void TestAuditChain::serviceWritesLeaveNothingUnsealed()
{
    ContributionService contributions(m_fund.db(), [] { return kToday; });
    Contribution receipt;
    receipt.donorId = DonorId(1);
    receipt.date = QDate(2026, 3, 1);
    receipt.amount = Money::usd(1'000'00);
    QVERIFY(contributions.record(receipt).ok());
    const AuditVerification result = verified();
    QVERIFY2(result.intact, qPrintable(result.message));
    QCOMPARE(result.unsealed, 0);
}

void TestAuditChain::everyContributionWritePathWritesAnEntry()
{
    QVERIFY(AuditActor::setCurrent(m_fund.db(), m_fund.finance).ok());
    ContributionService contributions(m_fund.db(), [] { return kToday; });
    Contribution receipt;
    receipt.donorId = DonorId(1);
    receipt.date = QDate(2026, 3, 1);
    receipt.amount = Money::usd(2'500'00);
    const auto id = contributions.record(receipt);
    QVERIFY(id.ok());
    const QString recordId = QString::number(id->value());

    receipt = *contributions.find(*id);
    receipt.amount = Money::usd(2'600'00);
    QVERIFY(contributions.update(receipt, u"Bank charges"_s).ok());
    QVERIFY(contributions.remove(*id, u"Entered twice"_s).ok());

    QSqlQuery query(m_fund.db());
    QVERIFY(
        query.prepare(u"SELECT action, old_values, new_values, profile, profile_id, hash "
                      "FROM audit_log WHERE table_name = 'contributions' AND record_id = ? "
                      "ORDER BY seq"_s));
    query.addBindValue(recordId);
    QVERIFY(query.exec());
    QStringList actions;
    while (query.next()) {
        actions << query.value(0).toString();
        QCOMPARE(query.value(3).toString(), m_fund.finance.name);
        QCOMPARE(query.value(4).toLongLong(), m_fund.finance.id.value());
        QVERIFY(!query.value(5).toString().isEmpty()); // sealed in the same transaction
        const auto oldValues = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        const auto newValues = QJsonDocument::fromJson(query.value(2).toByteArray()).object();
        if (actions.last() == u"insert"_s) {
            QCOMPARE(newValues.value(u"amount_minor"_s).toInteger(), 2'500'00);
        } else if (actions.last() == u"update"_s) {
            QCOMPARE(oldValues.value(u"amount_minor"_s).toInteger(), 2'500'00);
            QCOMPARE(newValues.value(u"amount_minor"_s).toInteger(), 2'600'00);
        } else {
            QCOMPARE(oldValues.value(u"amount_minor"_s).toInteger(), 2'600'00);
            QVERIFY(newValues.isEmpty());
        }
    }
    QCOMPARE(actions, (QStringList{u"insert"_s, u"update"_s, u"delete"_s}));
    // The kept history rows are records too.
    QCOMPARE(m_fund.scalar(u"SELECT count(*) FROM audit_log WHERE table_name = "
                           "'contribution_history' AND action = 'insert'"_s),
             2);
    QCOMPARE(verified().unsealed, 0);
    QVERIFY(verified().intact);
}

void TestAuditChain::rolledBackWritesLeaveNoEntry()
{
    const qint64 before = entries();
    {
        TransactionGuard transaction(m_fund.db());
        QVERIFY(m_fund.receive(7'00));
        QCOMPARE(entries(), before + 1);
    }
    QCOMPARE(entries(), before);
    QVERIFY(m_fund.receive(8'00));
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    QVERIFY(verified().intact); // no gap in seq after the rollback
}

void TestAuditChain::noOpUpdateWritesNothing()
{
    const qint64 before = entries();
    QVERIFY(m_fund.exec(u"UPDATE donors SET name = name"_s));
    QCOMPARE(entries(), before);
}

namespace {

// A fixed entry with non-ASCII text; its hash was computed by the code of the first release
// (QStringList join, QString::toUtf8) and must never change, or existing funds stop verifying.
AuditEntry pinnedEntry(qint64 seq)
{
    const QString note = u"\"note\":\"\u00c9\u00e9 \u2013 \u65e5\u672c\"}"_s;
    return AuditEntry{seq,
                      u"2026-06-30T09:15:02.123Z"_s,
                      7,
                      u"Amina Diallo"_s,
                      u"contributions"_s,
                      u"17"_s,
                      u"update"_s,
                      u"{\"amount_minor\":250000,"_s + note,
                      u"{\"amount_minor\":260000,"_s + note,
                      {},
                      {}};
}

const QString kPinnedPrev = QString(32, u'a') + QString(32, u'b');

} // namespace

void TestAuditChain::formulaGivesThePinnedHash()
{
    QCOMPARE(AuditChain::computeHash(kPinnedPrev, pinnedEntry(42)),
             u"20cc12f6d71e46c5f91fceb4eb965c1198428fc2f08fc1e69a60769a8c07e94e"_s);
    AuditEntry first{1,
                     u"2026-01-01T00:00:00.000Z"_s,
                     0,
                     {},
                     u"donors"_s,
                     u"1"_s,
                     u"insert"_s,
                     {},
                     u"{\"id\":1}"_s,
                     {},
                     {}};
    QCOMPARE(AuditChain::computeHash(AuditChain::genesisHash(), first),
             u"787d6ee2b66166f3ce326f574ca9d4bb98ab423685d0712e8d6748ef3d42acf9"_s);
}

void TestAuditChain::sealWritesThePinnedHash()
{
    // The entry as a trigger would leave it (at a seq of its own), after a seal that says
    // kPinnedPrev came last; the pinned value is what the first release computed for it.
    tamper();
    const AuditEntry entry = pinnedEntry(1'000'042);
    QVERIFY(m_fund.exec(u"UPDATE audit_seal SET last_hash = ? WHERE id = 1"_s, {kPinnedPrev}));
    QVERIFY(
        m_fund.exec(u"INSERT INTO audit_log (seq, at, profile_id, profile, table_name, "
                    "record_id, action, old_values, new_values) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {entry.seq, entry.at, entry.profileId, entry.profile, entry.table,
                     entry.recordId, entry.action, entry.oldValues, entry.newValues}));
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    QSqlQuery query(m_fund.db());
    QVERIFY(query.exec(u"SELECT prev_hash, hash FROM audit_log WHERE seq = %1"_s.arg(entry.seq)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), kPinnedPrev);
    QCOMPARE(query.value(1).toString(),
             u"2956f853c706a10088f63a7b640b4fe334d16b15808622c1b1719dabb1c17ba7"_s);
    QCOMPARE(m_fund.scalar(u"SELECT last_seq FROM audit_seal"_s), entry.seq);
}

void TestAuditChain::entriesSealedTheOldWayStillVerify()
{
    // A fund written by the first release: the next entry hashed by computeHash() and stored
    // as that release stored it. The new verify() must accept it.
    tamper();
    QSqlQuery last(m_fund.db());
    QVERIFY(last.exec(u"SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s));
    QVERIFY(last.next());
    AuditEntry entry = pinnedEntry(entries() + 1);
    entry.prevHash = last.value(0).toString();
    entry.hash = AuditChain::computeHash(entry.prevHash, entry);
    QVERIFY(m_fund.exec(
        u"INSERT INTO audit_log (seq, at, profile_id, profile, table_name, "
        "record_id, action, old_values, new_values, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {entry.seq, entry.at, entry.profileId, entry.profile, entry.table, entry.recordId,
         entry.action, entry.oldValues, entry.newValues, entry.prevHash, entry.hash}));
    QVERIFY(m_fund.exec(u"UPDATE audit_seal SET last_seq = ?, last_hash = ? WHERE id = 1"_s,
                        {entry.seq, entry.hash}));
    const AuditVerification result = verified();
    QVERIFY2(result.intact, qPrintable(result.message));
    QCOMPARE(result.entries, entry.seq);
}

void TestAuditChain::invalidUtf8IsHashedAsBefore()
{
    // Bytes that are not UTF-8 (a lone surrogate's encoding, a cut sequence) reach the QString
    // formula changed by the conversion; the seal must hash what that formula hashes.
    QVERIFY(
        m_fund.exec(u"INSERT INTO donors (kind, name, state_iso3) "
                    "VALUES ('foundation', CAST(X'4F6BC328EDA080' AS TEXT), NULL)"_s));
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    checkEveryHashAgainstTheFormula();
    const AuditVerification result = verified();
    QVERIFY2(result.intact, qPrintable(result.message));
}

void TestAuditChain::entriesWithAGapAreSealedOneByOne()
{
    // Unsealed entries whose seqs are not consecutive (only an edited file has that): each is
    // still chained, in seq order, and verify() names the gap.
    const qint64 first = entries() + 1;
    QVERIFY(m_fund.receive(5'00));
    QVERIFY(m_fund.receive(6'00));
    QVERIFY(m_fund.receive(7'00));
    tamper();
    QVERIFY(m_fund.exec(u"DELETE FROM audit_log WHERE seq = ?"_s, {first + 1}));
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    QCOMPARE(m_fund.scalar(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s), 0);
    checkEveryHashAgainstTheFormula();
    QCOMPARE(m_fund.scalar(u"SELECT last_seq FROM audit_seal"_s), first + 2);
    const AuditVerification result = verified();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSeq, first + 1);
}

void TestAuditChain::backlogLongerThanOneChunkIsSealed()
{
    addContributions(70'000); // more than one chunk of the seal
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    QCOMPARE(m_fund.scalar(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s), 0);
    QCOMPARE(m_fund.scalar(u"SELECT last_seq FROM audit_seal"_s), entries());
    const AuditVerification result = verified();
    QVERIFY2(result.intact, qPrintable(result.message));
    QCOMPARE(result.entries, entries());
}

void TestAuditChain::progressCountsUpToTheTotal()
{
    addContributions(10'000);
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    const qint64 total = entries();
    QList<std::pair<qint64, qint64>> calls;
    const auto result = AuditChain::verify(m_fund.db(), [&calls](qint64 done, qint64 all) {
        calls.append({done, all});
        return true;
    });
    QVERIFY(result.ok());
    QVERIFY2(result->intact, qPrintable(result->message));
    QVERIFY(calls.size() >= 4); // the start, every few thousand entries, the end
    QCOMPARE(calls.constFirst().first, 0);
    QCOMPARE(calls.constLast().first, total);
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QCOMPARE(calls.at(i).second, total);
        QVERIFY(calls.at(i).first <= total);
        if (i > 0) {
            QVERIFY(calls.at(i).first > calls.at(i - 1).first);
        }
    }
    // The one-argument form is the same walk.
    QCOMPARE(verified().entries, result->entries);
}

void TestAuditChain::cancelStopsTheWalkWithoutWriting()
{
    addContributions(10'000);
    QVERIFY(AuditChain::seal(m_fund.db()).ok());
    const qint64 changesBefore = m_fund.scalar(u"SELECT total_changes()"_s);
    qint64 lastDone = -1;
    const auto result = AuditChain::verify(m_fund.db(), [&lastDone](qint64 done, qint64) {
        lastDone = done;
        return done == 0; // let it start, stop at the first report
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Cancelled);
    QCOMPARE(result.error().message, u"Checking the audit trail was cancelled."_s);
    QVERIFY(lastDone > 0 && lastDone < entries());
    QCOMPARE(m_fund.scalar(u"SELECT total_changes()"_s), changesBefore);
    // Cancelled before the first entry, too.
    const auto early = AuditChain::verify(m_fund.db(), [](qint64, qint64) { return false; });
    QVERIFY(!early.ok());
    QCOMPARE(early.error().code, ErrorCode::Cancelled);
    QVERIFY(verified().intact);
}

QTEST_APPLESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
