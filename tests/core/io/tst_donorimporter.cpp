#include "importtestfund.h"

#include <QTest>

using namespace FundDesk::Core;
using ImportTest::Fund;

namespace {

const QByteArray kHeader = "name,donor_kind,country,due_diligence,due_diligence_date,"
                           "due_diligence_note,contact,notes\r\n";

bool hasIssue(const ImportPreview &preview, int line, const QString &column, const QString &text)
{
    for (const ImportIssue &issue : preview.issues) {
        if (issue.line == line && issue.column == column && issue.message.contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

// Donors from CSV with DonorService's rules (¶14 clearance for non-governmental donors only),
// duplicates in the file and against the fund, all or nothing.
class TestDonorImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsDonors()
    {
        Fund fund = Fund::open();
        // Semicolons throughout: the separator comes from the header line.
        const QByteArray bytes = QByteArray(kHeader).replace(',', ';')
                                 + ";member_state;FRA;;;;;\r\n"
                                   "Open Data Foundation;foundation;USA;cleared;2025-05-01;ok;"
                                   "a@b.org;\r\n"
                                   "Acme;private_sector;;;;;;\r\n";
        QCOMPARE(fund.import(ImportKind::Donors, bytes), 3);
        QCOMPARE(fund.count(QStringLiteral("donors WHERE state_iso3 = 'FRA' AND name = 'France'")),
                 1);
        QCOMPARE(fund.count(QStringLiteral("donors WHERE due_diligence = 'cleared'")), 1);
        QCOMPARE(fund.count(QStringLiteral("donors WHERE due_diligence = 'pending'")), 1);
    }

    void refusesBadRowsAndWritesNothing_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("state without country")
            << QByteArray(",member_state,,,,,,\r\n") << 2 << QStringLiteral("country")
            << QStringLiteral("column is empty");
        QTest::newRow("unknown country")
            << QByteArray("Acme,private_sector,ZZZ,,,,,\r\n") << 2 << QStringLiteral("country")
            << QStringLiteral("“ZZZ”");
        QTest::newRow("name missing") << QByteArray(",foundation,,,,,,\r\n") << 2
                                      << QStringLiteral("name") << QStringLiteral("is empty");
        QTest::newRow("clearance for a State")
            << QByteArray(",member_state,FRA,cleared,2025-01-01,,,\r\n") << 2
            << QStringLiteral("due_diligence") << QStringLiteral("needs no due-diligence");
        QTest::newRow("ngo not required")
            << QByteArray("Acme,private_sector,,not_required,,,,\r\n") << 2
            << QStringLiteral("due_diligence") << QStringLiteral("¶14");
        QTest::newRow("cleared without date")
            << QByteArray("Acme,private_sector,,cleared,,,,\r\n") << 2
            << QStringLiteral("due_diligence_date") << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("duplicate in file")
            << QByteArray("Acme,private_sector,,,,,,\r\nACME ,private_sector,,,,,,\r\n") << 3
            << QStringLiteral("name") << QStringLiteral("repeats the donor of line 3");
    }

    void refusesBadRowsAndWritesNothing()
    {
        QFETCH(QByteArray, rows);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fund fund = Fund::open();
        const QByteArray bytes = kHeader + ",observer_state,VAT,,,,,\r\n" + rows;
        const ImportPreview preview = fund.preview(ImportKind::Donors, bytes);
        QVERIFY2(hasIssue(preview, line + 1, column, message),
                 qPrintable(preview.issues.isEmpty() ? QString()
                                                     : preview.issues.first().message));
        QVERIFY(!fund.importer().apply(preview).ok());
        QCOMPARE(fund.count(QStringLiteral("donors")), 0);
    }

    void duplicateOfTheFund()
    {
        Fund fund = Fund::open();
        QCOMPARE(fund.import(ImportKind::Donors, kHeader + ",member_state,FRA,,,,,\r\n"), 1);
        const ImportPreview again =
            fund.preview(ImportKind::Donors, kHeader + ",member_state,fra,,,,,\r\n");
        QVERIFY(hasIssue(again, 2, QStringLiteral("country"), QStringLiteral("already has")));
        QCOMPARE(fund.count(QStringLiteral("donors")), 1);
    }
};

QTEST_APPLESS_MAIN(TestDonorImporter)
#include "tst_donorimporter.moc"
