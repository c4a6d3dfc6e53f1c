#include "importtestfund.h"

#include "core/io/csvexporter.h"
#include "core/services/activityservice.h"

#include <QTest>

using namespace FundDesk::Core;
using ImportTest::describe;
using ImportTest::Fund;
using ImportTest::hasIssue;

namespace {

const QByteArray kHeader =
    "reference,applicant,co_applicants,partners,title,summary,objectives,expected_outputs,"
    "outcomes,start,end,requested,currency,co_funding,co_funding_source,needs_assessment,"
    "needs_document,focus_areas\n";

const QByteArray kGoodRow =
    "CB-2026-101,KEN,UGA TZA,academic:University of Nairobi; un_entity:UNIDIR,CERT training "
    "for East Africa,Summary,Objectives,Outputs,Outcomes,2026-09-01,2027-06-30,2026:50000.00 "
    "2027:25000.00,USD,10000,Government of Kenya,National strategy gap analysis,,"
    "training_workforce incident_response";

// The good row with one field replaced (fields by their column index; the partners field
// holds no comma).
QByteArray withField(int index, const QByteArray &value)
{
    QList<QByteArray> fields = kGoodRow.split(',');
    fields[index] = value;
    return kHeader + fields.join(',') + '\n';
}

const QByteArray kGoodFile = kHeader + kGoodRow + "\r\n" +
                             ",fji,,,Pacific points of contact,,,,,2026-10-01,2026-12-31,"
                             "2026:30000,,,,,PIF-2025-07,i\r\n";

QList<ActivityApplication> stored(const Fund &fund)
{
    return ActivityService(fund.db(), fund.reference).all().value();
}

} // namespace

class TestActivityImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsAndReadsBackEqual()
    {
        Fund fund = Fund::open();
        const ImportPreview preview = fund.preview(ImportKind::Activities, kGoodFile);
        QVERIFY2(preview.acceptable(), qPrintable(describe(preview)));
        QCOMPARE(fund.importer().apply(preview).value(), 2);

        const QList<ActivityApplication> all = stored(fund);
        QCOMPARE(all.size(), 2);
        ActivityApplication kenya;
        kenya.id = all.at(0).id;
        kenya.reference = QStringLiteral("CB-2026-101");
        kenya.applicantIso3 = QStringLiteral("KEN");
        kenya.coApplicantIso3 = {QStringLiteral("UGA"), QStringLiteral("TZA")};
        kenya.partners = {{QStringLiteral("University of Nairobi"), PartnerKind::Academic},
                          {QStringLiteral("UNIDIR"), PartnerKind::UnEntity}};
        kenya.title = QStringLiteral("CERT training for East Africa");
        kenya.summary = QStringLiteral("Summary");
        kenya.objectives = QStringLiteral("Objectives");
        kenya.expectedOutputs = QStringLiteral("Outputs");
        kenya.outcomes = QStringLiteral("Outcomes");
        kenya.start = QDate(2026, 9, 1);
        kenya.end = QDate(2027, 6, 30);
        kenya.requested = {{2026, Money::usd(50'000'00)}, {2027, Money::usd(25'000'00)}};
        kenya.coFunding = Money::usd(10'000'00);
        kenya.coFundingSource = QStringLiteral("Government of Kenya");
        kenya.needsAssessment = QStringLiteral("National strategy gap analysis");
        kenya.focusAreas = {FocusArea::IncidentResponse, FocusArea::TrainingWorkforce};
        kenya.status = ApplicationStatus::Submitted;
        QCOMPARE(all.at(0), kenya);

        // No reference: the next one of the year, after the file's own; ¶26 by its letter.
        const ActivityApplication &fiji = all.at(1);
        QCOMPARE(fiji.reference, QStringLiteral("CB-2026-102"));
        QCOMPARE(fiji.applicantIso3, QStringLiteral("FJI"));
        QCOMPARE(fiji.requested.size(), 1);
        QCOMPARE(fiji.requested.at(0).amount, Money::usd(30'000'00));
        QCOMPARE(fiji.coFunding, Money::usd(0));
        QCOMPARE(fiji.needsDocument, QStringLiteral("PIF-2025-07"));
        QCOMPARE(fiji.focusAreas, QList<FocusArea>{FocusArea::PointsOfContact});
        QCOMPARE(fiji.status, ApplicationStatus::Submitted);
    }

    void exportImportsBackUnchanged()
    {
        Fund fund = Fund::open();
        QCOMPARE(fund.import(ImportKind::Activities, kGoodFile), 2);
        const CsvTable exported =
            CsvExporter(fund.db(), fund.reference).table(ImportKind::Activities).value();
        Fund other = Fund::open();
        QCOMPARE(other.import(ImportKind::Activities, CsvWriter::toBytes(exported)), 2);
        QCOMPARE(CsvExporter(other.db(), other.reference).table(ImportKind::Activities).value(),
                 exported);
    }

    void duplicateOfTheFundIsRefused()
    {
        Fund fund = Fund::open();
        QCOMPARE(fund.import(ImportKind::Activities, kGoodFile), 2);
        const ImportPreview again = fund.preview(ImportKind::Activities, kGoodFile);
        QVERIFY2(hasIssue(again, 2, QStringLiteral("reference"),
                          QStringLiteral("already has an activity application")),
                 qPrintable(describe(again)));
        QVERIFY2(hasIssue(again, 3, QStringLiteral("title"), QStringLiteral("already has")),
                 qPrintable(describe(again)));
        QVERIFY(!fund.importer().apply(again).ok());
        QCOMPARE(fund.count(QStringLiteral("activities")), 2);
    }

    void badFilesAreRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing column")
            << QByteArray(kHeader).replace("partners,", "") << 1 << QStringLiteral("partners")
            << QStringLiteral("is missing");
        QTest::newRow("unknown column")
            << QByteArray(kHeader).replace("summary", "budget") << 1 << QStringLiteral("budget")
            << QStringLiteral("not one FundDesk knows");
        QTest::newRow("unknown applicant") << withField(1, "XYZ") << 2
                                           << QStringLiteral("applicant")
                                           << QStringLiteral("“XYZ” is not the code");
        QTest::newRow("observer applicant") << withField(1, "VAT") << 2
                                            << QStringLiteral("applicant")
                                            << QStringLiteral("not a Member State");
        QTest::newRow("unknown co-applicant")
            << withField(2, "UGA QQQ") << 2 << QStringLiteral("co_applicants")
            << QStringLiteral("“QQQ” is not the code");
        QTest::newRow("applicant as co-applicant")
            << withField(2, "UGA KEN") << 2 << QStringLiteral("co_applicants")
            << QStringLiteral("cannot also be a co-applicant");
        QTest::newRow("unknown partner kind")
            << withField(3, "charity:Red Cross") << 2 << QStringLiteral("partners")
            << QStringLiteral("kind:name");
        QTest::newRow("partner without name") << withField(3, "academic:") << 2
                                              << QStringLiteral("partners")
                                              << QStringLiteral("kind:name");
        QTest::newRow("no title") << withField(4, "") << 2 << QStringLiteral("title")
                                  << QStringLiteral("column is empty");
        QTest::newRow("bad start") << withField(9, "2026-13-01") << 2 << QStringLiteral("start")
                                   << QStringLiteral("not a date");
        QTest::newRow("slash end") << withField(10, "30/06/2027") << 2 << QStringLiteral("end")
                                   << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("end before start")
            << withField(10, "2026-01-31") << 2 << QStringLiteral("end")
            << QStringLiteral("cannot end");
        QTest::newRow("no request") << withField(11, "") << 2 << QStringLiteral("requested")
                                    << QStringLiteral("column is empty");
        QTest::newRow("bad request") << withField(11, "2026-50000") << 2
                                     << QStringLiteral("requested")
                                     << QStringLiteral("not a year and an amount");
        QTest::newRow("text amount") << withField(11, "2026:lots") << 2
                                     << QStringLiteral("requested")
                                     << QStringLiteral("not a year and an amount");
        QTest::newRow("year outside") << withField(11, "2025:1000") << 2
                                      << QStringLiteral("requested")
                                      << QStringLiteral("outside the years");
        QTest::newRow("zero amount") << withField(11, "2026:0") << 2
                                     << QStringLiteral("requested")
                                     << QStringLiteral("more than zero");
        QTest::newRow("year twice") << withField(11, "2026:10 2026:20") << 2
                                    << QStringLiteral("requested")
                                    << QStringLiteral("entered twice");
        QTest::newRow("euro") << withField(12, "EUR") << 2 << QStringLiteral("requested")
                              << QStringLiteral("US dollars");
        QTest::newRow("unknown currency") << withField(12, "EURO") << 2
                                          << QStringLiteral("currency")
                                          << QStringLiteral("ISO 4217");
        QTest::newRow("negative co-funding")
            << withField(13, "-1") << 2 << QStringLiteral("co_funding")
            << QStringLiteral("zero or more");
        QTest::newRow("unknown focus area")
            << withField(17, "incident_response space") << 2 << QStringLiteral("focus_areas")
            << QStringLiteral("“space” is not a focus area of ¶26");
        QTest::newRow("no focus area") << withField(17, "") << 2 << QStringLiteral("focus_areas")
                                       << QStringLiteral("¶26");
        QTest::newRow("no needs assessment") << withField(15, "") << 2
                                             << QStringLiteral("needs_assessment")
                                             << QStringLiteral("¶13");
        QTest::newRow("field count") << kHeader + "CB-1,KEN,,\n" << 2 << QString()
                                     << QStringLiteral("has 4 fields but the header has 18");
        QTest::newRow("duplicate reference")
            << withField(0, "CB-2026-101") + QByteArray(kGoodRow).replace("CERT", "SOC") + '\n'
            << 3 << QStringLiteral("reference") << QStringLiteral("repeats line 2");
        QTest::newRow("duplicate without reference")
            << withField(0, "") + QByteArray(kGoodRow).replace("CB-2026-101", "") + '\n' << 3
            << QStringLiteral("title") << QStringLiteral("repeats line 2");
        QTest::newRow("empty file")
            << QByteArray() << 0 << QString() << QStringLiteral("The file is empty");
        QTest::newRow("header only") << kHeader << 0 << QString() << QStringLiteral("no rows");
        QTest::newRow("binary junk") << QByteArray("%PDF-1.7\n\0\x01\x02", 12) << 0 << QString()
                                     << QStringLiteral("binary data");
    }

    void badFilesAreRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fund fund = Fund::open();
        const ImportPreview preview = fund.preview(ImportKind::Activities, bytes);
        QVERIFY2(hasIssue(preview, line, column, message), qPrintable(describe(preview)));
        QVERIFY(!preview.acceptable());
        QVERIFY(!fund.importer().apply(preview).ok());
        QCOMPARE(fund.count(QStringLiteral("activities")), 0);
        QCOMPARE(fund.count(QStringLiteral("audit_log WHERE table_name LIKE 'activit%'")), 0);
    }
};

QTEST_APPLESS_MAIN(TestActivityImporter)
#include "tst_activityimporter.moc"
