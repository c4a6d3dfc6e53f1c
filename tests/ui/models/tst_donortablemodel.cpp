#include "core/services/pledgetracker.h"
#include "core/services/textfilter.h"
#include "tests/ui/testsupport/testfund.h"
#include "ui/models/donortablemodel.h"
#include "ui/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

#include <algorithm>

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
    void outstandingIsWhatThePledgeTrackerSays();
    void readStopsWhenTold();
    void indexFindsAccentlessTextAndSortsNames();

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

namespace {

// A receipt paid against a pledge (same donor and currency).
Core::ContributionId payAgainst(Core::FundServices &services, Core::DonorId donor,
                                Core::ContributionId pledge, const QDate &date, qint64 cents)
{
    Core::Contribution c;
    c.donorId = donor;
    c.type = Core::ContributionType::Receipt;
    c.date = date;
    c.amount = Core::Money::usd(cents);
    c.pledgeId = pledge;
    auto id = services.contributions().record(c);
    return id ? *id : Core::ContributionId();
}

} // namespace

void TestDonorTableModel::outstandingIsWhatThePledgeTrackerSays()
{
    // One aggregate query replaces summing PledgeTracker over every contribution: a scheduled
    // pledge partly paid, one overpaid (nothing outstanding, not less), one untouched.
    Core::FundServices &services = m_fund->services();
    const auto germany = m_fund->stateDonor(u"DEU"_s);
    const auto aurore = m_fund->foundation(u"Fondation Aurore"_s);
    Core::Contribution scheduled;
    scheduled.donorId = germany;
    scheduled.type = Core::ContributionType::Pledge;
    scheduled.date = QDate(2025, 1, 10);
    scheduled.amount = Core::Money::usd(900'000);
    scheduled.schedule = {{QDate(2025, 6, 1), Core::Money::usd(300'000)},
                          {QDate(2026, 6, 1), Core::Money::usd(300'000)},
                          {QDate(2027, 6, 1), Core::Money::usd(300'000)}};
    const auto pledge = services.contributions().record(scheduled);
    QVERIFY2(pledge.ok(), pledge.ok() ? "" : qPrintable(pledge.error().message));
    QVERIFY(payAgainst(services, germany, *pledge, QDate(2025, 6, 2), 450'000).isValid());
    const auto small = m_fund->pledge(aurore, QDate(2025, 2, 2), u"100"_s);
    QVERIFY(small.isValid());
    QVERIFY(payAgainst(services, aurore, small, QDate(2025, 3, 3), 25'000).isValid());
    QVERIFY(m_fund->pledge(aurore, QDate(2026, 2, 2), u"70.01"_s).isValid());
    QVERIFY(m_fund->receipt(aurore, QDate(2024, 1, 1), u"5"_s).isValid()); // against no pledge

    const auto contributions = services.contributions().allWithSchedules();
    QVERIFY(contributions.ok());
    const auto tracked = Core::PledgeTracker::outstanding(*contributions);
    QVERIFY(tracked.ok());
    QHash<Core::DonorId, qint64> expected;
    for (const Core::PledgeOutstanding &o : *tracked) {
        expected[o.donorId] += o.outstandingUsd.minor();
    }
    QVERIFY(m_model->reload().ok());
    const int g = m_model->rowOf(germany);
    const int a = m_model->rowOf(aurore);
    QCOMPARE(m_model->outstandingAt(g).minor(), expected.value(germany));
    QCOMPARE(m_model->outstandingAt(a).minor(), expected.value(aurore));
    QCOMPARE(m_model->outstandingAt(g), Core::Money::usd(450'000));
    QCOMPARE(m_model->outstandingAt(a), Core::Money::usd(7'001));
    QCOMPARE(m_model->receivedAt(g), Core::Money::usd(450'000));
    QCOMPARE(m_model->receivedAt(a), Core::Money::usd(25'500));
}

void TestDonorTableModel::readStopsWhenTold()
{
    QVERIFY(m_fund->foundation(u"Fondation Aurore"_s).isValid());
    const auto stopped = DonorTableModel::read(m_fund->services(), QLocale(), [] { return false; });
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error().code, Core::ErrorCode::Cancelled);
}

void TestDonorTableModel::indexFindsAccentlessTextAndSortsNames()
{
    QVERIFY(m_fund->stateDonor(u"CIV"_s).isValid());
    QVERIFY(m_fund->foundation(u"zeta Trust"_s).isValid());
    QVERIFY(m_fund->foundation(u"Ärzte Stiftung"_s).isValid());
    QVERIFY(m_model->reload().ok());
    const Ui::TableIndex &index = m_model->tableIndex();
    QCOMPARE(index.search.rowCount(), qsizetype(3));
    const QList<int> found = index.search.matchingRows(Core::TextFilter(u"cote africa"_s));
    QCOMPARE(found.size(), 1);
    QCOMPARE(m_model->displayNameAt(found.first()), u"Côte d’Ivoire"_s);
    QCOMPARE(index.search.matchingRows(Core::TextFilter(u"arzte"_s)).size(), 1);

    const QList<qint64> &keys = index.sortKeys.value(DonorTableModel::Name);
    QCOMPARE(keys.size(), qsizetype(3));
    QList<int> rows{0, 1, 2};
    std::sort(rows.begin(), rows.end(), [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    QStringList sorted;
    for (int row : rows) {
        sorted.append(m_model->displayNameAt(row));
    }
    QCOMPARE(sorted, (QStringList{u"Ärzte Stiftung"_s, u"Côte d’Ivoire"_s, u"zeta Trust"_s}));
}

QTEST_MAIN(TestDonorTableModel)
#include "tst_donortablemodel.moc"
