#include "core/db/database.h"
#include "core/db/migrator.h"
#include "core/db/schema.h"
#include "core/services/demo/demofundgenerator.h"
#include "core/services/referencedataloader.h"

#include <QSqlQuery>
#include <QtTest>

using namespace FundDesk::Core;

class tst_DemoFundGenerator final : public QObject
{
    Q_OBJECT

    const QDate m_today{2026, 11, 25};

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
    void fillsEveryKindAcrossYearsAndCurrencies()
    {
        auto db = freshFund();
        QVERIFY(db);
        const auto summary = DemoFundGenerator(1, m_today).generate(*db);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
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
        auto db = freshFund();
        QVERIFY(db);
        QVERIFY(DemoFundGenerator(9, m_today).generate(*db).ok());
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
        auto a = freshFund();
        auto b = freshFund();
        QVERIFY(a && b);
        QVERIFY(DemoFundGenerator(5, m_today).generate(*a).ok());
        QVERIFY(DemoFundGenerator(5, m_today).generate(*b).ok());
        const QString rows = u"SELECT donor_id || type || date || amount_minor || currency || usd_minor "
                             "FROM contributions ORDER BY id"_qs;
        QCOMPARE(column(*a, rows), column(*b, rows));
        auto c = freshFund();
        QVERIFY(DemoFundGenerator(6, m_today).generate(*c).ok());
        QVERIFY(column(*a, rows) != column(*c, rows));
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
