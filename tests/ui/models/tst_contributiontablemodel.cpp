#include "core/services/textfilter.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/backgroundreader.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/modelroles.h"

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
using FundDesk::Ui::ContributionTableModel;
using Qt::StringLiterals::operator""_s;

class TestContributionTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFund();
    void displayIsFormattedForTheLocale();
    void rawValuesForSorting();
    void haystackIsBuiltFromTheDonorAndRecord();
    void conditionsAreShortenedWithTheWholeInTheTooltip();
    void donorNamesFollowTheLanguage();
    void readOnAWorkerGivesTheRowsOfReload();
    void readStopsWhenTold();
    void indexFindsAccentlessTextAndSortsLikeTheProxy();

private:
    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ContributionTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestContributionTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_model = std::make_unique<ContributionTableModel>(m_fund->services());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestContributionTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fund.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestContributionTableModel::emptyFund()
{
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(ContributionTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(ContributionTableModel::UsdValue, Qt::Horizontal).toString(),
             u"USD value"_s);
}

void TestContributionTableModel::displayIsFormattedForTheLocale()
{
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    const auto id =
        m_fund->receipt(germany, QDate(2024, 3, 1), u"5000"_s, u"EUR"_s, u"1.0825"_s, u"TRF-17"_s);
    QVERIFY(id.isValid());
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    const auto text = [this](int column) { return m_model->index(0, column).data().toString(); };
    QCOMPARE(text(ContributionTableModel::Date),
             QLocale().toString(QDate(2024, 3, 1), QLocale::ShortFormat));
    QCOMPARE(text(ContributionTableModel::Donor), u"Germany"_s);
    QCOMPARE(text(ContributionTableModel::Type), u"Receipt"_s);
    QCOMPARE(text(ContributionTableModel::Amount), u"EUR 5,000.00"_s);
    QCOMPARE(text(ContributionTableModel::Rate), u"1.0825"_s);
    QCOMPARE(text(ContributionTableModel::UsdValue), u"5,412.50"_s);
    QCOMPARE(text(ContributionTableModel::Publication), u"Publish name and amount"_s);
    QCOMPARE(text(ContributionTableModel::Reference), u"TRF-17"_s);
    for (int column : {ContributionTableModel::Amount, ContributionTableModel::Rate,
                       ContributionTableModel::UsdValue}) {
        const auto alignment =
            m_model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
        QVERIFY(alignment.testFlag(Qt::AlignTrailing));
    }
    QCOMPARE(m_model->rowOf(id), 0);
    QCOMPARE(m_model->index(0, 3).data(Ui::IdRole).toLongLong(), id.value());

    // The same record in French: digits grouped and decimals as French readers write them.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_model->reload().ok());
    QCOMPARE(text(ContributionTableModel::Donor), u"Allemagne"_s);
    QCOMPARE(text(ContributionTableModel::Rate), u"1,0825"_s);
    QVERIFY2(text(ContributionTableModel::UsdValue).endsWith(u"412,50"_s),
             qPrintable(text(ContributionTableModel::UsdValue)));
}

void TestContributionTableModel::rawValuesForSorting()
{
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    QVERIFY(m_fund->pledge(aurore, QDate(2025, 2, 3), u"999.99"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const auto raw = [this](int column) {
        return m_model->index(0, column).data(Ui::RawValueRole);
    };
    QCOMPARE(raw(ContributionTableModel::Date).toDate(), QDate(2025, 2, 3));
    QCOMPARE(raw(ContributionTableModel::Amount).typeId(), QMetaType::LongLong);
    QCOMPARE(raw(ContributionTableModel::Amount).toLongLong(), 99999);
    QCOMPARE(raw(ContributionTableModel::UsdValue).toLongLong(), 99999);
    QCOMPARE(raw(ContributionTableModel::Rate).toLongLong(), 1'000'000'000);
    QCOMPARE(raw(ContributionTableModel::Donor).toString(), u"Fondation Aurore"_s);
    QCOMPARE(m_model->index(0, ContributionTableModel::Type).data().toString(), u"Pledge"_s);
}

void TestContributionTableModel::haystackIsBuiltFromTheDonorAndRecord()
{
    const auto cote = m_fund->stateDonor(u"CIV"_s);
    QVERIFY(
        m_fund->receipt(cote, QDate(2024, 7, 9), u"10"_s, u"USD"_s, u"1"_s, u"Ref-A9"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const QString haystack = m_model->index(0, 0).data(Ui::HaystackRole).toString();
    for (const QString &word : {u"cote divoire"_s, u"civ"_s, u"africa"_s, u"2024"_s, u"usd"_s,
                                u"ref-a9"_s, u"member state"_s, u"receipt"_s}) {
        QVERIFY2(haystack.contains(word), qPrintable(word + u" not in "_s + haystack));
    }
}

void TestContributionTableModel::conditionsAreShortenedWithTheWholeInTheTooltip()
{
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    Core::Contribution c;
    c.donorId = aurore;
    c.type = Core::ContributionType::Receipt;
    c.date = QDate(2024, 4, 4);
    c.amount = Core::Money::usd(5000);
    c.conditions =
        u"The donor asks for an annual narrative report on the fund's work, sent "
        u"to its board.\nSecond line."_s;
    c.conditionsNotEarmarkConfirmed = true;
    QVERIFY(m_fund->services().contributions().record(c).ok());
    QVERIFY(m_model->reload().ok());
    const QModelIndex index = m_model->index(0, ContributionTableModel::Conditions);
    const QString shown = index.data().toString();
    QVERIFY(shown.size() <= 41);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(index.data(Qt::ToolTipRole).toString(), c.conditions);
}

void TestContributionTableModel::donorNamesFollowTheLanguage()
{
    const auto china = m_fund->stateDonor(u"CHN"_s);
    QVERIFY(m_fund->receipt(china, QDate(2024, 1, 2), u"1"_s).isValid());
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(0, ContributionTableModel::Donor).data().toString(), u"中国"_s);
}

void TestContributionTableModel::readOnAWorkerGivesTheRowsOfReload()
{
    QTemporaryDir dir;
    auto fund = Tests::TestFund::createAt(dir.filePath(u"fund.funddesk"_s));
    QVERIFY(fund);
    const auto cote = fund->stateDonor(u"CIV"_s);
    const auto aurore = fund->foundation(u"Fondation Aurore"_s, u"FRA"_s);
    QVERIFY(fund->receipt(cote, QDate(2024, 7, 9), u"10"_s, u"USD"_s, u"1"_s, u"Ref-A9"_s)
                .isValid());
    QVERIFY(fund->pledge(aurore, QDate(2025, 1, 2), u"5000"_s, u"EUR"_s, u"1.0825"_s).isValid());
    QVERIFY(fund->receipt(aurore, QDate(2023, 3, 4), u"750.5"_s, u"CHF"_s, u"1.12"_s).isValid());

    ContributionTableModel here(fund->services());
    QVERIFY(here.reload().ok());
    QCOMPARE(here.rowCount(), 3);

    BackgroundReader::setSynchronousLimit(-1);
    BackgroundReader reader(fund->services());
    QVERIFY(reader.readsInBackground());
    std::atomic<QThread *> readOn{nullptr};
    std::optional<Core::Result<ContributionTableModel::Snapshot>> delivered;
    const QLocale locale;
    reader.start<ContributionTableModel::Snapshot>(
        [&readOn, locale](Core::FundServices &services,
                          const BackgroundReader::KeepGoing &keepGoing) {
            readOn = QThread::currentThread();
            return ContributionTableModel::read(services, locale, keepGoing);
        },
        [&delivered](Core::Result<ContributionTableModel::Snapshot> snapshot) {
            delivered = std::move(snapshot);
        });
    BackgroundReader::setSynchronousLimit(32 * 1024 * 1024);
    QTRY_VERIFY(delivered.has_value());
    QVERIFY(delivered->ok());
    QVERIFY(readOn.load() != QThread::currentThread());

    ContributionTableModel there(fund->services());
    there.adopt(std::move(**delivered));
    QCOMPARE(there.rowCount(), here.rowCount());
    for (int row = 0; row < here.rowCount(); ++row) {
        for (int column = 0; column < ContributionTableModel::ColumnCount; ++column) {
            for (int role : {int(Qt::DisplayRole), int(Ui::RawValueRole), int(Ui::IdRole),
                             int(Ui::HaystackRole), int(Qt::ToolTipRole)}) {
                QCOMPARE(there.index(row, column).data(role), here.index(row, column).data(role));
            }
        }
        QCOMPARE(there.amountAt(row), here.amountAt(row));
        QCOMPARE(there.donorNameAt(row), here.donorNameAt(row));
    }
    QCOMPARE(there.tableIndex().sortKeys, here.tableIndex().sortKeys);
    QTRY_COMPARE(BackgroundReader::runningCount(), 0);
}

void TestContributionTableModel::readStopsWhenTold()
{
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    QVERIFY(m_fund->receipt(aurore, QDate(2024, 4, 4), u"1"_s).isValid());
    const auto stopped =
        ContributionTableModel::read(m_fund->services(), QLocale(), [] { return false; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Core::ErrorCode::Cancelled);
}

void TestContributionTableModel::indexFindsAccentlessTextAndSortsLikeTheProxy()
{
    const auto cote = m_fund->stateDonor(u"CIV"_s);
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    const auto etoile = m_fund->foundation(u"fondation Étoile"_s);
    QVERIFY(m_fund->receipt(aurore, QDate(2024, 1, 1), u"1"_s, u"USD"_s, u"1"_s, u"R-10"_s)
                .isValid());
    QVERIFY(m_fund->receipt(cote, QDate(2024, 1, 2), u"2"_s, u"USD"_s, u"1"_s, u"R-9"_s)
                .isValid());
    QVERIFY(m_fund->receipt(germany, QDate(2024, 1, 3), u"3"_s, u"USD"_s, u"1"_s, u"r-11"_s)
                .isValid());
    QVERIFY(m_fund->receipt(etoile, QDate(2024, 1, 4), u"4"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const Ui::TableIndex &index = m_model->tableIndex();
    QCOMPARE(index.search.rowCount(), qsizetype(m_model->rowCount()));

    const QList<int> cotes = index.search.matchingRows(Core::TextFilter(u"COTE d'ivoire"_s));
    QCOMPARE(cotes.size(), 1);
    QCOMPARE(m_model->donorNameAt(cotes.first()), u"Côte d’Ivoire"_s);
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"etoile 2024"_s)).size(), 1);
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"fondation"_s)).size(), 2);

    // The keys order rows as the proxy's collator does: case-insensitive, "R-9" before "R-10".
    const QCollator collator = Ui::tableCollator(QLocale());
    for (const int column : {int(ContributionTableModel::Donor),
                             int(ContributionTableModel::Reference)}) {
        QVERIFY(index.sortKeys.contains(column));
        const QList<qint64> &keys = index.sortKeys.value(column);
        QList<int> byKey(m_model->rowCount());
        std::iota(byKey.begin(), byKey.end(), 0);
        QList<int> byCollator = byKey;
        std::stable_sort(byKey.begin(), byKey.end(),
                         [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
        const auto text = [this, column](int row) {
            return m_model->index(row, column).data(Ui::RawValueRole).toString();
        };
        std::stable_sort(byCollator.begin(), byCollator.end(), [&](int a, int b) {
            if (text(a).isEmpty() != text(b).isEmpty()) {
                return text(a).isEmpty(); // empty values first
            }
            return collator.compare(text(a), text(b)) < 0;
        });
        QCOMPARE(byKey, byCollator);
    }
    const QList<qint64> &references = index.sortKeys.value(ContributionTableModel::Reference);
    QList<int> rows(m_model->rowCount());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(),
              [&references](int a, int b) { return references.at(a) < references.at(b); });
    QStringList sorted;
    for (int row : rows) {
        sorted.append(m_model->index(row, ContributionTableModel::Reference).data().toString());
    }
    QCOMPARE(sorted, (QStringList{QString(), u"R-9"_s, u"R-10"_s, u"r-11"_s}));
    QCOMPARE(index.collationLocale, QLocale());
}

QTEST_MAIN(TestContributionTableModel)
#include "tst_contributiontablemodel.moc"
