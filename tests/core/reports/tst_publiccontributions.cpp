#include "documenttestfund.h"

#include "core/reports/publiccontributions.h"
#include "core/services/contributionservice.h"
#include "core/services/donorservice.h"
#include "core/services/referencedataservice.h"

#include <QTest>

using namespace FundDesk::Core;
using namespace Qt::StringLiterals;

class TestPublicContributions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void eachConsentIsHonoured();
    void csvCarriesNoWithheldName();
    void withholdingsSayWhy();
    void otherYearsAndPledgesAreLeftOut();

private:
    PublicContributions compute(int year = 2026) const
    {
        const auto contributions = ContributionService(m_fund.db()).all();
        const auto donors = DonorService(m_fund.db(), *m_reference).all();
        const auto list = PublicContributions::compute(year, *contributions, *donors,
                                                       *m_reference, Language::English);
        return *list;
    }

    WorkflowTest::Fund m_fund;
    std::optional<ReferenceDataService> m_reference;
};

void TestPublicContributions::init()
{
    m_fund = {};
    const QString failed = DocumentTest::makeFund(m_fund);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    auto reference = ReferenceDataService::load(m_fund.db());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestPublicContributions::eachConsentIsHonoured()
{
    const PublicContributions list = compute();
    QStringList donors;
    for (const auto &line : list.lines) {
        donors << line.donor;
    }
    // Published by name A–Z, then the anonymous one.
    QCOMPARE(donors, (QStringList{DocumentTest::kHtmlDonor, u"France"_s, DocumentTest::kPublished,
                                  u"Anonymous donor"_s}));
    QCOMPARE(list.withheldCount, 1);
    QCOMPARE(list.withheldUsd, Money::usd(40'000'00));
    QCOMPARE(list.totalUsd, Money::usd(1'366'000'00));
    const DocumentTable table = list.table();
    QCOMPARE(table.rows.size(), 4 + 1 + 1);
    QCOMPARE(table.rows.last().at(1).number, 5);
}

void TestPublicContributions::csvCarriesNoWithheldName()
{
    const QByteArray csv = CsvWriter::toBytes(compute().csv());
    QVERIFY(!csv.contains(DocumentTest::kUnpublished.toUtf8()));
    QVERIFY(!csv.contains(DocumentTest::kAnonymous.toUtf8()));
    QVERIFY(!csv.contains("Grace Mwangi"));
    QVERIFY(csv.contains("2026,Other donors, not published at their request") == false);
    QVERIFY(csv.contains("2026,\"Other donors, not published at their request\",1,40000.00"));
    QVERIFY(csv.startsWith("year,donor,contributions,amount_usd\r\n"));
}

void TestPublicContributions::withholdingsSayWhy()
{
    const PublicContributions list = compute();
    QCOMPARE(list.withholdings.size(), 2);
    QStringList names;
    for (const Withholding &item : list.withholdings) {
        names << item.donor;
        QVERIFY(item.reason.contains(u"¶17"_s));
    }
    QVERIFY(names.contains(DocumentTest::kAnonymous));
    QVERIFY(names.contains(DocumentTest::kUnpublished));
}

void TestPublicContributions::otherYearsAndPledgesAreLeftOut()
{
    QVERIFY(m_fund.exec(u"INSERT INTO contributions (donor_id, type, date, amount_minor, currency, "
                        "usd_rate_e9, usd_minor) VALUES (10, 'pledge', '2026-08-01', 900000, "
                        "'USD', 1000000000, 900000), (10, 'receipt', '2025-08-01', 700000, "
                        "'USD', 1000000000, 700000)"_s));
    QCOMPARE(compute().totalUsd, Money::usd(1'366'000'00));
    QCOMPARE(compute(2025).totalUsd, Money::usd(7'000'00));
    QVERIFY(compute(2024).lines.isEmpty());
}

QTEST_APPLESS_MAIN(TestPublicContributions)
#include "tst_publiccontributions.moc"
