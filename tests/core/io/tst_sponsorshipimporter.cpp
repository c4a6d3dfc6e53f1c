#include "importtestfund.h"

#include "core/io/csvexporter.h"
#include "core/services/meetingservice.h"
#include "core/services/sponsorshipservice.h"

#include <QTest>

using namespace FundDesk::Core;
using ImportTest::describe;
using ImportTest::Fund;
using ImportTest::hasIssue;

namespace {

const QByteArray kHeader =
    "meeting,applicant_name,gender,state,ministry,title,capital_based,contact,criterion_a,"
    "criterion_b,criterion_c,criterion_d,criterion_e,nominating_letter,cost_override,"
    "override_reason,notes\n";

const QByteArray kGoodRow = "PM-2026-1,Amina Odhiambo,woman,KEN,Ministry of ICT,Director,yes,"
                            "amina@example.org,yes,yes,yes,yes,yes,yes,,,First session";

// The good row with one field replaced (fields by their column index).
QByteArray withField(int index, const QByteArray &value)
{
    QList<QByteArray> fields = kGoodRow.split(',');
    fields[index] = value;
    return kHeader + fields.join(',') + '\n';
}

// New York, 9–13 March 2026; airfares USD 2,900 Africa, 1,100 Americas, 3,800 Oceania;
// DSA 421 × 6 days; terminal 230.
Meeting newYork()
{
    Meeting meeting;
    meeting.reference = QStringLiteral("PM-2026-1");
    meeting.name = QStringLiteral("Permanent mechanism, first session 2026");
    meeting.city = QStringLiteral("New York");
    meeting.start = QDate(2026, 3, 9);
    meeting.end = QDate(2026, 3, 13);
    meeting.formalMeetingDays = 5;
    meeting.norms.airfare = {{Region::Africa, Money::usd(2'900'00)},
                             {Region::Americas, Money::usd(1'100'00)},
                             {Region::Oceania, Money::usd(3'800'00)}};
    meeting.norms.dsaDailyRate = Money::usd(421'00);
    meeting.norms.dsaDays = 6;
    meeting.norms.terminalExpenses = Money::usd(230'00);
    return meeting;
}

Fund fundWithMeeting(MeetingId *id = nullptr)
{
    Fund fund = Fund::open();
    const MeetingId meeting = MeetingService(fund.db()).add(newYork()).value();
    if (id) {
        *id = meeting;
    }
    return fund;
}

const QByteArray kGoodFile =
    kHeader + kGoodRow + "\r\n" +
    "pm-2026-1,Tevita Fifita,man,fji,Foreign Affairs,Counsellor,yes,,yes,yes,no,yes,yes,no,,,\r\n"
    "PM-2026-1,\"Pérez, Lucía\",other,BRA,,,yes,,yes,,yes,yes,yes,yes,1500.00,airfare only,\r\n";

} // namespace

class TestSponsorshipImporter : public QObject
{
    Q_OBJECT

private slots:
    void importsAndReadsBackEqual()
    {
        MeetingId meeting;
        Fund fund = fundWithMeeting(&meeting);
        const ImportPreview preview = fund.preview(ImportKind::Sponsorships, kGoodFile);
        QVERIFY2(preview.acceptable(), qPrintable(describe(preview)));
        QCOMPARE(fund.importer().apply(preview).value(), 3);

        const auto stored = SponsorshipService(fund.db(), fund.reference).list().value();
        QCOMPARE(stored.size(), 3);
        SponsorshipApplication amina;
        amina.id = stored.at(0).id;
        amina.meetingId = meeting;
        amina.applicantName = QStringLiteral("Amina Odhiambo");
        amina.gender = Gender::Woman;
        amina.stateIso3 = QStringLiteral("KEN");
        amina.ministry = QStringLiteral("Ministry of ICT");
        amina.title = QStringLiteral("Director");
        amina.capitalBased = true;
        amina.contact = QStringLiteral("amina@example.org");
        for (CriterionAssessment &criterion : amina.criteria) {
            criterion.met = true;
        }
        amina.nominatingLetterReceived = true;
        amina.estimatedCost = Money::usd(5'656'00); // 2,900 + 421 × 6 + 230
        amina.status = ApplicationStatus::Eligible;
        amina.notes = QStringLiteral("First session");
        QCOMPARE(stored.at(0), amina);

        // ¶21(c) not met: screened Ineligible.
        QCOMPARE(stored.at(1).stateIso3, QStringLiteral("FJI"));
        QCOMPARE(stored.at(1).status, ApplicationStatus::Ineligible);
        QCOMPARE(stored.at(1).criterion(EligibilityCriterion::AbleToTravel).met,
                 std::optional<bool>(false));
        QCOMPARE(stored.at(1).estimatedCost, Money::usd(6'556'00));
        QVERIFY(!stored.at(1).nominatingLetterReceived);

        // ¶21(b) not assessed yet: stays Submitted; the requested cost overrides the norms.
        QCOMPARE(stored.at(2).applicantName, QStringLiteral("Pérez, Lucía"));
        QCOMPARE(stored.at(2).gender, std::optional<Gender>(Gender::OtherOrUndisclosed));
        QCOMPARE(stored.at(2).status, ApplicationStatus::Submitted);
        QVERIFY(!stored.at(2).criterion(EligibilityCriterion::DirectExperience).met);
        QCOMPARE(stored.at(2).costOverride, std::optional<Money>(Money::usd(1'500'00)));
        QCOMPARE(stored.at(2).overrideReason, QStringLiteral("airfare only"));
        QCOMPARE(stored.at(2).cost(), Money::usd(1'500'00));
    }

    // What the export writes imports back into another fund unchanged.
    void exportImportsBackUnchanged()
    {
        Fund fund = fundWithMeeting();
        QCOMPARE(fund.import(ImportKind::Sponsorships, kGoodFile), 3);
        const CsvTable exported =
            CsvExporter(fund.db(), fund.reference).table(ImportKind::Sponsorships).value();
        Fund other = fundWithMeeting();
        QCOMPARE(other.import(ImportKind::Sponsorships, CsvWriter::toBytes(exported)), 3);
        QCOMPARE(CsvExporter(other.db(), other.reference).table(ImportKind::Sponsorships).value(),
                 exported);
    }

    void duplicateOfTheFundIsRefused()
    {
        Fund fund = fundWithMeeting();
        QCOMPARE(fund.import(ImportKind::Sponsorships, withField(0, "PM-2026-1")), 1);
        const ImportPreview again =
            fund.preview(ImportKind::Sponsorships, withField(1, "amina  ODHIAMBO"));
        QVERIFY2(hasIssue(again, 2, QStringLiteral("applicant_name"),
                          QStringLiteral("already has an application")),
                 qPrintable(describe(again)));
        QVERIFY(!fund.importer().apply(again).ok());
        QCOMPARE(fund.count(QStringLiteral("sponsorships")), 1);
    }

    void badFilesAreRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing column")
            << QByteArray(kHeader).replace(",criterion_e", "") + kGoodRow + '\n' << 1
            << QStringLiteral("criterion_e") << QStringLiteral("is missing");
        QTest::newRow("unknown column")
            << QByteArray(kHeader).replace("notes", "notes,nationality") + kGoodRow + ",KEN\n"
            << 1 << QStringLiteral("nationality") << QStringLiteral("not one FundDesk knows");
        QTest::newRow("repeated column")
            << QByteArray(kHeader).replace("notes", "notes,gender") + kGoodRow + ",woman\n" << 1
            << QStringLiteral("gender") << QStringLiteral("appears twice");
        QTest::newRow("unknown meeting")
            << withField(0, "PM-2030-9") << 2 << QStringLiteral("meeting")
            << QStringLiteral("no meeting with the reference “PM-2030-9”");
        QTest::newRow("no meeting") << withField(0, "") << 2 << QStringLiteral("meeting")
                                    << QStringLiteral("column is empty");
        QTest::newRow("no name") << withField(1, " ") << 2 << QStringLiteral("applicant_name")
                                 << QStringLiteral("column is empty");
        QTest::newRow("long name") << withField(1, QByteArray(201, 'x')) << 2
                                   << QStringLiteral("applicant_name")
                                   << QStringLiteral("201 characters");
        QTest::newRow("unknown gender") << withField(2, "female") << 2 << QStringLiteral("gender")
                                        << QStringLiteral("woman, man, other");
        QTest::newRow("unknown country")
            << withField(3, "XYZ") << 2 << QStringLiteral("state")
            << QStringLiteral("“XYZ” is not the code");
        QTest::newRow("no country") << withField(3, "") << 2 << QStringLiteral("state")
                                    << QStringLiteral("ISO 3166 alpha-3");
        QTest::newRow("capital based") << withField(6, "maybe") << 2
                                       << QStringLiteral("capital_based")
                                       << QStringLiteral("yes, no");
        QTest::newRow("criterion") << withField(10, "1") << 2 << QStringLiteral("criterion_c")
                                   << QStringLiteral("yes, no");
        QTest::newRow("letter") << withField(13, "") << 2 << QStringLiteral("nominating_letter")
                                << QStringLiteral("yes, no");
        QTest::newRow("text cost")
            << withField(14, "cheap") << 2 << QStringLiteral("cost_override")
            << QStringLiteral("“cheap” is not an amount of zero or more in USD");
        QTest::newRow("negative cost") << withField(14, "-5") << 2
                                       << QStringLiteral("cost_override")
                                       << QStringLiteral("zero or more");
        QTest::newRow("cost without reason")
            << withField(14, "1200") << 2 << QStringLiteral("override_reason")
            << QStringLiteral("why the cost differs");
        QTest::newRow("reason without cost")
            << withField(15, "cheaper") << 2 << QStringLiteral("override_reason")
            << QStringLiteral("no cost_override");
        QTest::newRow("field count") << kHeader + "PM-2026-1,Amina,woman,KEN\n" << 2 << QString()
                                     << QStringLiteral("has 4 fields but the header has 17");
        QTest::newRow("duplicate in file")
            << withField(0, "PM-2026-1") + QByteArray(kGoodRow).replace("KEN", "ken") + '\n' << 3
            << QStringLiteral("applicant_name") << QStringLiteral("repeats line 2");
        QTest::newRow("empty file")
            << QByteArray() << 0 << QString() << QStringLiteral("The file is empty");
        QTest::newRow("header only") << kHeader << 0 << QString() << QStringLiteral("no rows");
        QTest::newRow("binary junk") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10) << 0
                                     << QString() << QStringLiteral("binary data");
    }

    void badFilesAreRefusedAndNothingWritten()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, message);
        Fund fund = fundWithMeeting();
        const ImportPreview preview = fund.preview(ImportKind::Sponsorships, bytes);
        QVERIFY2(hasIssue(preview, line, column, message), qPrintable(describe(preview)));
        QVERIFY(!preview.acceptable());
        const auto applied = fund.importer().apply(preview);
        QVERIFY(!applied.ok());
        QCOMPARE(fund.count(QStringLiteral("sponsorships")), 0);
    }

    // A good row and a bad one: the preview names only the bad one, and nothing is written.
    void oneBadRowKeepsTheGoodOnesOut()
    {
        Fund fund = fundWithMeeting();
        const QByteArray bytes = kGoodFile + "PM-2026-1,X,woman,KEN,,,yes,,yes,yes,yes,yes,yes,"
                                             "yes,,,\nPM-2026-1,Y,man,ATL,,,no,,,,,,,no,,,\n";
        const ImportPreview preview = fund.preview(ImportKind::Sponsorships, bytes);
        QCOMPARE(preview.issues.size(), 1);
        QVERIFY2(hasIssue(preview, 6, QStringLiteral("state"), QStringLiteral("ATL")),
                 qPrintable(describe(preview)));
        QVERIFY(!fund.importer().apply(preview).ok());
        QCOMPARE(fund.count(QStringLiteral("sponsorships")), 0);
        QCOMPARE(fund.count(QStringLiteral("audit_log WHERE table_name = 'sponsorships'")), 0);
    }
};

QTEST_APPLESS_MAIN(TestSponsorshipImporter)
#include "tst_sponsorshipimporter.moc"
