#include "../services/workflowtestfund.h"

#include "core/reports/annualreport.h"
#include "core/reports/csvwriter.h"
#include "core/reports/publiccontributions.h"
#include "core/reports/publicdonorlines.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataservice.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

// One receipt (or pledge) of a test case, added in the order listed.
struct ConsentCaseReceipt
{
    qint64 donorId = 0;
    QString consent; // publish, anonymous, withhold
    qint64 cents = 0;
    QString date = u"2026-03-01"_s;
    QString type = u"receipt"_s;
};
using ConsentCaseReceipts = QList<ConsentCaseReceipt>;
Q_DECLARE_METATYPE(ConsentCaseReceipts)

// ¶17 applied once: for every consent case the annual report's contributions table and the
// public list agree line for line (same donors named, same anonymous lines, same withheld
// count and sum, same total), in each document language.
class TestPublicDonorLines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void everyConsentHasOneShowing();
    void annualReportAndPublicListAgree_data();
    void annualReportAndPublicListAgree();

private:
    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestPublicDonorLines::init()
{
    m_fund = {};
    // France (donor 1, a State) and no receipts yet.
    const QString failed = WorkflowTest::makeFund(m_fund, 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fund.exec(u"INSERT INTO donors (id, kind, name, state_iso3) VALUES "
                        "(2, 'member_state', 'Kenya', 'KEN')"_s));
    QVERIFY(m_fund.exec(u"INSERT INTO donors (id, kind, name, due_diligence) VALUES "
                        "(20, 'foundation', 'Nordic Cyber Trust', 'cleared'), "
                        "(21, 'private_sector', 'Acme Corp', 'cleared'), "
                        "(22, 'foundation', 'Zeta Foundation', 'cleared'), "
                        "(23, 'private_sector', 'Acme Corp', 'cleared'), "
                        "(24, 'foundation', 'Quiet Philanthropy Fund', 'cleared')"_s));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestPublicDonorLines::everyConsentHasOneShowing()
{
    for (const PublicationConsent consent : allPublicationConsents()) {
        const PublicShowing showing = publicShowing(consent);
        // The preview explains every donor it does not name, and only those.
        QCOMPARE(publicShowingReason(consent).isEmpty(), showing == PublicShowing::ByName);
        QVERIFY(showing != PublicShowing::InAggregate
                || publicShowingReason(consent).contains(u"¶17"_s));
    }
    QCOMPARE(publicShowing(PublicationConsent::Publish), PublicShowing::ByName);
    QCOMPARE(publicShowing(PublicationConsent::Anonymous), PublicShowing::Anonymous);
    QCOMPARE(publicShowing(PublicationConsent::Withhold), PublicShowing::InAggregate);
}

void TestPublicDonorLines::annualReportAndPublicListAgree_data()
{
    QTest::addColumn<ConsentCaseReceipts>("receipts");
    QTest::addColumn<QStringList>("named");           // English, in order
    QTest::addColumn<QList<qint64>>("anonymousCents"); // in order
    QTest::addColumn<int>("withheldCount");
    QTest::addColumn<qint64>("withheldCents");

    using R = ConsentCaseReceipt;
    QTest::newRow("nothing received") << ConsentCaseReceipts{} << QStringList{}
                                      << QList<qint64>{} << 0 << qint64(0);
    QTest::newRow("publish, a State, under its reference name")
        << ConsentCaseReceipts{R{1, u"publish"_s, 1000'00}} << QStringList{u"France"_s}
        << QList<qint64>{} << 0 << qint64(0);
    QTest::newRow("publish, a private donor")
        << ConsentCaseReceipts{R{21, u"publish"_s, 500'00}} << QStringList{u"Acme Corp"_s}
        << QList<qint64>{} << 0 << qint64(0);
    QTest::newRow("anonymous, a private donor")
        << ConsentCaseReceipts{R{24, u"anonymous"_s, 700'00}} << QStringList{}
        << QList<qint64>{700'00} << 0 << qint64(0);
    QTest::newRow("anonymous, a State")
        << ConsentCaseReceipts{R{2, u"anonymous"_s, 900'00}} << QStringList{}
        << QList<qint64>{900'00} << 0 << qint64(0);
    QTest::newRow("withhold, a private donor")
        << ConsentCaseReceipts{R{22, u"withhold"_s, 300'00}} << QStringList{} << QList<qint64>{}
        << 1 << qint64(300'00);
    QTest::newRow("withhold, a State")
        << ConsentCaseReceipts{R{1, u"withhold"_s, 400'00}, R{2, u"withhold"_s, 100'00}}
        << QStringList{} << QList<qint64>{} << 2 << qint64(500'00);
    QTest::newRow("one donor under every consent")
        << ConsentCaseReceipts{R{21, u"publish"_s, 100'00}, R{21, u"anonymous"_s, 200'00},
                               R{21, u"withhold"_s, 300'00}, R{21, u"publish"_s, 50'00}}
        << QStringList{u"Acme Corp"_s} << QList<qint64>{200'00} << 1 << qint64(300'00);
    QTest::newRow("several receipts of a donor make one line")
        << ConsentCaseReceipts{R{20, u"publish"_s, 100'00}, R{24, u"anonymous"_s, 10'00},
                               R{20, u"publish"_s, 200'00, u"2026-11-30"_s},
                               R{24, u"anonymous"_s, 15'00, u"2026-12-31"_s}}
        << QStringList{u"Nordic Cyber Trust"_s} << QList<qint64>{25'00} << 0 << qint64(0);
    // Equal sums, different counts: the lines differ, so their order must not depend on the
    // order the receipts were added in.
    QTest::newRow("anonymous donors of equal sums, in donor id order")
        << ConsentCaseReceipts{R{24, u"anonymous"_s, 500'00}, R{22, u"anonymous"_s, 250'00},
                               R{22, u"anonymous"_s, 250'00}, R{2, u"anonymous"_s, 800'00}}
        << QStringList{} << QList<qint64>{800'00, 500'00, 500'00} << 0 << qint64(0);
    QTest::newRow("private donors named alike, in donor id order")
        << ConsentCaseReceipts{R{23, u"publish"_s, 50'00}, R{23, u"publish"_s, 50'00},
                               R{21, u"publish"_s, 100'00}, R{20, u"publish"_s, 1'00}}
        << QStringList{u"Acme Corp"_s, u"Acme Corp"_s, u"Nordic Cyber Trust"_s}
        << QList<qint64>{} << 0 << qint64(0);
    QTest::newRow("pledges and other years are left out")
        << ConsentCaseReceipts{R{20, u"publish"_s, 100'00, u"2026-05-01"_s, u"pledge"_s},
                               R{24, u"anonymous"_s, 100'00, u"2025-12-31"_s},
                               R{22, u"withhold"_s, 100'00, u"2027-01-01"_s},
                               R{21, u"withhold"_s, 100'00, u"2026-06-01"_s, u"pledge"_s},
                               R{1, u"publish"_s, 5'00, u"2026-01-01"_s}}
        << QStringList{u"France"_s} << QList<qint64>{} << 0 << qint64(0);
    QTest::newRow("every consent from many donors")
        << ConsentCaseReceipts{R{24, u"anonymous"_s, 75'000'00}, R{22, u"withhold"_s, 40'000'00},
                               R{20, u"publish"_s, 250'000'00}, R{1, u"publish"_s, 1'000'00},
                               R{2, u"anonymous"_s, 3'00}, R{23, u"withhold"_s, 7'00},
                               R{21, u"publish"_s, 9'00}}
        << QStringList{u"Acme Corp"_s, u"France"_s, u"Nordic Cyber Trust"_s}
        << QList<qint64>{75'000'00, 3'00} << 2 << qint64(40'007'00);
}

void TestPublicDonorLines::annualReportAndPublicListAgree()
{
    QFETCH(ConsentCaseReceipts, receipts);
    QFETCH(QStringList, named);
    QFETCH(QList<qint64>, anonymousCents);
    QFETCH(int, withheldCount);
    QFETCH(qint64, withheldCents);

    for (const ConsentCaseReceipt &receipt : receipts) {
        QVERIFY(m_fund.exec(u"INSERT INTO contributions (donor_id, type, date, amount_minor, "
                            "currency, usd_rate_e9, usd_minor, publication) "
                            "VALUES (?, ?, ?, ?, 'USD', 1000000000, ?, ?)"_s,
                            {receipt.donorId, receipt.type, receipt.date, receipt.cents,
                             receipt.cents, receipt.consent}));
    }
    const auto contributions = ContributionService(m_fund.db()).all();
    const auto donors = DonorService(m_fund.db(), *m_reference).all();
    QVERIFY(contributions && donors);

    for (const Language language : {Language::English, Language::Arabic, Language::Chinese}) {
        const auto list =
            PublicContributions::compute(2026, *contributions, *donors, *m_reference, language);
        QVERIFY2(list, list ? "" : qPrintable(list.error().message));
        const auto document = AnnualReport(m_fund.db(), *m_reference, language,
                                           QDateTime(QDate(2027, 2, 1), QTime(10, 0), Qt::UTC))
                                  .build(2026);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message));
        const auto tables = document->tables();
        const auto annual = std::find_if(tables.cbegin(), tables.cend(), [](const auto &table) {
            return table.key == u"contributions"_s;
        });
        QVERIFY(annual != tables.cend());
        // Line for line: named donors, anonymous lines, the withheld line and the total.
        QCOMPARE(QString::fromUtf8(CsvWriter::toBytes(annual->toCsv())),
                 QString::fromUtf8(CsvWriter::toBytes(list->table().toCsv())));

        if (language != Language::English) {
            continue; // the expected names are English
        }
        QStringList shownNames;
        QList<qint64> shownAnonymous;
        for (const PublicContributionLine &line : list->lines) {
            if (line.anonymous) {
                QCOMPARE(line.donor, u"Anonymous donor"_s);
                shownAnonymous << line.usd.minor();
            } else {
                QVERIFY2(shownAnonymous.isEmpty(), "named lines come before anonymous ones");
                shownNames << line.donor;
            }
        }
        QCOMPARE(shownNames, named);
        QCOMPARE(shownAnonymous, anonymousCents);
        QCOMPARE(list->withheldCount, withheldCount);
        QCOMPARE(list->withheldUsd, Money::usd(withheldCents));
        // No donor who asked for anonymity or not to be published is named anywhere.
        const QString text = QString::fromUtf8(CsvWriter::toBytes(annual->toCsv()));
        for (const ConsentCaseReceipt &receipt : receipts) {
            if (receipt.consent == u"publish"_s) {
                continue;
            }
            const auto donor = std::find_if(donors->cbegin(), donors->cend(), [&](const auto &d) {
                return d.id.value() == receipt.donorId;
            });
            QVERIFY(donor != donors->cend());
            // A name is public only when some donor of that name published in the year.
            if (!named.contains(donor->name)) {
                QVERIFY2(!text.contains(donor->name), qPrintable(donor->name));
            }
        }
    }
}

QTEST_APPLESS_MAIN(TestPublicDonorLines)
#include "tst_publicdonorlines.moc"
