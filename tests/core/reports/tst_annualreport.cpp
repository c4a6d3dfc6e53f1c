#include "documenttestfund.h"

#include "core/reports/annualreport.h"
#include "core/reports/reporttext.h"
#include "core/services/fundsettingsservice.h"
#include "core/services/referencedataservice.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

// The annual report's tables against golden CSV files in tests/core/reports/golden/. Run with
// FUNDDESK_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then read the diff.
class TestAnnualReport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void tablesMatchTheGoldenFiles_data();
    void tablesMatchTheGoldenFiles();
    void consentsAreHonoured();
    void noApplicantIsNamed();
    void sourceAndUseOfFundsAddsUp();
    void chargedStaffCostsAppear();
    void arabicAndChineseNameStatesInTheirLanguage();
    void manyActivitiesListTheLargestFortyAndOneOtherLine();
    void manyDonorsListTheLargestTwoHundredAndOneOtherLine();

private:
    Result<ReportDocument> build(Language language = Language::English) const
    {
        return AnnualReport(m_fund.db(), *m_reference, language,
                            QDateTime(QDate(2027, 2, 1), QTime(10, 0), Qt::UTC))
            .build(2026);
    }

    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestAnnualReport::init()
{
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fund.exec(u"UPDATE activities SET results = 'CERT running; 40 staff trained' "
                        "WHERE id = 1"_s));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestAnnualReport::tablesMatchTheGoldenFiles_data()
{
    QTest::addColumn<QString>("key");
    for (const char *key : {"contributions", "sponsorships_by_region",
                            "sponsorships_by_priority_group", "activities",
                            "source_and_use_of_funds", "disbursements_by_region"}) {
        QTest::newRow(key) << QString::fromLatin1(key);
    }
}

void TestAnnualReport::tablesMatchTheGoldenFiles()
{
    QFETCH(QString, key);
    const auto document = build();
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const auto tables = document->tables();
    const auto table = std::find_if(tables.cbegin(), tables.cend(),
                                    [&](const DocumentTable &t) { return t.key == key; });
    QVERIFY(table != tables.cend());
    const QByteArray actual = CsvWriter::toBytes(table->toCsv());
    const QString path = qEnvironmentVariable("FUNDDESK_SOURCE_DIR")
                         + u"/tests/core/reports/golden/annual-2026-"_s + key + u".csv"_s;
    if (qEnvironmentVariableIsSet("FUNDDESK_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(path).path());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(golden.readAll()));
}

void TestAnnualReport::consentsAreHonoured()
{
    const auto document = build();
    QVERIFY(document);
    const QString text = ReportText::toText(*document);
    QVERIFY(text.contains(DocumentTest::kPublished));
    QVERIFY(text.contains(u"France"_s));
    QVERIFY(!text.contains(DocumentTest::kAnonymous));
    QVERIFY(text.contains(u"Anonymous donor"_s));
    QVERIFY(!text.contains(DocumentTest::kUnpublished));
    QVERIFY(text.contains(u"Other donors, not published at their request | 1 | USD 40,000.00"_s));
}

void TestAnnualReport::noApplicantIsNamed()
{
    const auto document = build();
    QVERIFY(document);
    const QString text = ReportText::toText(*document);
    QVERIFY(!text.contains(u"Grace Mwangi"_s));
    QVERIFY(!text.contains(u"Dr. Reviewer"_s));
    QVERIFY(document->notice.isEmpty()); // a public document
    QVERIFY(text.contains(u"CERT running; 40 staff trained"_s));
}

void TestAnnualReport::sourceAndUseOfFundsAddsUp()
{
    const auto document = build();
    QVERIFY(document);
    const auto tables = document->tables();
    const auto statement = std::find_if(tables.cbegin(), tables.cend(), [](const DocumentTable &t) {
        return t.key == u"source_and_use_of_funds"_s;
    });
    QVERIFY(statement != tables.cend());
    // Opening 0, received 1,366,000, 4,800 and 60,000 paid out: 1,301,200 at the close.
    QCOMPARE(statement->rows.first().at(1).money, Money::usd(0));
    QCOMPARE(statement->rows.at(1).at(1).money, Money::usd(1'366'000'00));
    QCOMPARE(statement->rows.at(3).at(1).money, Money::usd(4'800'00));
    QCOMPARE(statement->rows.at(4).at(1).money, Money::usd(60'000'00));
    QCOMPARE(statement->rows.last().at(1).money, Money::usd(1'301'200'00));
}

void TestAnnualReport::chargedStaffCostsAppear()
{
    FundSettingsService settingsService(m_fund.db());
    auto settings = settingsService.load();
    QVERIFY(settings);
    settings->staffCharging = StaffCostCharging::Contributions;
    settings->professionalPostAnnualCost = Money::usd(120'000'00);
    settings->generalServicePostAnnualCost = Money::usd(60'000'00);
    QVERIFY(settingsService.save(*settings));
    const auto document = build();
    QVERIFY(document);
    QVERIFY(ReportText::toText(*document).contains(u"Staff costs charged to contributions"_s));
}

void TestAnnualReport::arabicAndChineseNameStatesInTheirLanguage()
{
    for (const Language language : {Language::Arabic, Language::Chinese}) {
        const auto document = build(language);
        QVERIFY(document);
        const QString text = ReportText::toText(*document);
        QVERIFY(text.contains(m_reference->name(u"FRA"_s, language)));
        QVERIFY(text.contains(m_reference->name(u"FJI"_s, language)));
        QVERIFY(!text.contains(DocumentTest::kUnpublished));
        QVERIFY2(text.contains(u"1,366,000.00"_s), qPrintable(text)); // Latin digits
    }
}

void TestAnnualReport::manyActivitiesListTheLargestFortyAndOneOtherLine()
{
    // 44 more approved activities paid in 2026: CB-T-002 … CB-T-045, number i requesting
    // i × 1,000.00 and paid i × 100.00. With CB-2026-001 (paid 60,000) that is 45 with money
    // in the year, so the five paid least (i = 2 … 6) become one line, with CB-T-046 below.
    for (int i = 2; i <= 45; ++i) {
        const QString reference = u"CB-T-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        QVERIFY(m_fund.exec(u"INSERT INTO activities (id, reference, applicant_iso3, title, "
                            "start_date, end_date, needs_text, status) VALUES (?, ?, 'FJI', ?, "
                            "'2026-01-01', '2026-12-31', 'Needs', 'approved')"_s,
                            {100 + i, reference, u"Activity %1"_s.arg(i)}));
        QVERIFY(m_fund.exec(u"INSERT INTO activity_amounts (activity_id, year, amount_minor) "
                            "VALUES (?, 2026, ?)"_s,
                            {100 + i, qint64(i) * 1'000'00}));
        QVERIFY(m_fund.exec(u"INSERT INTO activity_focus_areas (activity_id, area) "
                            "SELECT ?, area FROM activity_focus_areas WHERE activity_id = 1"_s,
                            {100 + i}));
        QVERIFY(m_fund.exec(u"INSERT INTO disbursements (date, item_kind, item_id, amount_minor, "
                            "currency, usd_rate_e9, usd_minor, payee, recipient_iso3, refund) "
                            "VALUES ('2026-07-01', 'activity', ?, ?, 'USD', 1000000000, ?, "
                            "'Payee', 'FJI', 0)"_s,
                            {100 + i, qint64(i) * 100'00, qint64(i) * 100'00}));
    }
    // CB-T-046 is only committed in 2026 (500.00), nothing paid: it has money in the year too.
    QVERIFY(m_fund.exec(u"INSERT INTO activities (id, reference, applicant_iso3, title, "
                        "start_date, end_date, needs_text, status) VALUES (146, 'CB-T-046', "
                        "'FJI', 'Committed only', '2026-01-01', '2026-12-31', 'Needs', "
                        "'approved')"_s));
    QVERIFY(m_fund.exec(u"INSERT INTO commitments (item_kind, item_id, date, original_minor, "
                        "amount_minor, approver_id) VALUES ('activity', 146, '2026-03-01', "
                        "50000, 50000, ?)"_s,
                        {m_fund.office.id.value()}));
    const auto document = build();
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const auto tables = document->tables();
    const auto table = std::find_if(tables.cbegin(), tables.cend(),
                                    [](const DocumentTable &t) { return t.key == u"activities"_s; });
    QVERIFY(table != tables.cend());
    QCOMPARE(table->rows.size(), 40 + 2); // named, the other line, the total
    QStringList listed;
    for (qsizetype i = 0; i < 40; ++i) {
        listed << table->rows.at(i).at(0).text;
    }
    QVERIFY(listed.contains(u"CB-2026-001"_s));
    QVERIFY(listed.contains(u"CB-T-045"_s));
    QVERIFY(listed.contains(u"CB-T-007"_s));
    for (const QString &small : {u"CB-T-002"_s, u"CB-T-006"_s}) {
        QVERIFY2(!listed.contains(small), qPrintable(small));
    }
    const auto &others = table->rows.at(40);
    QCOMPARE(others.at(0).text, u"6 other activities"_s);
    QCOMPARE(others.at(4).money, Money::usd((2 + 3 + 4 + 5 + 6) * 1'000'00 + 500'00));
    // 120,000 committed for CB-2026-001, 1,000 × (2 + … + 45) requested by the others, and
    // CB-T-046's commitment.
    QCOMPARE(table->rows.last().at(4).money, Money::usd(120'000'00 + 1'034'000'00 + 500'00));

    const auto byRegion = std::find_if(tables.cbegin(), tables.cend(), [](const DocumentTable &t) {
        return t.key == u"activities_by_region"_s;
    });
    QVERIFY(byRegion != tables.cend());
    QCOMPARE(byRegion->rows.last().at(1).number, 46);
    QCOMPARE(byRegion->rows.last().at(3).money, Money::usd(60'000'00 + 103'400'00));
}

void TestAnnualReport::manyDonorsListTheLargestTwoHundredAndOneOtherLine()
{
    // 205 more published donors giving i × 1.00 in 2026: with the four named lines of the
    // fixture that is 209, so the nine smallest (1.00 … 9.00) become one line.
    for (int i = 1; i <= 205; ++i) {
        QVERIFY(DocumentTest::addDonor(m_fund, 1000 + i, u"Small donor %1"_s.arg(i), u"publish"_s,
                                       qint64(i) * 100, u"2026-08-01"_s));
    }
    const auto document = build();
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    const auto tables = document->tables();
    const auto table = std::find_if(tables.cbegin(), tables.cend(), [](const DocumentTable &t) {
        return t.key == u"contributions"_s;
    });
    QVERIFY(table != tables.cend());
    QCOMPARE(table->rows.size(), 200 + 3); // listed, other donors, not published, total
    const auto &others = table->rows.at(200);
    QCOMPARE(others.at(0).text, u"9 other donors"_s);
    QCOMPARE(others.at(1).number, 9);
    QCOMPARE(others.at(2).money, Money::usd(45'00));
    QCOMPARE(table->rows.at(201).at(0).text, u"Other donors, not published at their request"_s);
    QCOMPARE(table->rows.last().at(1).number, 5 + 205);
    QCOMPARE(table->rows.last().at(2).money, Money::usd(1'366'000'00 + 21'115'00));
    const QString text = ReportText::toText(*document);
    QVERIFY(!text.contains(DocumentTest::kUnpublished));
    QVERIFY(!text.contains(u"Small donor 9 "_s) && !text.contains(u"Small donor 9\n"_s));
    QVERIFY(text.contains(u"Small donor 10"_s));
}

QTEST_APPLESS_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
