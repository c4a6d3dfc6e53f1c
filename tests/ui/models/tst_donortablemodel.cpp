#include "tests/ui/testsupport/testfund.h"
#include "ui/models/donortablemodel.h"
#include "ui/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace FundDesk;
using FundDesk::Ui::DonorTableModel;
using Qt::StringLiterals::operator""_s;

class TestDonorTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFund();
    void rowsShowDonorsWithTheirTotals();
    void rawValuesAreNumbers();
    void haystackHoldsCountryRegionAndCode();
    void stateNamesFollowTheLanguage();
    void reloadAfterAChange();

private:
    std::unique_ptr<Tests::TestFund> m_fund;
    std::unique_ptr<DonorTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestDonorTableModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_fund = Tests::TestFund::create();
    QVERIFY(m_fund);
    m_model = std::make_unique<DonorTableModel>(m_fund->services());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestDonorTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_fund.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDonorTableModel::emptyFund()
{
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(DonorTableModel::ColumnCount));
    QCOMPARE(m_model->headerData(DonorTableModel::ReceivedUsd, Qt::Horizontal).toString(),
             u"Received (USD)"_s);
}

void TestDonorTableModel::rowsShowDonorsWithTheirTotals()
{
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s, u"FRA"_s);
    QVERIFY(germany.isValid() && aurore.isValid());
    QVERIFY(m_fund->receipt(germany, QDate(2024, 3, 1), u"1000.00"_s).isValid());
    QVERIFY(m_fund->receipt(germany, QDate(2024, 6, 1), u"234.56"_s).isValid());
    QVERIFY(m_fund->pledge(germany, QDate(2030, 1, 1), u"5000"_s, u"EUR"_s, u"1.1"_s).isValid());
    QVERIFY(m_fund->receipt(aurore, QDate(2024, 5, 2), u"250"_s).isValid());

    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 2);
    const int g = m_model->rowOf(germany);
    const int a = m_model->rowOf(aurore);
    QVERIFY(g >= 0 && a >= 0 && g != a);
    const auto text = [this](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(text(g, DonorTableModel::Name), u"Germany"_s);
    QCOMPARE(text(g, DonorTableModel::Kind), u"Member State"_s);
    QCOMPARE(text(g, DonorTableModel::Country), u"Germany"_s);
    QCOMPARE(text(g, DonorTableModel::Region), u"Europe"_s);
    QCOMPARE(text(g, DonorTableModel::ReceivedUsd), u"1,234.56"_s);
    QCOMPARE(text(g, DonorTableModel::OutstandingUsd), u"5,500.00"_s);
    QCOMPARE(text(a, DonorTableModel::Name), u"Fondation Aurore"_s);
    QCOMPARE(text(a, DonorTableModel::Country), u"France"_s);
    QVERIFY(text(a, DonorTableModel::DueDiligence).startsWith(u"Cleared"_s));
    QCOMPARE(text(a, DonorTableModel::ReceivedUsd), u"250.00"_s);
    QCOMPARE(text(a, DonorTableModel::OutstandingUsd), u"0.00"_s);

    const auto alignment = m_model->index(g, DonorTableModel::ReceivedUsd)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
    QVERIFY(alignment.testFlag(Qt::AlignTrailing));
    QCOMPARE(m_model->index(g, DonorTableModel::Name).data(Ui::IdRole).toLongLong(),
             germany.value());
}

void TestDonorTableModel::rawValuesAreNumbers()
{
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    QVERIFY(m_fund->receipt(aurore, QDate(2024, 5, 2), u"1000"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const QVariant raw = m_model->index(0, DonorTableModel::ReceivedUsd).data(Ui::RawValueRole);
    QCOMPARE(raw.typeId(), QMetaType::LongLong);
    QCOMPARE(raw.toLongLong(), 100000);
    QCOMPARE(m_model->index(0, DonorTableModel::Name).data(Ui::RawValueRole).toString(),
             u"Fondation Aurore"_s);
}

void TestDonorTableModel::haystackHoldsCountryRegionAndCode()
{
    QVERIFY(m_fund->stateDonor(u"CIV"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const QString haystack = m_model->index(0, 0).data(Ui::HaystackRole).toString();
    // Normalized: case-folded, accents and apostrophes gone.
    QVERIFY2(haystack.contains(u"cote divoire"_s), qPrintable(haystack));
    QVERIFY(haystack.contains(u"civ"_s));
    QVERIFY(haystack.contains(u"africa"_s));
    QVERIFY(haystack.contains(u"member state"_s));
}

void TestDonorTableModel::stateNamesFollowTheLanguage()
{
    QVERIFY(m_fund->stateDonor(u"DEU"_s).isValid());
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(0, DonorTableModel::Name).data().toString(), u"Germany"_s);

    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->index(0, DonorTableModel::Name).data().toString(), u"Allemagne"_s);
    QVERIFY(m_model->index(0, 0).data(Ui::HaystackRole).toString().contains(u"allemagne"_s));
}

void TestDonorTableModel::reloadAfterAChange()
{
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_fund->foundation(u"Zeta Trust"_s).isValid());
    QVERIFY(m_fund->services().donors().remove(aurore).ok());
    QVERIFY(m_model->reload().ok());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->displayNameAt(0), u"Zeta Trust"_s);
}

QTEST_MAIN(TestDonorTableModel)
#include "tst_donortablemodel.moc"
