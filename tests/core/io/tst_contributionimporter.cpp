#include "importtestfund.h"

#include "core/db/auditactor.h"
#include "core/db/auditchain.h"
#include "core/services/donorservice.h"
#include "core/services/profileservice.h"

#include <QTest>

#include <algorithm>

using namespace FundDesk::Core;
using ImportTest::Fund;

namespace {

const QByteArray kHeader =
    "date,donor,donor_kind,country,type,amount,currency,usd_rate,publication,conditions,"
    "reference\n";

QByteArray file(const QByteArray &rows)
{
    return kHeader + rows;
}

// True when some issue is on that line and column and its message holds the text.
bool hasIssue(const ImportPreview &preview, int line, const QString &column, const QString &text)
{
    for (const ImportIssue &issue : preview.issues) {
        if (issue.line == line && issue.column == column && issue.message.contains(text)) {
            return true;
        }
    }
    return false;
}

QString describe(const ImportPreview &preview)
{
    QStringList lines;
    for (const ImportIssue &issue : preview.issues) {
        lines.append(QStringLiteral("%1 %2: %3").arg(issue.line).arg(issue.column, issue.message));
    }
    return lines.join(u'\n');
}

QByteArray generated(int rows)
{
    QByteArray bytes = kHeader;
    bytes.reserve(rows * 80);
    const QList<QByteArray> states{"FRA", "DEU", "JPN", "KEN", "BRA", "CAN", "NOR", "CHL"};
    for (int i = 0; i < rows; ++i) {
        const QByteArray date =
            QDate(2020, 1, 1).addDays(i % 2000).toString(Qt::ISODate).toLatin1();
        const bool euro = i % 3 == 0;
        bytes += date + ",," + "member_state," + states.at(i % states.size()) + ',' +
                 (i % 2 ? "receipt," : "pledge,") + QByteArray::number(1000 + i) + ".50," +
                 (euro ? "EUR,1.0825," : "USD,,") + "publish,,IMP-" + QByteArray::number(i) + '\n';
    }
    return bytes;
}

} // namespace

class TestContributionImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsRowsAndCreatesStateDonors()
    {
        Fund fund = Fund::open();
        const QByteArray bytes = file(
            "2026-01-15,France,member_state,fra,receipt,250000.00,EUR,1.08,publish,,R-1\r\n"
            "2026-02-01,,member_state,FRA,pledge,1000,USD,,anonymous,,\r\n"
            "2026-03-01,Holy See,observer_state,VAT,pledge,5000,USD,,withhold,,R-3\r\n");
        const ImportPreview preview = fund.preview(ImportKind::Contributions, bytes);
        QVERIFY2(preview.acceptable(), qPrintable(describe(preview)));
        QCOMPARE(fund.importer().apply(preview).value(), 3);
        QCOMPARE(fund.count(QStringLiteral("contributions")), 3);
        QCOMPARE(fund.count(QStringLiteral("donors")), 2); // France once, the Holy See
        QCOMPARE(fund.count(QStringLiteral("contributions WHERE usd_minor = 27000000")), 1);
        QCOMPARE(fund.count(QStringLiteral("contributions WHERE publication = 'anonymous'")), 1);
    }

    void matchesExistingStateDonor()
    {
        Fund fund = Fund::open();
        DonorService donors(fund.db(), fund.reference);
        const DonorId france = donors.stateDonor(QStringLiteral("FRA"))->id;
        QCOMPARE(fund.import(ImportKind::Contributions,
                             file("2026-01-15,France,member_state,FRA,pledge,10,USD,,publish,,\n")),
                 1);
        QCOMPARE(fund.count(QStringLiteral("donors")), 1);
        QCOMPARE(
            fund.count(QStringLiteral("contributions WHERE donor_id = %1").arg(france.value())), 1);
    }

    // ¶14: a non-governmental donor's money is received only once cleared.
    void dueDiligenceBeforeReceipt()
    {
        Fund fund = Fund::open();
        Donor cleared;
        cleared.kind = DonorKind::PhilanthropicFoundation;
        cleared.name = QStringLiteral("Open Data Foundation");
        cleared.dueDiligence = {DueDiligenceStatus::Cleared, QDate(2025, 5, 1), {}};
        QVERIFY(DonorService(fund.db(), fund.reference).add(cleared).ok());

        const ImportPreview refused = fund.preview(
            ImportKind::Contributions,
            file("2026-01-15,Acme Corp,private_sector,USA,receipt,100,USD,,publish,,\n"
                 "2026-01-16,Acme Corp,private_sector,USA,pledge,100,USD,,publish,,\n"
                 "2026-01-17,open data foundation,foundation,,receipt,100,USD,,publish,,\n"));
        QCOMPARE(refused.issues.size(), 1);
        QVERIFY2(hasIssue(refused, 2, QStringLiteral("type"), QStringLiteral("¶14")),
                 qPrintable(describe(refused)));
        QVERIFY(!fund.importer().apply(refused).ok());
        QCOMPARE(fund.count(QStringLiteral("contributions")), 0);
        QCOMPARE(fund.count(QStringLiteral("donors")), 1);

        QCOMPARE(fund.import(ImportKind::Contributions,
                             file("2026-01-16,Acme Corp,private_sector,USA,pledge,100,USD,,"
                                  "publish,,\n")),
                 1);
        QCOMPARE(fund.count(QStringLiteral("donors WHERE due_diligence = 'pending'")), 1);
    }

    void badFilesAreRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        const auto row = [](const QByteArray &text) { return file(text + '\n'); };
        QTest::newRow("missing column")
            << QByteArray(
                   "date,donor,donor_kind,country,type,amount,currency,usd_rate,"
                   "publication,reference\n")
            << 1 << QStringLiteral("conditions") << QStringLiteral("is missing");
        QTest::newRow("unknown column")
            << QByteArray(kHeader).replace("reference", "reference,colour") << 1
            << QStringLiteral("colour") << QStringLiteral("not one FundDesk knows");
        QTest::newRow("wrong column")
            << QByteArray(kHeader).replace("amount", "amount_usd") << 1
            << QStringLiteral("amount_usd") << QStringLiteral("not one FundDesk knows");
        QTest::newRow("repeated column")
            << QByteArray(kHeader).replace("reference", "reference,date") << 1
            << QStringLiteral("date") << QStringLiteral("appears twice");
        QTest::newRow("thousands separator")
            << row("2026-01-15,,member_state,FRA,pledge,\"1,000.00\",USD,,publish,,") << 2
            << QStringLiteral("amount") << QStringLiteral("no thousands separator");
        QTest::newRow("text amount")
            << row("2026-01-15,,member_state,FRA,pledge,lots,USD,,publish,,") << 2
            << QStringLiteral("amount") << QStringLiteral("“lots” is not an amount");
        QTest::newRow("zero amount")
            << row("2026-01-15,,member_state,FRA,pledge,0,USD,,publish,,") << 2
            << QStringLiteral("amount") << QStringLiteral("above zero");
        QTest::newRow("too many decimals")
            << row("2026-01-15,,member_state,FRA,pledge,10.123,USD,,publish,,") << 2
            << QStringLiteral("amount") << QStringLiteral("10.123");
        QTest::newRow("slash date") << row("15/01/2026,,member_state,FRA,pledge,10,USD,,publish,,")
                                    << 2 << QStringLiteral("date") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("impossible date")
            << row("2026-02-30,,member_state,FRA,pledge,10,USD,,publish,,") << 2
            << QStringLiteral("date") << QStringLiteral("not a date");
        QTest::newRow("old date") << row("1999-12-31,,member_state,FRA,pledge,10,USD,,publish,,")
                                  << 2 << QStringLiteral("date")
                                  << QStringLiteral("before 1 January 2000");
        QTest::newRow("future receipt")
            << row("2026-07-01,,member_state,FRA,receipt,10,USD,,publish,,") << 2
            << QStringLiteral("date") << QStringLiteral("future");
        QTest::newRow("unknown country")
            << row("2026-01-15,,member_state,XYZ,pledge,10,USD,,publish,,") << 2
            << QStringLiteral("country") << QStringLiteral("“XYZ” is not the code");
        QTest::newRow("state without country")
            << row("2026-01-15,France,member_state,,pledge,10,USD,,publish,,") << 2
            << QStringLiteral("country") << QStringLiteral("column is empty");
        QTest::newRow("observer as member")
            << row("2026-01-15,,member_state,VAT,pledge,10,USD,,publish,,") << 2
            << QStringLiteral("donor_kind") << QStringLiteral("observer_state");
        QTest::newRow("unknown kind")
            << row("2026-01-15,X,ngo,,pledge,10,USD,,publish,,") << 2
            << QStringLiteral("donor_kind") << QStringLiteral("other_ngo");
        QTest::newRow("unknown type")
            << row("2026-01-15,,member_state,FRA,gift,10,USD,,publish,,") << 2
            << QStringLiteral("type") << QStringLiteral("pledge, receipt");
        QTest::newRow("unknown currency")
            << row("2026-01-15,,member_state,FRA,pledge,10,EURO,1.1,publish,,") << 2
            << QStringLiteral("currency") << QStringLiteral("ISO 4217");
        QTest::newRow("missing rate")
            << row("2026-01-15,,member_state,FRA,pledge,10,EUR,,publish,,") << 2
            << QStringLiteral("usd_rate") << QStringLiteral("column is empty");
        QTest::newRow("comma rate")
            << row("2026-01-15,,member_state,FRA,pledge,10,EUR,\"1,08\",publish,,") << 2
            << QStringLiteral("usd_rate") << QStringLiteral("not an exchange rate");
        QTest::newRow("rate for usd")
            << row("2026-01-15,,member_state,FRA,pledge,10,USD,1.1,publish,,") << 2
            << QStringLiteral("usd_rate") << QStringLiteral("must be empty");
        QTest::newRow("unknown consent")
            << row("2026-01-15,,member_state,FRA,pledge,10,USD,,public,,") << 2
            << QStringLiteral("publication") << QStringLiteral("publish, anonymous, withhold");
        QTest::newRow("receipt conditions")
            << row("2026-01-15,,member_state,FRA,receipt,10,USD,,publish,for training,") << 2
            << QStringLiteral("conditions") << QStringLiteral("¶19");
        QTest::newRow("field count")
            << row("2026-01-15,,member_state,FRA,pledge,10,USD,,publish") << 2 << QString()
            << QStringLiteral("has 9 fields but the header has 11");
        QTest::newRow("duplicate reference")
            << file(
                   "2026-01-15,,member_state,FRA,pledge,10,USD,,publish,,A-1\n"
                   "2026-01-16,,member_state,DEU,pledge,20,USD,,publish,,A-1\n")
            << 3 << QStringLiteral("reference") << QStringLiteral("repeats line 2");
        QTest::newRow("duplicate without reference")
            << file(
                   "2026-01-15,,member_state,FRA,pledge,10,USD,,publish,,\n"
                   "2026-01-15,France,member_state,fra,pledge,10.00,usd,,publish,,\n")
            << 3 << QString() << QStringLiteral("repeats line 2");
        QTest::newRow("empty file")
            << QByteArray() << 0 << QString() << QStringLiteral("The file is empty");
        QTest::newRow("header only") << kHeader << 0 << QString() << QStringLiteral("no rows");
        QTest::newRow("binary junk") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << 0 << QString()
                                     << QStringLiteral("binary data");
        QTest::newRow("latin-1") << file(
                                        "2026-01-15,Fondation \xE9t\xE9,foundation,FRA,pledge,"
                                        "10,USD,,publish,,\n")
                                 << 0 << QString() << QStringLiteral("Line 2 is not valid UTF-8");
    }

    void badFilesAreRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fund fund = Fund::open();
        // A valid first data row too, so "nothing written" means the good rows as well.
        const ImportPreview preview = fund.preview(ImportKind::Contributions, bytes);
        QVERIFY2(hasIssue(preview, line, column, message), qPrintable(describe(preview)));
        QVERIFY(!preview.acceptable());
        const auto applied = fund.importer().apply(preview);
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().message.contains(QStringLiteral("nothing was imported")));
        QCOMPARE(fund.count(QStringLiteral("contributions")), 0);
        QCOMPARE(fund.count(QStringLiteral("donors")), 0);
    }

    void everyBadRowIsReportedGoodRowsNotWritten()
    {
        Fund fund = Fund::open();
        const ImportPreview preview =
            fund.preview(ImportKind::Contributions,
                         file("2026-01-15,,member_state,FRA,pledge,10,USD,,publish,,\n"
                              "2026-13-01,,member_state,XXX,pledge,-1,USD,,publish,,\n"
                              "2026-01-17,,member_state,DEU,pledge,10,USD,,publish,,\n"));
        QVERIFY(hasIssue(preview, 3, QStringLiteral("date"), QStringLiteral("not a date")));
        QVERIFY(hasIssue(preview, 3, QStringLiteral("country"), QStringLiteral("XXX")));
        QVERIFY(hasIssue(preview, 3, QStringLiteral("amount"), QStringLiteral("above zero")));
        QCOMPARE(preview.issues.size(), 3);
        QCOMPARE(preview.rowCount(), 3);
        QVERIFY(!fund.importer().apply(preview).ok());
        QCOMPARE(fund.count(QStringLiteral("contributions")), 0);
    }

    void duplicatesAgainstTheFund()
    {
        Fund fund = Fund::open();
        const QByteArray bytes = file(
            "2026-01-15,,member_state,FRA,pledge,10,USD,,publish,,R-9\n"
            "2026-01-16,,member_state,FRA,pledge,20,USD,,publish,,\n");
        QCOMPARE(fund.import(ImportKind::Contributions, bytes), 2);
        const ImportPreview again = fund.preview(ImportKind::Contributions, bytes);
        QVERIFY(hasIssue(again, 2, QStringLiteral("reference"),
                         QStringLiteral("already has a contribution with the reference “R-9”")));
        QVERIFY(hasIssue(again, 3, QString(), QStringLiteral("already has a contribution")));
        QVERIFY(!fund.importer().apply(again).ok());
        QCOMPARE(fund.count(QStringLiteral("contributions")), 2);
    }

    void receiptConditionsOnceConfirmed()
    {
        Fund fund = Fund::open();
        const QByteArray bytes =
            file("2026-01-15,,member_state,FRA,receipt,10,USD,,publish,\"Report, yearly\",\n");
        const Importer confirmed = fund.importer(true);
        const auto preview = confirmed.preview(ImportKind::Contributions, bytes);
        QVERIFY2(preview->acceptable(), qPrintable(describe(*preview)));
        QCOMPARE(confirmed.apply(*preview).value(), 1);
        QCOMPARE(fund.count(QStringLiteral("contributions WHERE conditions_not_earmark = 1")), 1);
    }

    void cancelWritesNothing()
    {
        Fund fund = Fund::open();
        const qint64 audited = fund.count(QStringLiteral("audit_log"));
        const Importer importer = fund.importer();
        const auto preview = importer.preview(ImportKind::Contributions, generated(2000));
        QVERIFY(preview->acceptable());
        const auto applied =
            importer.apply(*preview, [](qsizetype done, qsizetype) { return done < 1000; });
        QVERIFY(!applied.ok());
        QVERIFY(applied.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(fund.count(QStringLiteral("contributions")), 0);
        QCOMPARE(fund.count(QStringLiteral("audit_log")), audited);
        QCOMPARE(fund.count(QStringLiteral("sqlite_schema WHERE type = 'trigger' AND "
                                           "name = 'audit_contributions_insert'")),
                 1);

        const auto stopped = importer.preview(ImportKind::Contributions, generated(2000),
                                              [](qsizetype done, qsizetype) { return done < 600; });
        QVERIFY(stopped->cancelled);
        QVERIFY(!stopped->acceptable());
    }

    // The import writes the contributions' audit entries set by set (BulkInsertAudit), not
    // through the insert trigger: they must be the very entries the trigger writes.
    void auditEntriesAreTheTriggersOwn()
    {
        Fund fund = Fund::open();
        Profile manager;
        manager.name = QStringLiteral("Fund manager");
        manager.id = ProfileService(fund.db()).add(manager).value();
        QVERIFY(AuditActor::setCurrent(fund.db(), manager).ok());
        QCOMPARE(fund.import(ImportKind::Contributions, generated(50)), 50);
        QCOMPARE(fund.count(QStringLiteral("sqlite_schema WHERE type = 'trigger' AND "
                                           "name = 'audit_contributions_insert'")),
                 1);
        QVERIFY(AuditChain::verify(fund.db()).value().intact);

        // The same rows once more, through the trigger.
        QSqlDatabase db = fund.db();
        QSqlQuery sql(db);
        QVERIFY(sql.exec(QStringLiteral("CREATE TEMP TABLE copied AS SELECT * FROM contributions")));
        QVERIFY(sql.exec(QStringLiteral("DELETE FROM contributions")));
        QVERIFY(sql.exec(QStringLiteral("INSERT INTO contributions SELECT * FROM copied "
                                        "ORDER BY rowid")));
        const auto entries = [&db](const char *order) {
            QSqlQuery query(db);
            const bool ran = query.exec(
                QStringLiteral("SELECT record_id, new_values, profile_id, profile FROM audit_log "
                               "WHERE table_name = 'contributions' AND action = 'insert' "
                               "ORDER BY seq %1 LIMIT 50")
                    .arg(QLatin1String(order)));
            QStringList rows;
            while (ran && query.next()) {
                rows.append(QStringList{query.value(0).toString(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString()}
                                .join(u'|'));
            }
            return rows;
        };
        const QStringList imported = entries("ASC");
        QStringList triggered = entries("DESC");
        std::reverse(triggered.begin(), triggered.end());
        QCOMPARE(imported.size(), 50);
        QVERIFY(imported.first().contains(QStringLiteral("|Fund manager")));
        QCOMPARE(imported, triggered);
    }

    // A 100 000-row file with one bad row at its very end: the row is named, nothing written.
    // (bench/importbench.cpp times the full import of 100 000 rows.)
    void hundredThousandRowsOneBad()
    {
        Fund fund = Fund::open();
        QByteArray bytes = generated(100'000);
        bytes += "2026-01-15,,member_state,FRA,pledge,ten,USD,,publish,,\n";
        const ImportPreview refused = fund.preview(ImportKind::Contributions, bytes);
        QCOMPARE(refused.rowCount(), 100'001);
        QCOMPARE(refused.issues.size(), 1);
        QVERIFY2(hasIssue(refused, 100'002, QStringLiteral("amount"), QStringLiteral("“ten”")),
                 qPrintable(describe(refused)));
        QVERIFY(!fund.importer().apply(refused).ok());
        QCOMPARE(fund.count(QStringLiteral("contributions")), 0);
        QCOMPARE(fund.count(QStringLiteral("donors")), 0);
    }
};

QTEST_APPLESS_MAIN(TestContributionImporter)
#include "tst_contributionimporter.moc"
