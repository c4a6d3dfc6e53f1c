#include "tests/ui/testsupport/testfund.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace FundDesk;
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

QTEST_MAIN(TestContributionTableModel)
#include "tst_contributiontablemodel.moc"
