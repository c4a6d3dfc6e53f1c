#include "core/db/auditchain.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/applicationstatus.h"
#include "core/services/balanceservice.h"
#include "core/services/contributionservice.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/disbursementservice.h"
#include "core/services/periodlock.h"
#include "core/services/referencedataloader.h"

#include <QSqlQuery>
#include <QtTest>

using namespace FundDesk::Core;

class tst_DemoFundGenerator final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 25};
    // One generated fund (seed 5) for the tests that only read it: generating takes seconds.
    std::unique_ptr<Database> m_fund;
    DemoFundSummary m_summary;

    static std::unique_ptr<Database> freshFund()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        if (!db || !Migrator(fundDeskMigrations()).migrate(**db)
            || !ReferenceDataLoader::ensureLoaded((*db)->connection())) {
            return {};
        }
        return std::move(db).value();
    }

    static QStringList column(Database &db, const QString &sql)
    {
        QStringList values;
        QSqlQuery query(db.connection());
        if (query.exec(sql)) {
            while (query.next()) {
                values << query.value(0).toString();
            }
        }
        return values;
    }

    static int scalar(Database &db, const QString &sql)
    {
        const QStringList values = column(db, sql);
        return values.isEmpty() ? -1 : values.constFirst().toInt();
    }

private slots:
    void initTestCase()
    {
        m_fund = freshFund();
        QVERIFY(m_fund);
        const auto summary = DemoFundGenerator(5, m_today).generate(*m_fund);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        m_summary = *summary;
    }

    void fillsEveryKindAcrossYearsAndCurrencies()
    {
        Database *db = m_fund.get();
        const DemoFundSummary *summary = &m_summary;
        QCOMPARE(summary->donors, 40);
        QVERIFY(summary->contributions >= 120 && summary->contributions <= 220);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions"_qs), summary->contributions);

        QCOMPARE(column(*db, u"SELECT DISTINCT kind FROM donors ORDER BY 1"_qs),
                 QStringList({u"foundation"_qs, u"igo"_qs, u"member_state"_qs,
                              u"observer_state"_qs, u"other_ngo"_qs, u"private_sector"_qs}));
        QVERIFY(column(*db, u"SELECT DISTINCT currency FROM contributions"_qs).size() >= 6);
        QCOMPARE(column(*db, u"SELECT DISTINCT substr(date, 1, 4) FROM contributions "
                             "WHERE type = 'receipt' ORDER BY 1"_qs),
                 QStringList({u"2024"_qs, u"2025"_qs, u"2026"_qs}));
        QVERIFY(scalar(*db, u"SELECT count(*) FROM pledge_schedule"_qs) > 0);
        QVERIFY(scalar(*db, u"SELECT count(*) FROM contributions WHERE publication = 'anonymous'"_qs) > 0);
        QVERIFY(scalar(*db, u"SELECT count(*) FROM donors WHERE due_diligence = 'pending'"_qs) > 0);
        QVERIFY(scalar(*db, u"SELECT count(*) FROM donors WHERE due_diligence = 'declined'"_qs) > 0);
    }

    void obeysTheFundsRules()
    {
        Database *db = m_fund.get();
        // ¶14: no receipt from a donor that is not cleared.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions c JOIN donors d ON d.id = c.donor_id "
                             "WHERE c.type = 'receipt' AND d.due_diligence IN ('pending', 'declined')"_qs),
                 0);
        // No receipt in the future, none earmarked (¶19), conditions always confirmed.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions WHERE type = 'receipt' "
                             "AND date > '2026-11-25'"_qs),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions WHERE conditions <> '' "
                             "AND type = 'receipt' AND conditions_not_earmark = 0"_qs),
                 0);
        // Schedules sum to their pledge exactly.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions c WHERE EXISTS (SELECT 1 FROM "
                             "pledge_schedule s WHERE s.pledge_id = c.id) AND c.amount_minor <> "
                             "(SELECT sum(amount_minor) FROM pledge_schedule s WHERE s.pledge_id = c.id)"_qs),
                 0);
    }

    void sameSeedSameFund()
    {
        Database *a = m_fund.get();
        auto b = freshFund();
        QVERIFY(b);
        QVERIFY(DemoFundGenerator(5, m_today).generate(*b).ok());
        const QString rows = u"SELECT donor_id || type || date || amount_minor || currency || usd_minor "
                             "FROM contributions ORDER BY id"_qs;
        QCOMPARE(column(*a, rows), column(*b, rows));
        auto c = freshFund();
        QVERIFY(DemoFundGenerator(6, m_today).generate(*c).ok());
        QVERIFY(column(*a, rows) != column(*c, rows));
    }

    void walksTheWorkflowWithinTheFundsMeans()
    {
        Database *db = m_fund.get();
        const DemoFundSummary *summary = &m_summary;
        QCOMPARE(column(*db, u"SELECT DISTINCT role FROM profiles ORDER BY 1"_qs),
                 QStringList({u"finance_assistant"_qs, u"fund_manager"_qs,
                              u"high_representative_office"_qs}));
        // Every status of the workflow, over sponsorships and activities together.
        QStringList keys;
        for (const ApplicationStatus status : allApplicationStatuses()) {
            keys << applicationStatusKey(status);
        }
        keys.sort();
        QCOMPARE(column(*db, u"SELECT status FROM sponsorships UNION SELECT status FROM "
                             "activities ORDER BY 1"_qs),
                 keys);
        QVERIFY(summary->transitions > 300);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM status_transitions"_qs), summary->transitions);
        QVERIFY(summary->commitments >= 30);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM commitments"_qs), summary->commitments);
        QVERIFY(summary->disbursements >= 40);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM disbursements WHERE refund = 1"_qs), 1);

        // The last move of every item is its status; recommenders never approve.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM (SELECT item_kind, item_id, to_status, "
                             "max(id) FROM status_transitions GROUP BY item_kind, item_id) t "
                             "JOIN (SELECT 'sponsorship' k, id, status FROM sponsorships UNION ALL "
                             "SELECT 'activity', id, status FROM activities) s "
                             "ON s.k = t.item_kind AND s.id = t.item_id WHERE s.status <> t.to_status"_qs),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM status_transitions a JOIN status_transitions r "
                             "ON a.item_kind = r.item_kind AND a.item_id = r.item_id "
                             "WHERE a.to_status = 'approved' AND r.to_status = 'recommended' "
                             "AND a.profile_id = r.profile_id"_qs),
                 0);
        // Approved, active and completed items are committed; nothing pays beyond it.
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM activities a WHERE status IN ('approved', "
                             "'active', 'completed') AND NOT EXISTS (SELECT 1 FROM commitments c "
                             "WHERE c.item_kind = 'activity' AND c.item_id = a.id)"_qs),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM commitments c WHERE c.amount_minor < (SELECT "
                             "COALESCE(sum(usd_minor), 0) FROM disbursements d WHERE d.item_kind = "
                             "c.item_kind AND d.item_id = c.item_id)"_qs),
                 0);
        QVERIFY(scalar(*db, u"SELECT count(DISTINCT item_kind) FROM disbursements"_qs) == 2);
        BalanceService balances(db->connection());
        for (int year = 2024; year <= 2026; ++year) {
            const auto balance = balances.balance(year);
            QVERIFY(balance.ok());
            QVERIFY2(!balance->available.isNegative(), qPrintable(QString::number(year)));
            QVERIFY(balance->disbursed.minor() <= balance->committed.minor());
        }
        QVERIFY(balances.balance(2026)->committed.minor() > 0);

        const auto chain = AuditChain::verify(db->connection());
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->message));
        QVERIFY(chain->entries > 1000);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE table_name = "
                             "'status_transitions' AND profile = ''"_qs),
                 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM audit_log WHERE table_name = "
                             "'contributions' AND profile = ''"_qs),
                 0);
    }

    void theFirstYearIsClosed()
    {
        Database *db = m_fund.get();
        QCOMPARE(m_summary.closedYear, 2024);
        QCOMPARE(column(*db, u"SELECT year FROM closed_years"_qs), QStringList({u"2024"_qs}));
        QVERIFY(!PeriodLock(db->connection()).check(QDate(2024, 6, 1)).ok());
        QVERIFY(PeriodLock(db->connection()).check(QDate(2025, 6, 1)).ok());
        // A correction dated in the closed year is refused, and nothing is written.
        const int before = scalar(*db, u"SELECT count(*) FROM contributions"_qs);
        Contribution late;
        late.donorId = DonorId(scalar(*db, u"SELECT min(donor_id) FROM contributions "
                                             "WHERE type = 'receipt'"_qs));
        late.type = ContributionType::Receipt;
        late.date = QDate(2024, 12, 30);
        late.amount = Money::usd(1'000'00);
        late.usdRate = ExchangeRate::identity();
        late.usdValue = Money::usd(1'000'00);
        const auto refused =
            ContributionService(db->connection(), [this] { return m_today; }).record(late);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"date"_qs);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions"_qs), before);
    }

    void failureLeavesNothing()
    {
        auto db = freshFund();
        QVERIFY(db);
        QSqlQuery trigger(db->connection());
        QVERIFY(trigger.exec(u"CREATE TRIGGER stop AFTER INSERT ON contributions "
                             "WHEN (SELECT count(*) FROM contributions) > 50 "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_qs));
        QVERIFY(!DemoFundGenerator(1, m_today).generate(*db).ok());
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM contributions"_qs), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM donors"_qs), 0);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM settings"_qs), 0);
    }
};

QTEST_APPLESS_MAIN(tst_DemoFundGenerator)
#include "tst_demofundgenerator.moc"
