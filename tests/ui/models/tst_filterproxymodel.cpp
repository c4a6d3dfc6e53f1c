#include "tests/ui/testsupport/testfund.h"
#include "ui/models/contributiontablemodel.h"
#include "ui/models/donortablemodel.h"
#include "ui/models/filterproxymodel.h"
#include "ui/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::ContributionTableModel;
using FundDesk::Ui::DonorTableModel;
using FundDesk::Ui::FilterProxyModel;
using Qt::StringLiterals::operator""_s;

class TestFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noFilterShowsEverything();
    void filter_data();
    void filter();
    void filterFollowsTyping();
    void amountsSortAsNumbersNotText();
    void datesSortAsDates();
    void namesSortWithTheLocaleCollation();

private:
    QStringList column(int column) const;

    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<ContributionTableModel> m_model;
    std::unique_ptr<FilterProxyModel> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestFilterProxyModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    const auto zeta = m_fund->foundation(u"Zeta Fund"_s, u"NOR"_s);
    const auto eclair = m_fund->foundation(u"Éclair Foundation"_s, u"FRA"_s);
    const auto alpha = m_fund->foundation(u"Alpha Trust"_s);
    const auto cote = m_fund->stateDonor(u"CIV"_s);
    QVERIFY(m_fund->receipt(zeta, QDate(2024, 2, 1), u"1000.00"_s).isValid());
    QVERIFY(m_fund->receipt(eclair, QDate(2023, 12, 31), u"250.00"_s).isValid());
    QVERIFY(m_fund->receipt(alpha, QDate(2024, 11, 5), u"99.00"_s).isValid());
    QVERIFY(m_fund->receipt(cote, QDate(2023, 1, 9), u"5.00"_s).isValid());

    m_model = std::make_unique<ContributionTableModel>(m_fund->services());
    m_proxy = std::make_unique<FilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_model->reload().ok());
}

void TestFilterProxyModel::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_fund.reset();
}

QStringList TestFilterProxyModel::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        values.append(m_proxy->index(row, column).data().toString());
    }
    return values;
}

void TestFilterProxyModel::noFilterShowsEverything()
{
    QCOMPARE(m_proxy->rowCount(), 4);
    m_proxy->setFilterText(u"   "_s);
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestFilterProxyModel::filter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("donors");

    QTest::newRow("name") << u"zeta"_s << QStringList{u"Zeta Fund"_s};
    QTest::newRow("accents ignored") << u"eclair"_s << QStringList{u"Éclair Foundation"_s};
    QTest::newRow("country in words") << u"france"_s << QStringList{u"Éclair Foundation"_s};
    QTest::newRow("country code") << u"NOR"_s << QStringList{u"Zeta Fund"_s};
    QTest::newRow("apostrophe and accent") << u"cote d'ivoire"_s << QStringList{u"Côte d’Ivoire"_s};
    QTest::newRow("region") << u"africa"_s << QStringList{u"Côte d’Ivoire"_s};
    QTest::newRow("kind") << u"foundation 2024"_s << QStringList{u"Zeta Fund"_s, u"Alpha Trust"_s};
    QTest::newRow("every word must match") << u"zeta 2023"_s << QStringList{};
    QTest::newRow("year") << u"2023"_s << QStringList{u"Éclair Foundation"_s, u"Côte d’Ivoire"_s};
}

void TestFilterProxyModel::filter()
{
    QFETCH(QString, query);
    QFETCH(QStringList, donors);
    m_proxy->setFilterText(query);
    QStringList shown = column(ContributionTableModel::Donor);
    shown.sort();
    donors.sort();
    QCOMPARE(shown, donors);
}

void TestFilterProxyModel::filterFollowsTyping()
{
    m_proxy->setFilterText(u"f"_s);
    const int afterF = m_proxy->rowCount();
    m_proxy->setFilterText(u"fo"_s);
    QVERIFY(m_proxy->rowCount() <= afterF);
    m_proxy->setFilterText(u"foundation zeta"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
    QCOMPARE(m_proxy->filterText(), QString());
}

void TestFilterProxyModel::amountsSortAsNumbersNotText()
{
    m_proxy->sort(ContributionTableModel::UsdValue, Qt::AscendingOrder);
    // As text "1,000.00" would come first and "99.00" last.
    QCOMPARE(column(ContributionTableModel::UsdValue),
             (QStringList{u"5.00"_s, u"99.00"_s, u"250.00"_s, u"1,000.00"_s}));
    m_proxy->sort(ContributionTableModel::Amount, Qt::DescendingOrder);
    QCOMPARE(column(ContributionTableModel::Amount).first(), u"USD 1,000.00"_s);
}

void TestFilterProxyModel::datesSortAsDates()
{
    m_proxy->sort(ContributionTableModel::Date, Qt::AscendingOrder);
    // Short US dates ("12/31/23", "2/1/24") would not sort as text.
    QCOMPARE(column(ContributionTableModel::Donor),
             (QStringList{u"Côte d’Ivoire"_s, u"Éclair Foundation"_s, u"Zeta Fund"_s,
                          u"Alpha Trust"_s}));
}

void TestFilterProxyModel::namesSortWithTheLocaleCollation()
{
    m_proxy->setCollationLocale(QLocale(QLocale::French, QLocale::France));
    m_proxy->sort(ContributionTableModel::Donor, Qt::AscendingOrder);
    // By code point "Éclair" would sort after "Zeta".
    QCOMPARE(column(ContributionTableModel::Donor),
             (QStringList{u"Alpha Trust"_s, u"Côte d’Ivoire"_s, u"Éclair Foundation"_s,
                          u"Zeta Fund"_s}));

    DonorTableModel donors(m_fund->services());
    FilterProxyModel proxy;
    proxy.setSourceModel(&donors);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(donors.reload().ok());
    proxy.sort(DonorTableModel::ReceivedUsd, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, DonorTableModel::Name).data().toString(), u"Zeta Fund"_s);
    QCOMPARE(proxy.index(3, DonorTableModel::Name).data().toString(), u"Côte d’Ivoire"_s);
    proxy.setFilterText(u"trust"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

QTEST_MAIN(TestFilterProxyModel)
#include "tst_filterproxymodel.moc"
