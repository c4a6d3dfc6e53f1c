// The Disbursements table's model (issue 11): read() on a worker gives what reload() gives,
// stops when told, and prepares the filter's text and the text columns' sort keys.
#include "core/db/database.h"
#include "core/db/sqlhelpers.h"
#include "core/services/textfilter.h"
#include "tests/ui/testsupport/workflowfixture.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/disbursementtablemodel.h"
#include "ui/models/modelroles.h"
#include "ui/models/sortkeys.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <optional>

using namespace FundDesk;
using FundDesk::Ui::BackgroundReader;
using FundDesk::Ui::DisbursementTableModel;
using Qt::StringLiterals::operator""_s;

class TestDisbursementTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rowsShowTheRecordedPayments();
    void rowYearIsQDates();
    void readOnAWorkerGivesTheRowsOfReload();
    void readStopsWhenTold();
    void indexFindsAccentlessTextAndSortsLikeTheProxy();

private:
    bool pay(const QDate &date, qint64 cents, const QString &payee, const QString &reference,
             const QString &refundReason = {});

    Tests::WorkflowFixture m_fixture;
};

void TestDisbursementTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fixture = Tests::WorkflowFixture();
    const QString failed = m_fixture.setUp();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QVERIFY(m_fixture.approve()); // USD 120,000 committed to Kenya's activity
    QVERIFY(m_fixture.actAs(m_fixture.manager));
}

void TestDisbursementTableModel::cleanup()
{
    QTRY_COMPARE(BackgroundReader::runningCount(), 0);
    m_fixture = Tests::WorkflowFixture();
    BackgroundReader::setSynchronousLimit(32 * 1024 * 1024);
}

bool TestDisbursementTableModel::pay(const QDate &date, qint64 cents, const QString &payee,
                                     const QString &reference, const QString &refundReason)
{
    Core::Disbursement d;
    d.item = m_fixture.item();
    d.date = date;
    d.amount = Core::Money::usd(cents);
    d.usdRate = Core::ExchangeRate::identity();
    d.payee = payee;
    d.reference = reference;
    d.refund = !refundReason.isEmpty();
    d.refundReason = refundReason;
    return m_fixture.services().workflow().disbursements().record(d, m_fixture.manager).ok();
}

void TestDisbursementTableModel::rowsShowTheRecordedPayments()
{
    const QDate day = QDate::currentDate().addDays(-20);
    QVERIFY(pay(day.addDays(2), 20'000'00, u"Kenya ICT Authority"_s, u"TR-2"_s));
    QVERIFY(pay(day, 10'000'00, u"Nairobi hotel"_s, u"TR-1"_s));
    QVERIFY(pay(day.addDays(3), 1'000'00, u"Nairobi hotel"_s, u"RF-1"_s, u"Day cancelled"_s));
    DisbursementTableModel model(m_fixture.services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload().ok());
    QCOMPARE(model.rowCount(), 3);
    // By date: the January payment first.
    QCOMPARE(model.referenceAt(0), u"TR-1"_s);
    QCOMPARE(model.payeeAt(0), u"Nairobi hotel"_s);
    QCOMPARE(model.index(0, DisbursementTableModel::Recipient).data().toString(), u"Kenya"_s);
    QCOMPARE(model.index(0, DisbursementTableModel::Region).data().toString(),
             Core::regionDisplayName(Core::Region::Africa));
    QVERIFY(model.index(0, DisbursementTableModel::UsdValue)
                .data()
                .toString()
                .contains(u"10,000.00"_s));
    QCOMPARE(model.index(0, DisbursementTableModel::Date).data(Ui::RawValueRole).toLongLong(),
             day.toJulianDay());
    QVERIFY(model.index(0, DisbursementTableModel::Item).data().toString().contains(u" · "_s));
    QCOMPARE(model.index(2, DisbursementTableModel::Payee).data().toString(),
             u"Refund from Nairobi hotel"_s);
    QVERIFY(model.rowAt(2).refund);
    QCOMPARE(model.rowAt(2).usdMinor, -1'000'00);
    QVERIFY(model.rowAt(2).activity);
    QList<int> years{day.year(), day.addDays(3).year()};
    years.erase(std::unique(years.begin(), years.end()), years.end());
    QCOMPARE(model.years(), years);
    // The refund's reason is searched, not shown.
    QVERIFY(model.index(2, 0).data(Ui::HaystackRole).toString().contains(u"day cancelled"_s));
}

void TestDisbursementTableModel::rowYearIsQDates()
{
    DisbursementTableModel::Row row;
    for (QDate day(1899, 12, 25); day < QDate(2101, 1, 8); day = day.addDays(1)) {
        row.julianDay = qint32(day.toJulianDay());
        if (row.year() != day.year()) {
            QFAIL(qPrintable(day.toString(Qt::ISODate)));
        }
    }
}

void TestDisbursementTableModel::readOnAWorkerGivesTheRowsOfReload()
{
    const QDate day = QDate::currentDate().addDays(-20);
    QVERIFY(pay(day.addDays(1), 5'000'00, u"Hôtel Étoile"_s, u"R-2"_s));
    QVERIFY(pay(day, 7'000'00, u"Kenya ICT Authority"_s, u"R-1"_s));
    QVERIFY(pay(day.addDays(2), 500'00, u"Hôtel Étoile"_s, u"R-3"_s, u"Overpaid"_s));
    // The worker needs a file: the fund is copied into one.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fund.funddesk"_s);
    QSqlDatabase db = m_fixture.services().database().connection();
    QVERIFY(Core::Sql::exec(db, u"VACUUM INTO '%1'"_s.arg(path)).ok());
    auto fund = Tests::TestFund::createAt(path);
    QVERIFY(fund);

    DisbursementTableModel here(fund->services());
    QVERIFY(here.reload().ok());
    QCOMPARE(here.rowCount(), 3);

    BackgroundReader::setSynchronousLimit(-1);
    BackgroundReader reader(fund->services());
    QVERIFY(reader.readsInBackground());
    std::atomic<QThread *> readOn{nullptr};
    std::optional<Core::Result<DisbursementTableModel::Snapshot>> delivered;
    const QLocale locale;
    reader.start<DisbursementTableModel::Snapshot>(
        [&readOn, locale](Core::FundServices &services,
                          const BackgroundReader::KeepGoing &keepGoing) {
            readOn = QThread::currentThread();
            return DisbursementTableModel::read(services, locale, keepGoing);
        },
        [&delivered](Core::Result<DisbursementTableModel::Snapshot> snapshot) {
            delivered = std::move(snapshot);
        });
    QTRY_VERIFY(delivered.has_value());
    QVERIFY(delivered->ok());
    QVERIFY(readOn.load() != QThread::currentThread());

    DisbursementTableModel there(fund->services());
    there.adopt(std::move(**delivered));
    QCOMPARE(there.rowCount(), here.rowCount());
    for (int row = 0; row < here.rowCount(); ++row) {
        for (int column = 0; column < DisbursementTableModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Ui::RawValueRole), int(Ui::IdRole),
                             int(Ui::HaystackRole), int(Qt::TextAlignmentRole)}) {
                QCOMPARE(there.index(row, column).data(role), here.index(row, column).data(role));
            }
        }
    }
    QCOMPARE(there.years(), here.years());
    QCOMPARE(there.tableIndex().sortKeys, here.tableIndex().sortKeys);
    QTRY_COMPARE(BackgroundReader::runningCount(), 0);
}

void TestDisbursementTableModel::readStopsWhenTold()
{
    QVERIFY(pay(QDate::currentDate(), 1'000'00, u"Nairobi hotel"_s, u"R-1"_s));
    const auto stopped =
        DisbursementTableModel::read(m_fixture.services(), QLocale(), [] { return false; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Core::ErrorCode::Cancelled);
}

void TestDisbursementTableModel::indexFindsAccentlessTextAndSortsLikeTheProxy()
{
    const QDate day = QDate::currentDate().addDays(-20);
    QVERIFY(pay(day, 1'000'00, u"Hôtel Café Zoë"_s, u"R-10"_s));
    QVERIFY(pay(day.addDays(1), 1'000'00, u"zebra travel"_s, u"R-9"_s));
    QVERIFY(pay(day.addDays(2), 1'000'00, u"Abebe Bikila"_s, u"r-11"_s));
    QVERIFY(pay(day.addDays(3), 1'000'00, u"hôtel café zoë"_s, QString()));
    QVERIFY(pay(day.addDays(4), 100'00, u"Abebe Bikila"_s, u"R-9"_s, u"Unspent"_s));
    DisbursementTableModel model(m_fixture.services());
    QVERIFY(model.reload().ok());
    const Ui::TableIndex &index = model.tableIndex();
    QCOMPARE(index.search.rowCount(), qsizetype(model.rowCount()));
    QCOMPARE(index.collationLocale, QLocale());

    const QList<int> hotels = index.search.matchingRows(Core::TextFilter(u"HOTEL cafe zoe"_s));
    QCOMPARE(hotels, (QList<int>{0, 3}));
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"kenya r-9"_s)), (QList<int>{1, 4}));
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"unspent"_s)), QList<int>{4});

    // Every prepared column orders rows exactly as the proxy's own keys would: SortKeys over
    // RawValueRole with the same collator (case-insensitive, "R-9" before "R-10").
    const QCollator collator = Ui::tableCollator(QLocale());
    for (const int column :
         {int(DisbursementTableModel::Date), int(DisbursementTableModel::Item),
          int(DisbursementTableModel::Recipient), int(DisbursementTableModel::Region),
          int(DisbursementTableModel::Payee), int(DisbursementTableModel::Reference)}) {
        QVERIFY2(index.sortKeys.contains(column), qPrintable(QString::number(column)));
        const QList<qint64> &keys = index.sortKeys.value(column);
        QCOMPARE(keys.size(), qsizetype(model.rowCount()));
        QList<QVariant> values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values.append(model.index(row, column).data(Ui::RawValueRole));
        }
        const QList<qint64> expected = Ui::SortKeys::compute(values, collator);
        for (int a = 0; a < model.rowCount(); ++a) {
            for (int b = 0; b < model.rowCount(); ++b) {
                QCOMPARE(keys.at(a) < keys.at(b), expected.at(a) < expected.at(b));
            }
        }
    }
    const QList<qint64> &references = index.sortKeys.value(DisbursementTableModel::Reference);
    QList<int> rows(model.rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [&references](int a, int b) { return references.at(a) < references.at(b); });
    QStringList sorted;
    for (int row : rows) {
        sorted.append(model.referenceAt(row));
    }
    QCOMPARE(sorted, (QStringList{QString(), u"R-9"_s, u"R-9"_s, u"R-10"_s, u"r-11"_s}));
    const QList<qint64> &payees = index.sortKeys.value(DisbursementTableModel::Payee);
    QCOMPARE(payees.at(0), payees.at(3)); // the same name, told apart only by case and accents
    QVERIFY(payees.at(2) < payees.at(4)); // "Abebe Bikila" before "Refund from Abebe Bikila"
}

QTEST_MAIN(TestDisbursementTableModel)
#include "tst_disbursementtablemodel.moc"
