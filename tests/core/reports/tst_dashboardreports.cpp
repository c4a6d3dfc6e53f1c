// The tables behind every dashboard chart, against golden CSV files built from a hand-made
// fixture (dashboardfixture.h).
//
// To regenerate the golden files after a deliberate change, run
//   FUNDDESK_UPDATE_GOLDEN=1 FUNDDESK_SOURCE_DIR=/path/to/source build/.../tst_dashboardreports
// then read the diff of tests/core/reports/golden/ before committing it.

#include "core/reports/dashboardcatalog.h"
#include "core/reports/spendingbyregionreport.h"
#include "core/services/referencedataservice.h"
#include "dashboardfixture.h"

#include <QFile>
#include <QTest>

using namespace FundDesk::Core;

class TestDashboardReports final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenTables_data();
    void goldenTables();
    void spendingRecordsBehindABar();
    void keyFiguresMatchTheBalance();
    void emptyFundGivesZeroRows();
    void everyChartHasAUniqueName();
    void manyDonorsShowTheLargestAndOneOtherLine();

private:
    ReportInput input(int year) const;
    void compareWithGolden(const ReportTable &table, const QString &fileName);

    std::unique_ptr<Database> m_database;
    std::optional<ReferenceDataService> m_reference;
};

static ReportInput DashboardReportsInput(QSqlDatabase db, const ReferenceDataService *reference,
                                  int year)
{
    ReportInput input;
    input.db = db;
    input.reference = reference;
    input.year = year;
    input.language = Language::English;
    input.today = QDate(2026, 11, 1);
    return input;
}

ReportInput TestDashboardReports::input(int year) const
{
    return DashboardReportsInput(m_database->connection(), &*m_reference, year);
}

void TestDashboardReports::initTestCase()
{
    const QString failure = DashboardFixture::make(m_database);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    auto reference = ReferenceDataService::load(m_database->connection());
    QVERIFY(reference);
    m_reference = std::move(reference).value();
}

void TestDashboardReports::compareWithGolden(const ReportTable &table, const QString &fileName)
{
    const QString dir = qEnvironmentVariable("FUNDDESK_SOURCE_DIR")
                        + QStringLiteral("/tests/core/reports/golden/");
    const QByteArray actual = CsvWriter::toBytes(table.toCsv());
    if (qEnvironmentVariableIsSet("FUNDDESK_UPDATE_GOLDEN")) {
        QVERIFY(CsvWriter::write(table.toCsv(), dir + fileName));
    }
    QFile golden(dir + fileName);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();
    if (actual != expected) {
        qWarning().noquote() << "actual" << fileName << ":\n" << QString::fromUtf8(actual);
    }
    QCOMPARE(actual, expected);
}

void TestDashboardReports::goldenTables_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("year");
    for (const DashboardChart &chart : DashboardCatalog::charts()) {
        QTest::newRow(qPrintable(chart.name)) << chart.name << 2026;
    }
    QTest::newRow("key-figures 2025") << QStringLiteral("key-figures") << 2025;
}

void TestDashboardReports::goldenTables()
{
    QFETCH(QString, name);
    QFETCH(int, year);
    const auto chart = DashboardCatalog::find(name);
    QVERIFY(chart);
    const auto table = chart->build(input(year));
    QVERIFY2(table, qPrintable(table ? QString() : table.error().detail));
    QCOMPARE(table->name, name);
    QVERIFY(!table->title.isEmpty());
    for (const QVariantList &row : table->rows) {
        QCOMPARE(row.size(), table->columns.size());
    }
    compareWithGolden(*table, QStringLiteral("%1-%2.csv").arg(name).arg(year));
}

void TestDashboardReports::spendingRecordsBehindABar()
{
    const auto table = SpendingByRegionReport::records(
        input(2026), SpendingByRegionReport::Grouping::Region, QStringLiteral("africa"));
    QVERIFY(table);
    compareWithGolden(*table, QStringLiteral("spending-records-africa-2026.csv"));
    // The rows add up to the bar: Kenya's disbursements net of the refund, and commitments.
    const auto bars = SpendingByRegionReport::build(input(2026),
                                                    SpendingByRegionReport::Grouping::Region);
    QVERIFY(bars);
    qint64 disbursed = 0;
    qint64 committed = 0;
    const int amount = table->columnIndex(u"amount");
    for (int row = 0; row < table->rows.size(); ++row) {
        const bool isDisbursement = table->rows[row][1].toString() == QStringLiteral("Disbursement");
        (isDisbursement ? disbursed : committed) += table->integer(row, amount);
    }
    QCOMPARE(disbursed, bars->integer(0, bars->columnIndex(u"disbursed")));
    QCOMPARE(committed, bars->integer(0, bars->columnIndex(u"committed")));
    QCOMPARE(disbursed, qint64(7'000'00 - 1'200'00 + 45'000'00));
}

void TestDashboardReports::keyFiguresMatchTheBalance()
{
    const auto table = DashboardCatalog::find(QStringLiteral("key-figures"))->build(input(2026));
    QVERIFY(table);
    const auto value = [&](const char *key) {
        for (int row = 0; row < table->rows.size(); ++row) {
            if (table->rows[row][0].toString() == QLatin1String(key)) {
                return table->integer(row, 2);
            }
        }
        return qint64(-1);
    };
    QCOMPARE(value("received"), qint64(2'350'000'00));
    QCOMPARE(value("received_in_year"), qint64(1'250'000'00));
    // Japan: 2M - 1.2M; the foundation: 300k - 100k.
    QCOMPARE(value("pledged_outstanding"), qint64(1'000'000'00));
    QCOMPARE(value("missing_to_threshold"), qint64(0));
}

void TestDashboardReports::emptyFundGivesZeroRows()
{
    // A year without records: every table builds, amounts are zero.
    for (const DashboardChart &chart : DashboardCatalog::charts()) {
        const auto table = chart.build(input(2019));
        QVERIFY2(table, qPrintable(chart.name));
    }
    const auto spending = SpendingByRegionReport::build(input(2019),
                                                        SpendingByRegionReport::Grouping::Region);
    QVERIFY(spending);
    QCOMPARE(spending->rows.size(), 5);
    QCOMPARE(spending->integer(0, 2), qint64(0));
}

void TestDashboardReports::everyChartHasAUniqueName()
{
    QStringList names;
    for (const DashboardChart &chart : DashboardCatalog::charts()) {
        QVERIFY(!names.contains(chart.name));
        QVERIFY(!chart.description().isEmpty());
        names.append(chart.name);
    }
    QVERIFY(!DashboardCatalog::find(QStringLiteral("no-such-chart")));
}

void TestDashboardReports::manyDonorsShowTheLargestAndOneOtherLine()
{
    // 25 foundations each give in 2031 (a year the golden fixture leaves empty): donor i gives
    // i thousand dollars, so the five smallest (1k..5k) go into one line.
    std::unique_ptr<Database> database;
    QVERIFY(DashboardFixture::make(database).isEmpty());
    QStringList statements;
    for (int i = 1; i <= 25; ++i) {
        statements << QStringLiteral("INSERT INTO donors (kind, name, due_diligence) VALUES "
                                     "('foundation', 'Foundation %1', 'cleared')")
                          .arg(i, 2, 10, QLatin1Char('0'))
                   << QStringLiteral("INSERT INTO contributions (donor_id, type, date, "
                                     "amount_minor, currency, usd_rate_e9, usd_minor) VALUES "
                                     "(last_insert_rowid(), 'receipt', '2031-05-01', %1, 'USD', "
                                     "1000000000, %1)")
                          .arg(qint64(i) * 1'000'00);
    }
    QVERIFY(DashboardFixture::run(database->connection(), statements).isEmpty());
    auto reference = ReferenceDataService::load(database->connection());
    QVERIFY(reference);
    const auto table = DashboardCatalog::find(QStringLiteral("contributions-by-donor"))
                           ->build(DashboardReportsInput(database->connection(), &*reference, 2031));
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 21);
    QCOMPARE(table->rows.first().first().toString(), QStringLiteral("Foundation 25"));
    QCOMPARE(table->integer(19, 2), qint64(6'000'00)); // the 20th largest
    // "5 other donors" in English (no catalogue is installed here: "5 other donor(s)")
    QVERIFY(table->rows.last().first().toString().startsWith(QStringLiteral("5 other donor")));
    QCOMPARE(table->integer(20, 2), qint64((1 + 2 + 3 + 4 + 5) * 1'000'00));
}

QTEST_APPLESS_MAIN(TestDashboardReports)
#include "tst_dashboardreports.moc"
