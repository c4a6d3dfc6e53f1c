#include "core/db/auditchain.h"
#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/domain/applicationstatus.h"
#include "core/services/balanceservice.h"
#include "core/services/demo/scalefundgenerator.h"
#include "core/services/disbursementservice.h"
#include "core/services/periodlock.h"
#include "core/services/referencedataloader.h"
#include "core/services/workflowservice.h"

#include <QSqlQuery>
#include <QtTest>

using namespace FundDesk::Core;

class tst_ScaleFundGenerator final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 25};
    std::unique_ptr<Database> m_db;
    ScaleFundSummary m_summary;

    static std::unique_ptr<Database> freshFund()
    {
        auto db = Database::open(QString::fromLatin1(Database::InMemory));
        if (!db || !Migrator(fundDeskMigrations()).migrate(**db) ||
            !ReferenceDataLoader::ensureLoaded((*db)->connection())) {
            return {};
        }
        return std::move(db).value();
    }

    QStringList column(const QString &sql) const
    {
        QStringList values;
        QSqlQuery query(m_db->connection());
        if (query.exec(sql)) {
            while (query.next()) {
                values << query.value(0).toString();
            }
        }
        return values;
    }

    qint64 scalar(const QString &sql) const
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? -1 : values.constFirst().toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = freshFund();
        QVERIFY(m_db);
        const auto summary = ScaleFundGenerator(2, 7, m_today).generate(*m_db);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
        m_summary = *summary;
    }

    void holdsTheVolumesOfItsScale()
    {
        QCOMPARE(m_summary.donors, 80);
        QCOMPARE(m_summary.contributions, 1000);
        QCOMPARE(m_summary.meetings, 20);
        QCOMPARE(m_summary.sponsorships, 1600);
        QCOMPARE(m_summary.activities, 400);
        QCOMPARE(scalar(u"SELECT count(*) FROM contributions"_qs), m_summary.contributions);
        QCOMPARE(scalar(u"SELECT count(*) FROM sponsorships"_qs) +
                     scalar(u"SELECT count(*) FROM activities"_qs),
                 2000);
        QCOMPARE(scalar(u"SELECT count(*) FROM status_transitions"_qs), m_summary.transitions);
        QCOMPARE(scalar(u"SELECT count(*) FROM commitments"_qs), m_summary.commitments);
        QCOMPARE(scalar(u"SELECT count(*) FROM disbursements"_qs), m_summary.disbursements);
        QVERIFY(m_summary.disbursements > 4'000);
        QVERIFY(scalar(u"SELECT count(*) FROM disbursements WHERE refund = 1"_qs) > 0);
        QCOMPARE(
            column(u"SELECT DISTINCT substr(date, 1, 4) FROM contributions ORDER BY 1"_qs).size(),
            10);
        QStringList keys;
        for (const ApplicationStatus status : allApplicationStatuses()) {
            keys << applicationStatusKey(status);
        }
        keys.sort();
        QCOMPARE(column(u"SELECT status FROM sponsorships UNION SELECT status FROM activities "
                        "ORDER BY 1"_qs),
                 keys);
    }

    void historiesEndInTheStatusAndApprovalsAreCommitted()
    {
        QCOMPARE(scalar(u"SELECT count(*) FROM (SELECT item_kind, item_id, to_status, max(id) "
                        "FROM status_transitions GROUP BY item_kind, item_id) t JOIN (SELECT "
                        "'sponsorship' k, id, status FROM sponsorships UNION ALL SELECT "
                        "'activity', id, status FROM activities) s ON s.k = t.item_kind AND "
                        "s.id = t.item_id WHERE s.status <> t.to_status"_qs),
                 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM status_transitions t WHERE NOT EXISTS (SELECT 1 "
                        "FROM status_transitions p WHERE p.item_kind = t.item_kind AND p.item_id "
                        "= t.item_id AND p.id < t.id AND p.to_status = t.from_status) AND "
                        "t.from_status <> 'submitted'"_qs),
                 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM (SELECT 'sponsorship' k, id, status FROM "
                        "sponsorships UNION ALL SELECT 'activity', id, status FROM activities) s "
                        "WHERE (s.status IN ('approved', 'active', 'completed', 'cancelled')) <> "
                        "EXISTS (SELECT 1 FROM commitments c WHERE c.item_kind = s.k AND "
                        "c.item_id = s.id)"_qs),
                 0);
        // The services read the history the same way.
        WorkflowService workflow(m_db->connection(), [this] { return m_today; });
        const qint64 id = scalar(u"SELECT min(id) FROM activities WHERE status = 'completed'"_qs);
        const auto history = workflow.history(WorkflowItem::activity(id));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 6);
        QCOMPARE(history->constLast().to, ApplicationStatus::Completed);
    }

    void staysWithinTheFundsMeans()
    {
        QCOMPARE(scalar(u"SELECT count(*) FROM commitments c WHERE c.amount_minor < (SELECT "
                        "COALESCE(sum(usd_minor), 0) FROM disbursements d WHERE d.item_kind = "
                        "c.item_kind AND d.item_id = c.item_id)"_qs),
                 0);
        BalanceService balances(m_db->connection());
        for (int year = 2017; year <= 2026; ++year) {
            const auto balance = balances.balance(year);
            QVERIFY(balance.ok());
            QVERIFY2(!balance->available.isNegative(), qPrintable(QString::number(year)));
        }
        QVERIFY(balances.balance(2026)->committed.minor() > 0);
        DisbursementService disbursements(m_db->connection(), [this] { return m_today; });
        const qint64 paid =
            scalar(u"SELECT max(item_id) FROM disbursements WHERE item_kind = 'activity'"_qs);
        const auto left = disbursements.remaining(WorkflowItem::activity(paid));
        QVERIFY(left.ok());
        QVERIFY(!left->isNegative());
    }

    void auditTrailIsSealedAndYearsClosed()
    {
        const auto chain = AuditChain::verify(m_db->connection());
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact, qPrintable(chain->message));
        QCOMPARE(chain->entries, m_summary.auditEntries);
        QVERIFY(chain->entries > m_summary.transitions + m_summary.disbursements);
        QCOMPARE(scalar(u"SELECT count(*) FROM audit_log WHERE table_name = 'status_transitions' "
                        "AND profile = ''"_qs),
                 0);
        QCOMPARE(column(u"PRAGMA integrity_check"_qs), QStringList({u"ok"_qs}));
        QCOMPARE(scalar(u"SELECT count(*) FROM closed_years"_qs), 8);
        QVERIFY(!PeriodLock(m_db->connection()).check(QDate(2024, 3, 1)).ok());
        QVERIFY(PeriodLock(m_db->connection()).check(QDate(2025, 3, 1)).ok());
    }

    void sameSeedSameFund()
    {
        auto other = freshFund();
        QVERIFY(other);
        QVERIFY(ScaleFundGenerator(2, 7, m_today).generate(*other).ok());
        const QString rows =
            u"SELECT group_concat(item_id || date || usd_minor) FROM "
            "disbursements"_qs;
        QSqlQuery a(m_db->connection());
        QSqlQuery b(other->connection());
        QVERIFY(a.exec(rows) && a.next() && b.exec(rows) && b.next());
        QCOMPARE(a.value(0).toString(), b.value(0).toString());
    }
};

QTEST_APPLESS_MAIN(tst_ScaleFundGenerator)
#include "tst_scalefundgenerator.moc"
