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

QTEST_APPLESS_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
